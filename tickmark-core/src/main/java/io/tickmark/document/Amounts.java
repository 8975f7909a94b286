package io.tickmark.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers of a spreadsheet printed as a statement prints them: "1,234", "(56)", "1.25", "12.5%". */
final class Amounts {
    private Amounts() {
    }

    /** The number grouped by thousands (a whole number that could be a year left bare), negatives in parentheses, as many decimals as it has (at most 6). */
    static String print(double value, boolean percent) {
        if (!percent && value == Math.rint(value) && value >= 1950 && value <= 2099) return String.valueOf((int) value); // a year
        BigDecimal number = BigDecimal.valueOf(value);
        if (percent) number = number.movePointRight(2);
        number = number.setScale(Math.min(6, Math.max(0, number.stripTrailingZeros().scale())), RoundingMode.HALF_UP);
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(number.scale());
        format.setMaximumFractionDigits(number.scale());
        String digits = format.format(number.abs()) + (percent ? "%" : "");
        return number.signum() < 0 ? "(" + digits + ")" : digits;
    }

    /** Spaces (no-break too) before the first printed character: a label's indentation as typed. */
    static int leadingSpaces(String raw) {
        int n = 0;
        while (n < raw.length() && (raw.charAt(n) == ' ' || raw.charAt(n) == '\u00a0' || raw.charAt(n) == '\t')) n++;
        return Math.min(n, 20);
    }
}
