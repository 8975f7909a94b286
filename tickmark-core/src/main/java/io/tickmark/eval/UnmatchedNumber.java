package io.tickmark.eval;

import io.tickmark.facts.Period;

import java.math.BigDecimal;

/** A number in the spread that no XBRL fact of the same period confirms: where it was printed, for debugging. */
public record UnmatchedNumber(String document, int page, String label, String rawValue, Period period, BigDecimal value) {
}
