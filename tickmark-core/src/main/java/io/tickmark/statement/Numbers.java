package io.tickmark.statement;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as statements print them: thousands separators, "$" signs, parentheses or a
 * leading minus for negatives, dashes for zero, a trailing percent sign.
 */
public final class Numbers {
    private static final Pattern NUMBER = Pattern.compile(
            "^(\\()?\\s*([-−])?\\s*[$€£¥]?\\s*(\\()?([-−])?(\\d{1,3}(?:[,\u00a0 ]\\d{3})+|\\d+)(\\.\\d+)?\\s*(%)?\\s*(\\))?(%)?$");
    private static final Pattern DASH = Pattern.compile("^\\(?[-–—‒―−]+\\)?%?$");

    private Numbers() {
    }

    /** The value of a printed number, or null when the text is not one. A dash reads as zero. */
    public static BigDecimal parse(String text) {
        if (text == null) return null;
        String t = text.strip();
        if (t.isEmpty()) return null;
        if (DASH.matcher(t).matches()) return BigDecimal.ZERO;
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) return null;
        boolean open = m.group(1) != null || m.group(3) != null;
        boolean close = m.group(8) != null;
        if (open != close && !(open && t.endsWith(")"))) {
            // "(1,234" without its closing parenthesis is still negative when printed split; "1,234)" is not a number
            if (!open) return null;
        }
        String digits = m.group(5).replace(",", "").replace("\u00a0", "").replace(" ", "");
        BigDecimal value = new BigDecimal(m.group(6) == null ? digits : digits + m.group(6));
        boolean minus = m.group(2) != null || m.group(4) != null;
        return open || minus ? value.negate() : value;
    }

    /** Whether the text reads as a number or a dash. */
    public static boolean isNumber(String text) {
        return parse(text) != null;
    }

    /** Whether the text is a four-digit year between 1950 and 2099. */
    public static boolean isYear(String text) {
        String t = text.strip().replaceAll("[,.:;)(*]+$", "").replaceAll("^\\(", "");
        if (t.length() != 4) return false;
        for (int i = 0; i < 4; i++) if (!Character.isDigit(t.charAt(i))) return false;
        int y = Integer.parseInt(t);
        return y >= 1950 && y <= 2099;
    }
}
