package io.tickmark.search;

import java.util.Locale;

/**
 * A part of a fiscal year a filing reports on: one of its quarters, its first half, or the full year. A filing may
 * report on several at once (a second-quarter 10-Q reports the quarter and the six months to date, a fourth-quarter
 * release the quarter and the full year); see {@link Filing#periods()}.
 */
public enum FiscalPeriod {
    Q1, Q2, Q3, Q4, H1, FY;

    /**
     * Reads a period as a user writes it: "Q2", "2Q", "H1", "1H", "FY", "annual", "full-year" (any case).
     *
     * @throws IllegalArgumentException naming the accepted forms when the text is none of them
     */
    public static FiscalPeriod parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        switch (t) {
            case "Q1", "1Q" -> { return Q1; }
            case "Q2", "2Q" -> { return Q2; }
            case "Q3", "3Q" -> { return Q3; }
            case "Q4", "4Q" -> { return Q4; }
            case "H1", "1H", "HY", "HALFYEAR" -> { return H1; }
            case "FY", "ANNUAL", "FULLYEAR", "YEAR" -> { return FY; }
            default -> throw new IllegalArgumentException("period '" + (text == null ? "" : text.strip())
                    + "' is not one of Q1, Q2, Q3, Q4 (a quarter), H1 (first half) or FY (full year)");
        }
    }

    /** The quarter 1 to 4. */
    public static FiscalPeriod quarter(int n) {
        if (n < 1 || n > 4) throw new IllegalArgumentException("quarter " + n + " is not between 1 and 4");
        return values()[n - 1];
    }
}
