package io.tickmark.check;

import io.tickmark.facts.Period;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of one accounting check for one period: what should hold ({@code rule}, e.g.
 * "total_assets = total_liabilities + total_equity"), both sides as found, and the concepts it
 * involved. SKIPPED means an input was missing, which is said, not hidden.
 */
public record CheckResult(String name, String rule, Period period, Status status, BigDecimal left, BigDecimal right,
                          List<String> concepts, String message) {
    public enum Status { PASSED, FAILED, SKIPPED }

    public CheckResult {
        concepts = List.copyOf(concepts);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
