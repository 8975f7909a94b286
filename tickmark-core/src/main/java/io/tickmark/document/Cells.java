package io.tickmark.document;

import java.util.regex.Pattern;

/** Classifies the text of table cells as filings print them: an amount, a currency sign, a closing parenthesis, text. */
final class Cells {
    private static final Pattern AMOUNT = Pattern.compile(
            "^\\(?\\s*[-−]?\\s*(?:[$€£¥]|US\\$)?\\s*\\(?[-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s*%?\\s*\\)?%?$");
    private static final Pattern DASH = Pattern.compile("^(?:[$€£¥]\\s*)?\\(?[-–—‒―−]+\\)?%?$");
    private static final Pattern CURRENCY = Pattern.compile("^(?:[$€£¥]|US\\$|RMB)\\s*\\(?$|^\\($");
    private static final Pattern CLOSE = Pattern.compile("^\\)?\\s*%?\\)?$");

    private Cells() {
    }

    /** Whitespace (no-break spaces included) collapsed to single spaces, trimmed. */
    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2009' || c == '\u202f' || c == '\u200b') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }

    /** A bare four-digit year 1950-2099, as column headers print it. */
    static boolean isYear(String text) {
        String t = text.strip();
        return t.length() == 4 && t.chars().allMatch(Character::isDigit) && t.compareTo("1950") >= 0 && t.compareTo("2099") <= 0;
    }

    static HtmlTable.Kind kind(String text) {
        String t = text.strip();
        if (CLOSE.matcher(t).matches() && !t.isEmpty()) return HtmlTable.Kind.CLOSE;
        if (CURRENCY.matcher(t).matches()) return HtmlTable.Kind.CURRENCY;
        if (AMOUNT.matcher(t).matches() || DASH.matcher(t).matches()) return HtmlTable.Kind.AMOUNT;
        return HtmlTable.Kind.TEXT;
    }
}
