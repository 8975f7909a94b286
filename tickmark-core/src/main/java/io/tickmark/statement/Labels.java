package io.tickmark.statement;

import java.util.Locale;

/** Small text helpers for labels and titles. */
final class Labels {
    private Labels() {
    }

    /** Lower-case letters only: "Consolidated Statement of Cash Flow s" becomes "consolidatedstatementofcashflows". */
    static String squash(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** Lower case with runs of non-alphanumerics folded to one space. */
    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[’']", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static boolean startsLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) return Character.isLowerCase(c);
            if (!Character.isWhitespace(c) && c != '(' && c != '"' && c != '“') return false;
        }
        return false;
    }

    static boolean isUpperCase(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) return false;
            }
        }
        return letters;
    }
}
