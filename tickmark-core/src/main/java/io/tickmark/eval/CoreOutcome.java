package io.tickmark.eval;

import io.tickmark.facts.Period;

import java.math.BigDecimal;

/**
 * Whether the spread got one core concept right for one statement period: the XBRL element that
 * gave the truth, its value, the value Tickmark put on a line mapped to the concept for that period
 * ({@code null} when it has none), and whether their absolute values are equal.
 */
public record CoreOutcome(String document, String concept, Period period, String element, BigDecimal truth,
                          BigDecimal found, boolean correct) {
}
