package io.tickmark.check;

import io.tickmark.check.CheckResult.Status;
import io.tickmark.facts.Period;

import java.math.BigDecimal;
import java.util.List;

/** Equality within the rounding of printed figures, under either sign presentation of deductions. */
final class Tolerance {
    private Tolerance() {}

    /** One printed unit for up to three figures added, half a unit per figure beyond that. */
    static BigDecimal of(BigDecimal unit, int terms) {
        return unit.multiply(BigDecimal.valueOf(Math.max(1, terms / 2)));
    }

    /**
     * Compares {@code left} with the sum read as presented (deductions shown positive and subtracted)
     * and, when deductions exist, read as signed (deductions shown negative and added).
     * An uncertain comparison that does not hold is skipped rather than failed.
     */
    static CheckResult compare(String name, String rule, Period period, BigDecimal left, BigDecimal presented,
                               BigDecimal signed, boolean hasDeductions, BigDecimal unit, int terms,
                               List<String> concepts, String note, boolean uncertain) {
        BigDecimal tolerance = of(unit, terms);
        if (within(left, presented, tolerance)) {
            return new CheckResult(name, rule, period, Status.PASSED, left, presented, concepts, "holds within " + tolerance.toPlainString() + note);
        }
        if (hasDeductions && within(left, signed, tolerance)) {
            return new CheckResult(name, rule, period, Status.PASSED, left, signed, concepts,
                    "holds within " + tolerance.toPlainString() + " with deductions printed as negative figures" + note);
        }
        BigDecimal right = hasDeductions && left.subtract(signed).abs().compareTo(left.subtract(presented).abs()) < 0 ? signed : presented;
        String off = "off by %s (tolerance %s)".formatted(left.subtract(right).toPlainString(), tolerance.toPlainString());
        if (uncertain) {
            return new CheckResult(name, rule, period, Status.SKIPPED, left, right, List.of(), off + note);
        }
        return new CheckResult(name, rule, period, Status.FAILED, left, right, concepts, off + note);
    }

    private static boolean within(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }
}
