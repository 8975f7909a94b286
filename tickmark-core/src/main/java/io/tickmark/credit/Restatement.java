package io.tickmark.credit;

import io.tickmark.facts.Fact;

/**
 * A figure printed differently by two annual reports for the same fiscal year: the later report's
 * comparative ({@code used}) wins over what the earlier report printed ({@code replaced}).
 */
public record Restatement(String concept, int fiscalYear, Fact used, Fact replaced) {
    public Restatement {
        if (concept == null || used == null || replaced == null) throw new IllegalArgumentException("restatement needs a concept and both facts");
    }
}
