package io.tickmark.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades a numeric answer against a gold answer as FinanceBench writes them ("$1577.00", "1.9%",
 * "-3.7", "0.01"): equal within one unit of the last digit asked for ("round to two decimal places"),
 * or, when the question asks for none, of the last significant decimal the gold shows ("$8.70" is
 * given to a tenth).
 */
public final class Grade {
    private static final Pattern NUMBER = Pattern.compile("-?\\(?\\$?\\s*-?\\d[\\d,]*(\\.\\d+)?\\)?");

    private Grade() {
    }

    /** The first number in a gold answer, or null when it has none ("Yes, it did"). */
    public static BigDecimal goldNumber(String gold) {
        Matcher m = NUMBER.matcher(gold);
        if (!m.find()) return null;
        String t = m.group();
        boolean negative = t.startsWith("-") || t.contains("(") || t.contains("-");
        String digits = t.replaceAll("[^\\d.]", "");
        BigDecimal v = new BigDecimal(digits);
        return negative ? v.negate() : v;
    }

    /** Whether {@code ours} (already in the asked unit: percent points, USD millions...) matches the gold. */
    public static boolean matches(String gold, BigDecimal ours, Integer askedDecimals) {
        BigDecimal expected = goldNumber(gold);
        if (expected == null || ours == null) return false;
        int decimals = askedDecimals != null ? askedDecimals : Math.max(0, expected.stripTrailingZeros().scale());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        BigDecimal rounded = ours.setScale(decimals, RoundingMode.HALF_UP);
        return rounded.subtract(expected).abs().compareTo(unit) <= 0;
    }
}
