package io.tickmark.check;

import io.tickmark.facts.Period;

/** A concept's value for one period: what a failed check puts in doubt. */
public record ConceptPeriod(String concept, Period period) {
    public ConceptPeriod {
        if (concept == null || concept.isBlank()) throw new IllegalArgumentException("concept-period has no concept");
        if (period == null) throw new IllegalArgumentException("concept-period of " + concept + " has no period");
    }
}
