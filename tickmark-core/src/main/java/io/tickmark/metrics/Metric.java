package io.tickmark.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One catalog metric: its id, the names analysts call it by (first the name, then synonyms), its
 * formula, how its result reads (unit and default decimals) and a description of what it means.
 */
public record Metric(String id, List<String> names, Formula formula, Unit unit, int decimals, String description) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    /** What a metric's plain-number result counts, and so how it is shown. Percent results are fractions: 0.054 is 5.4%. */
    public enum Unit {
        MONEY, PERCENT, RATIO, DAYS, TIMES, PER_SHARE;

        /** The unit as written in the catalog file: money, percent, ratio, days, times, per_share. */
        public static Unit parse(String code) {
            for (Unit u : values()) if (u.name().equalsIgnoreCase(code == null ? "" : code.strip())) return u;
            throw new IllegalArgumentException("unit '%s' is not one of money, percent, ratio, days, times, per_share".formatted(code));
        }
    }

    /** The scale a money amount is shown in. */
    public enum Scale {
        UNITS(BigDecimal.ONE, ""), THOUSANDS(BigDecimal.valueOf(1_000), " thousand"),
        MILLIONS(BigDecimal.valueOf(1_000_000), " million"), BILLIONS(BigDecimal.valueOf(1_000_000_000), " billion");

        private final BigDecimal factor;
        private final String word;

        Scale(BigDecimal factor, String word) {
            this.factor = factor;
            this.word = word;
        }

        /** Whole units per unit of this scale: 1,000,000 for millions. */
        public BigDecimal factor() {
            return factor;
        }
    }

    public Metric {
        if (id == null || !ID.matcher(id).matches()) throw new IllegalArgumentException("metric id '%s' is not lower_snake_case".formatted(id));
        if (names == null || names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
            throw new IllegalArgumentException("metric %s needs at least one name and no blank names, got %s".formatted(id, names));
        }
        if (formula == null) throw new IllegalArgumentException("metric " + id + " has no formula");
        if (unit == null) throw new IllegalArgumentException("metric " + id + " has no unit");
        if (decimals < 0 || decimals > 8) throw new IllegalArgumentException("decimals %d of metric %s are outside 0..8".formatted(decimals, id));
        names = List.copyOf(names);
        description = description == null ? "" : description.strip();
    }

    /** The metric's own name, the first of its names. */
    public String name() {
        return names.get(0);
    }

    /** Whether {@code text} is one of the metric's names, ignoring case and runs of spaces. */
    public boolean isNamed(String text) {
        String wanted = normalize(text);
        return names.stream().anyMatch(n -> normalize(n).equals(wanted));
    }

    /** The parameters the formula needs from the question, such as n for an n-year average. */
    public java.util.Set<String> parameters() {
        return formula.parameters();
    }

    /** A result of this metric as a person reads it, with the metric's own decimals. */
    public String display(BigDecimal value, Scale scale) {
        return display(value, unit, decimals, scale);
    }

    /**
     * A result as a person reads it: "93.86 days", "5.4%", "1,577 million" (money divided by the
     * scale), "1.25x" for times, "2.35 per share", "0.84" for a ratio; negatives with a minus sign.
     */
    public static String display(BigDecimal value, Unit unit, int decimals, Scale scale) {
        if (value == null) throw new IllegalArgumentException("no value to display");
        return switch (unit) {
            case MONEY -> signed(value.divide((scale == null ? Scale.UNITS : scale).factor, MathContext.DECIMAL128), decimals)
                    + (scale == null ? "" : scale.word);
            case PERCENT -> signed(value.movePointRight(2), decimals) + "%";
            case DAYS -> signed(value, decimals) + " days";
            case TIMES -> signed(value, decimals) + "x";
            case PER_SHARE -> signed(value, decimals) + " per share";
            case RATIO -> signed(value, decimals);
        };
    }

    private static String signed(BigDecimal value, int decimals) {
        return Numbers.fixed(value, decimals);
    }

    static String normalize(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
