package io.tickmark.cas;

import io.tickmark.statement.Numbers;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts as Chinese statements print them: thousands separators, a leading minus (ASCII, full-width or
 * the minus sign), parentheses, full-width digits; a dash alone is zero. A bare small integer is a
 * number too (a note reference or a share count), which the table reader places by its column.
 */
public final class CasNumbers {
    private static final Pattern AMOUNT = Pattern.compile("^[-(]?[-]?\\d[\\d,]*(\\.\\d+)?\\)?%?$|^[-–—]+$");

    private CasNumbers() {
    }

    /** The value of a printed amount, or null when the text is not one. */
    public static BigDecimal parse(String text) {
        if (text == null) return null;
        String t = CasText.normalize(text).strip()
                .replace('，', ',').replace('−', '-').replace('（', '(').replace('）', ')').replace("－", "-");
        if (t.isEmpty() || !AMOUNT.matcher(t).matches()) return null;
        if (t.matches("^[-–—]+$")) return BigDecimal.ZERO;
        if (t.startsWith("-(")) t = t.substring(1);
        return Numbers.parse(t);
    }
}
