package io.tickmark.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How numbers read in derivation steps and answers: thousands grouped, a minus sign, no needless zeros. */
final class Numbers {
    private Numbers() {}

    /** Amounts of 1 and more with up to 4 decimals, smaller ones to 6 significant digits: "4,200", "0.054321". */
    static String show(BigDecimal value) {
        BigDecimal shown = value.abs().compareTo(BigDecimal.ONE) >= 0
                ? value.setScale(Math.min(4, Math.max(0, value.scale())), RoundingMode.HALF_UP)
                : value.round(new MathContext(6, RoundingMode.HALF_UP));
        shown = shown.stripTrailingZeros();
        return fixed(shown, Math.max(0, shown.scale()));
    }

    /** The value with exactly {@code decimals} places and thousands grouped: "1,577.0". */
    static String fixed(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
