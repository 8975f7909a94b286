package io.tickmark.xbrl;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Turns the displayed text of an {@code ix:nonFraction} into its value, by format, scale and sign. */
final class IxNumbers {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("no", 0), Map.entry("none", 0),
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private IxNumbers() {
    }

    /**
     * The value: the text read by its format, times ten to the {@code scale}, negated when {@code sign} is "-".
     *
     * @throws IllegalArgumentException naming the text and format when they do not give a number
     */
    static BigDecimal value(String text, String format, String scale, String sign) {
        BigDecimal number = number(text.strip(), format.substring(format.indexOf(':') + 1).toLowerCase(Locale.ROOT));
        if (!scale.isBlank()) {
            try {
                number = number.scaleByPowerOfTen(Integer.parseInt(scale.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("scale '" + scale + "' is not a whole number", e);
            }
        }
        return "-".equals(sign.strip()) ? number.negate() : number;
    }

    private static BigDecimal number(String text, String format) {
        switch (format) {
            case "fixed-zero", "fixedzero", "zerodash", "zero-dash", "fixed-empty" -> {
                return BigDecimal.ZERO;
            }
            case "num-word-en", "numwordsen", "num-words-en" -> {
                Integer n = WORDS.get(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
                if (n == null) throw new IllegalArgumentException("'" + text + "' is not a number in words Tickmark reads");
                return BigDecimal.valueOf(n);
            }
            default -> {
                boolean comma = format.contains("comma-decimal") || format.equals("numcommadecimal") || format.equals("numdotcomma");
                return digits(text, comma, format);
            }
        }
    }

    private static BigDecimal digits(String text, boolean commaDecimal, String format) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) sb.append(c);
            else if (c == (commaDecimal ? ',' : '.')) sb.append('.');
        }
        if (sb.isEmpty() && (text.isEmpty() || text.chars().allMatch(c -> "-–—‒―−".indexOf(c) >= 0 || Character.isWhitespace(c)))) {
            return BigDecimal.ZERO; // a dash tagged without ixt:fixed-zero
        }
        try {
            return new BigDecimal(sb.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number" + (format.isEmpty() ? "" : " in format " + format), e);
        }
    }
}
