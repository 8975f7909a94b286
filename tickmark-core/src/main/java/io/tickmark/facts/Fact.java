package io.tickmark.facts;

import java.math.BigDecimal;

/**
 * One reported number in the standard chart of accounts: a concept (null when the line maps to
 * none and is kept under its own label), its value in whole units (not millions), the period,
 * the unit, and the tick mark to where it was printed (or, for a {@link #derived()} value, to the formula and
 * the ticked inputs it was computed from). {@code confidence} drops when a check involving the value fails.
 */
public record Fact(String concept, String label, String statement, Period period, BigDecimal value, Unit unit,
                   Source source, double confidence) {
    public Fact {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("fact has no label");
        if (period == null) throw new IllegalArgumentException("fact '" + label + "' has no period");
        if (value == null) throw new IllegalArgumentException("fact '" + label + "' has no value");
        if (unit == null) throw new IllegalArgumentException("fact '" + label + "' has no unit");
        if (source == null) throw new IllegalArgumentException("fact '" + label + "' has no source: every number needs its tick mark");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence %s of fact '%s' is outside 0..1".formatted(confidence, label));
        }
    }

    /** Whether no statement prints the value: it was computed from ticked inputs by the formula its source gives. */
    public boolean derived() {
        return source.derived();
    }

    public Fact withConfidence(double newConfidence) {
        return new Fact(concept, label, statement, period, value, unit, source, newConfidence);
    }
}
