package io.tickmark.credit;

import java.math.BigDecimal;
import java.util.List;

/**
 * A published score for one fiscal year: its value and zone with the thresholds of its paper, or no
 * value and why; the components; the published formula and citation; and when it applies at all.
 */
public record ScoreResult(String id, String name, String citation, String formula, int fiscalYear, BigDecimal value,
                          String shown, String zone, String naBecause, String applicability, List<ScoreComponent> components) {
    public ScoreResult {
        if ((value == null) == (naBecause == null)) throw new IllegalArgumentException("score " + id + " needs a value or a reason why not");
        components = List.copyOf(components);
        if (value == null) shown = "n/a";
    }

    public boolean available() {
        return value != null;
    }
}
