package io.tickmark.llm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every number in a text (a model's answer, a memo paragraph) is one of a set of allowed figures:
 * the numbers printed in given passages and given fact values. A figure matches when it equals an allowed
 * one up to the rounding it is written with ("1.6 billion" matches 1,577 million; "12.3%" matches 12.34),
 * across thousand/million/billion scales and sign (a bracketed negative matches the plain amount). Citation
 * markers ("[2]") are not figures. A figure that matches nothing is returned as unsupported: it must be
 * flagged, never shown as fact.
 */
public final class NumberChecker {
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\w.,])([-−–(]?)\\s?(?:US\\$|\\$|€|£|¥|RMB\\s?)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d,]*\\])"
                    + "(?:\\s?(%|percent\\b|per\\s+cent\\b|thousand\\b|million\\b|billion\\b|trillion\\b|bn\\b|mn\\b|[kKmMbB]\\b|万|亿))?");
    private static final BigDecimal[] SCALES = {BigDecimal.ONE, new BigDecimal("1e3"), new BigDecimal("1e6"), new BigDecimal("1e9"),
            new BigDecimal("1e-3"), new BigDecimal("1e-6"), new BigDecimal("1e-9")};

    /** The allowed values, absolute, ascending (for a binary search per scale). */
    private final BigDecimal[] allowed;

    /** A checker allowing exactly these values (and their scaled, signed and rounded forms). */
    public NumberChecker(Collection<BigDecimal> allowed) {
        this.allowed = allowed.stream().map(BigDecimal::abs).sorted().toArray(BigDecimal[]::new);
    }

    /** A checker allowing the numbers printed in the texts and the given fact values. */
    public static NumberChecker of(Collection<String> texts, Collection<BigDecimal> facts) {
        List<BigDecimal> values = new ArrayList<>(facts);
        for (String t : texts) for (Figure f : figures(t)) values.add(f.value());
        return new NumberChecker(values);
    }

    /** One number as written in a text, with its value (scale words applied: "1.6 billion" is 1.6e9). */
    public record Figure(String text, int start, int end, BigDecimal value, BigDecimal tolerance) {
    }

    /** The outcome: the figures of the text that match an allowed one, and those that do not. */
    public record Check(List<Figure> supported, List<Figure> unsupported) {
        public Check {
            supported = List.copyOf(supported);
            unsupported = List.copyOf(unsupported);
        }

        public boolean clean() {
            return unsupported.isEmpty();
        }
    }

    /** Checks every figure of the text. */
    public Check check(String text) {
        List<Figure> ok = new ArrayList<>();
        List<Figure> bad = new ArrayList<>();
        for (Figure f : figures(text)) (supported(f) ? ok : bad).add(f);
        return new Check(ok, bad);
    }

    /**
     * Whether the figure equals an allowed value within the rounding it is written with, at any scale. At another
     * scale than its own, the allowed value must be at least as precise as the figure is written: "$1,577 million"
     * matches a table's 1,577 (in millions), but "4,000.0" does not match a 4 (it would be 4 thousand, give or
     * take 500).
     */
    public boolean supported(Figure f) {
        BigDecimal v = f.value().abs();
        BigDecimal written = f.tolerance().multiply(BigDecimal.valueOf(2));
        for (BigDecimal scale : SCALES) {
            // allowed a matches when |v - a * scale| <= tolerance, i.e. a within [(v - tol) / scale, (v + tol) / scale]
            BigDecimal lo = v.subtract(f.tolerance()).divide(scale), hi = v.add(f.tolerance()).divide(scale);
            for (int i = firstAtLeast(lo); i < allowed.length && allowed[i].compareTo(hi) <= 0; i++) {
                if (scale.compareTo(BigDecimal.ONE) == 0 || allowed[i].ulp().multiply(scale).compareTo(written) <= 0) return true;
            }
        }
        return false;
    }

    private int firstAtLeast(BigDecimal x) {
        int lo = 0, hi = allowed.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (allowed[mid].compareTo(x) < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** The numbers written in a text, in order; citation markers like "[2]" are left out. */
    public static List<Figure> figures(String text) {
        List<Figure> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            if (m.start(2) > 0 && text.charAt(m.start(2) - 1) == '[') continue;
            String digits = m.group(2).replace(",", "");
            BigDecimal raw = new BigDecimal(digits);
            int decimals = Math.max(0, raw.scale());
            BigDecimal scale = scale(m.group(3));
            BigDecimal value = raw.multiply(scale);
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals).multiply(new BigDecimal("0.5")).multiply(scale);
            boolean negative = !m.group(1).isEmpty() && !m.group(1).equals("(");
            out.add(new Figure(m.group().strip(), m.start(), m.end(), negative ? value.negate() : value, tolerance));
        }
        return out;
    }

    private static BigDecimal scale(String word) {
        if (word == null) return BigDecimal.ONE;
        return switch (word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "thousand", "k" -> new BigDecimal("1e3");
            case "million", "mn", "m" -> new BigDecimal("1e6");
            case "billion", "bn", "b" -> new BigDecimal("1e9");
            case "trillion" -> new BigDecimal("1e12");
            case "万" -> new BigDecimal("1e4");
            case "亿" -> new BigDecimal("1e8");
            default -> BigDecimal.ONE;
        };
    }
}
