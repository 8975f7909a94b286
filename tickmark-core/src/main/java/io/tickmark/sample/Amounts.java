package io.tickmark.sample;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How 10-K tables print numbers and dates: thousands separators, negatives in parentheses, zero as an em dash. */
final class Amounts {
    static final String DASH = "\u2014";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private Amounts() {}

    /** "1,234", "(1,234)" or "—". */
    static String whole(long value) {
        if (value == 0) return DASH;
        String digits = pattern("#,##0").format(Math.abs(value));
        return value < 0 ? "(" + digits + ")" : digits;
    }

    /** Cents printed as dollars and cents: "3.45", "(0.12)" or "—". */
    static String cents(long cents) {
        if (cents == 0) return DASH;
        String digits = pattern("#,##0.00").format(Math.abs(cents) / 100.0);
        return cents < 0 ? "(" + digits + ")" : digits;
    }

    /** A ratio as a percentage with one decimal: "45.2%". */
    static String percent(double ratio) {
        return pattern("0.0").format(ratio * 100) + "%";
    }

    /** "December 31, 2025". */
    static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** "December 31," : the month and day part of a column header. */
    static String monthDay(LocalDate date) {
        return DateTimeFormatter.ofPattern("MMMM d,", Locale.US).format(date);
    }

    private static DecimalFormat pattern(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
    }
}
