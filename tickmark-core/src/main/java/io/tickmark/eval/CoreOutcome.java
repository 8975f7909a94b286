package io.tickmark.eval;

import io.tickmark.facts.Period;

import java.math.BigDecimal;

/**
 * Whether the spread got one core concept right for one statement period: the XBRL element that
 * gave the truth, its value, the value Tickmark put on a line mapped to the concept for that period
 * ({@code null} when it has none), and whether their absolute values are equal. {@code printed} is false when the
 * truth's value is printed on none of the pages of the statements located in the document, though those pages do
 * print other core truth values of the same period (see {@link SpreadScorer}): a figure from the notes that the XBRL
 * tags without dimensions (accounts payable alone where the balance sheet prints "accounts payable and accrued
 * liabilities"; a three-month D&A beside a year-to-date cash flow statement). It is true when that cannot be told.
 */
public record CoreOutcome(String document, String concept, Period period, String element, BigDecimal truth,
                          BigDecimal found, boolean correct, boolean printed) {
    public CoreOutcome(String document, String concept, Period period, String element, BigDecimal truth, BigDecimal found,
                       boolean correct) {
        this(document, concept, period, element, truth, found, correct, true);
    }
}
