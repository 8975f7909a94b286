package io.tickmark.credit;

import io.tickmark.facts.Fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One line of the multi-year spread: the concept and its label, the statement, the ticked fact of
 * each year (null where the reports show none), its share of revenue (income and cash flow) or of
 * total assets (balance sheet), and its change on the year before (null where there is no base).
 */
public record SpreadRow(String concept, String label, String statement, boolean subtotal, List<Fact> values,
                        List<Double> commonSize, List<Double> yoy) {
    public SpreadRow {
        values = Collections.unmodifiableList(new ArrayList<>(values));
        commonSize = Collections.unmodifiableList(new ArrayList<>(commonSize));
        yoy = Collections.unmodifiableList(new ArrayList<>(yoy));
    }
}
