package io.tickmark.credit;

import java.math.BigDecimal;

/**
 * One variable of a score: its name (X1, DSRI, F_ROA), what it measures, its coefficient in the
 * published formula (or the test a signal passes, for Piotroski), the figure computed, and for a
 * signal its 0/1 outcome.
 */
public record ScoreComponent(String name, String meaning, BigDecimal coefficient, String test, Figure figure, Integer signal) {
}
