package io.tickmark.store;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact amounts in NUMERIC(50, 20) columns: values that would not fit are refused before writing,
 * and a read value gets back the scale it was saved with, so it equals the saved BigDecimal.
 */
final class Amounts {
    static final int MAX_FRACTION_DIGITS = 20;
    static final int MAX_INTEGER_DIGITS = 30;

    private Amounts() {}

    /** Refuses a value the columns cannot hold exactly; {@code what} names it in the message. */
    static BigDecimal checkFits(BigDecimal value, String what) {
        if (value == null) return null;
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > MAX_FRACTION_DIGITS) {
            throw new IllegalArgumentException("%s %s has %d decimal places; the store keeps at most %d"
                    .formatted(what, value.toPlainString(), plain.scale(), MAX_FRACTION_DIGITS));
        }
        if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("%s %s has more than %d digits before the decimal point"
                    .formatted(what, value.toPlainString(), MAX_INTEGER_DIGITS));
        }
        return value;
    }

    /** The stored value with the scale it had when saved; null stays null. */
    static BigDecimal restore(BigDecimal stored, int scale) {
        return stored == null ? null : stored.setScale(scale, RoundingMode.UNNECESSARY);
    }
}
