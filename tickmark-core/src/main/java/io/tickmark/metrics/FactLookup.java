package io.tickmark.metrics;

import io.tickmark.facts.Fact;

import java.util.Optional;

/**
 * Where an evaluation reads its inputs: the fact of a concept for a fiscal year, the year-end
 * balance for balance-sheet concepts and the twelve-month flow for the others.
 */
@FunctionalInterface
public interface FactLookup {
    /** The fact of {@code concept} for {@code fiscalYear}, or empty when the spreads hold none. */
    Optional<Fact> fact(String concept, int fiscalYear);
}
