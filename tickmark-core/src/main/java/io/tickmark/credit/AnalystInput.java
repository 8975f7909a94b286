package io.tickmark.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A figure the analyst supplied, not read from any report and so not ticked: today the market value of
 * equity that Altman's original Z needs (X4). The memo shows it apart from the ticked figures, labelled as
 * user-supplied, with the date it is as of, how it was given and what it was used for; {@code usedFor} is
 * null, and {@code why} says why, when it could not be used.
 *
 * @param name     "market value of equity"
 * @param value    in whole units of the memo's currency
 * @param asOf     the date the value is as of (a market capitalisation is a price on a day)
 * @param given    how it was given ("--market-cap 25.4e9")
 * @param usedFor  what it entered ("Altman Z X4, FY2022"), or null
 * @param why      why it was not used, or null
 */
public record AnalystInput(String name, BigDecimal value, LocalDate asOf, String given, String usedFor, String why) {
    public AnalystInput {
        Objects.requireNonNull(name);
        Objects.requireNonNull(value);
        Objects.requireNonNull(given);
        if ((usedFor == null) == (why == null)) throw new IllegalArgumentException("analyst input " + name + " is either used for something or says why not");
    }

    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile(
            "(?i)\\s*([0-9][0-9,]*(?:\\.[0-9]+)?(?:e[+-]?[0-9]+)?)\\s*(bn|b|mn|m|k)?\\s*");

    /** "25.4e9", "25,400,000,000", "25.4bn", "25.4b", "900m", "900k" in whole units; null when it is none of these. */
    public static BigDecimal amount(String text) {
        if (text == null) return null;
        java.util.regex.Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) return null;
        BigDecimal v;
        try {
            v = new BigDecimal(m.group(1).replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(java.util.Locale.ROOT);
        int shift = switch (unit) {
            case "bn", "b" -> 9;
            case "mn", "m" -> 6;
            case "k" -> 3;
            default -> 0;
        };
        return v.movePointRight(shift).stripTrailingZeros();
    }

    /** The market value of equity as given, not yet placed on a fiscal year. */
    public static AnalystInput marketValue(BigDecimal value, LocalDate asOf, String given) {
        if (value == null || value.signum() <= 0) throw new IllegalArgumentException("the market value of equity must be positive, got " + value);
        return new AnalystInput("market value of equity", value, asOf, given, "", null);
    }

    /** How the memo shows it: "market value of equity 25,400.0 (USD millions), as of 2022-12-30, user-supplied (--market-cap 25.4e9): used for Altman Z X4, FY2022". */
    public String describe(String currency) {
        return "%s %s (%s millions)%s, user-supplied (%s), not a ticked figure: %s".formatted(name, CreditAnalysis.money(value), currency,
                asOf == null ? "" : ", as of " + asOf, given, usedFor != null ? "used for " + usedFor : "not used: " + why);
    }

    /** The same input dated at {@code date} because none was given (said in {@code given}). */
    AnalystInput datedAtYearEnd(LocalDate date) {
        return new AnalystInput(name, value, date, given + "; no date given, so taken as at the fiscal year end", usedFor, why);
    }

    AnalystInput usedFor(String what) {
        return new AnalystInput(name, value, asOf, given, what, null);
    }

    AnalystInput notUsed(String reason) {
        return new AnalystInput(name, value, asOf, given, null, reason);
    }
}
