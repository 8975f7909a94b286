package io.tickmark.output;

import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Source;
import io.tickmark.facts.Unit;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How values, periods, scales and tick marks read to a person, shared by the human-facing writers. */
final class Display {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final int MAX_DECIMALS = 4;

    private Display() {}

    /** The statement's printed scale; a missing or non-positive scale reads as whole units. */
    static BigDecimal scale(StatementSpread statement) {
        BigDecimal scale = statement.scale();
        return scale == null || scale.signum() <= 0 ? BigDecimal.ONE : scale;
    }

    /** "in USD millions, except per-share amounts" and the like. */
    static String scaleNote(StatementSpread statement) {
        String currency = statement.currency() == null || statement.currency().isBlank() ? "" : statement.currency() + " ";
        String note = ("in " + currency + scaleWord(scale(statement))).strip();
        return hasPerShare(statement) ? note + ", except per-share amounts" : note;
    }

    private static String scaleWord(BigDecimal scale) {
        if (scale.compareTo(BigDecimal.ONE) == 0) return "";
        if (scale.compareTo(THOUSAND) == 0) return "thousands";
        if (scale.compareTo(MILLION) == 0) return "millions";
        if (scale.compareTo(BILLION) == 0) return "billions";
        return "× " + group(scale.stripTrailingZeros(), 0);
    }

    private static boolean hasPerShare(StatementSpread statement) {
        return statement.lines().stream()
                .flatMap(l -> l.values().stream())
                .anyMatch(f -> f != null && f.unit().kind() == Unit.Kind.PER_SHARE);
    }

    /** Whether values of this unit are printed in the statement's scale (money, share counts). */
    static boolean scaled(Unit unit) {
        return unit.kind() == Unit.Kind.MONEY || unit.kind() == Unit.Kind.SHARES;
    }

    /**
     * Column headers: "FY2018" for a year, the date for a balance, "6M 2018-06-30" for other
     * durations; years shared by two columns show their end dates instead.
     */
    static List<String> periodHeaders(List<Period> periods) {
        List<String> headers = new ArrayList<>();
        for (Period period : periods) {
            boolean shared = periods.stream().filter(p -> p.fiscalYear() == period.fiscalYear() && p.months() == 12).count() > 1;
            headers.add(header(period, shared));
        }
        return headers;
    }

    private static String header(Period period, boolean yearShared) {
        if (period.isInstant()) return period.end().toString();
        if (period.months() == 12) return yearShared ? "FY " + period.end() : "FY" + period.fiscalYear();
        return period.months() + "M " + period.end();
    }

    /**
     * The value as printed: in the statement's scale with {@code decimals} places (see
     * {@link #decimals}), thousands grouped, negatives in parentheses; per-share values unscaled
     * with at least two places, pure numbers as they are.
     */
    static String value(Fact fact, BigDecimal scale, int decimals) {
        if (!scaled(fact.unit())) {
            int minimum = fact.unit().kind() == Unit.Kind.PER_SHARE ? 2 : 0;
            return amount(fact.value(), Math.max(minimum, naturalDecimals(fact.value())));
        }
        return amount(fact.value().divide(scale, MAX_DECIMALS, RoundingMode.HALF_UP), decimals);
    }

    /** Decimals one line needs in the statement's scale: a share count "588.5" does not put ".0" on revenue. */
    static int decimals(SpreadLine line, BigDecimal scale) {
        return line.values().stream()
                .filter(f -> f != null && scaled(f.unit()))
                .mapToInt(f -> naturalDecimals(f.value().divide(scale, MAX_DECIMALS, RoundingMode.HALF_UP)))
                .max().orElse(0);
    }

    private static int naturalDecimals(BigDecimal value) {
        return Math.max(0, Math.min(MAX_DECIMALS, value.stripTrailingZeros().scale()));
    }

    /** A whole-unit amount with thousands grouped, negatives in parentheses. */
    static String amount(BigDecimal value) {
        return amount(value, naturalDecimals(value));
    }

    private static String amount(BigDecimal value, int decimals) {
        String digits = group(value.abs().setScale(decimals, RoundingMode.HALF_UP), decimals);
        return value.signum() < 0 ? "(" + digits + ")" : digits;
    }

    private static String group(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** "p.60 l.12": the tick mark within its document, lines counted from 1. */
    /** "p.56 l.12"; for a derived value "= " and its formula over the ticked inputs. */
    static String tick(Source source) {
        if (source.derived()) return "= " + source.formula();
        return "p." + source.page() + " l." + (source.line() + 1);
    }

    /** The first value of the line that has one, or null for a line with no values. */
    static Fact firstValue(SpreadLine line) {
        return line.values().stream().filter(f -> f != null).findFirst().orElse(null);
    }

    /** "page 56" or "pages 56, 57"; empty when no page is known. */
    static String pages(List<Integer> pages) {
        if (pages.isEmpty()) return "";
        String list = pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return (pages.size() == 1 ? "page " : "pages ") + list;
    }

    /** Columns a string takes in a terminal: East Asian wide characters take two. */
    static int width(String text) {
        return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    /** Cuts text to at most {@code max} terminal columns, ending in "…" when cut. */
    static String truncate(String text, int max) {
        if (width(text) <= max) return text;
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int cp : text.codePoints().toArray()) {
            int w = wide(cp) ? 2 : 1;
            if (used + w > max - 1) break;
            cut.appendCodePoint(cp);
            used += w;
        }
        return cut.toString().stripTrailing() + "…";
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
