package io.tickmark.statement;

import io.tickmark.document.TextLine;
import io.tickmark.document.Word;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A text line split into its label (leading words) and the numbers that trail it. A lone "$",
 * a lone "(" or ")" and dot leaders are joined to or dropped around the numbers, as printed.
 */
record LineTokens(TextLine line, List<Word> labelWords, List<Value> values) {

    /** A printed number with its box on the page and the anchor of the cell it came from (null for PDFs). */
    record Value(String raw, BigDecimal value, float x0, float x1, float top, float bottom, String anchor) {
        float center() {
            return (x0 + x1) / 2f;
        }
    }

    static LineTokens of(TextLine line) {
        List<Word> words = joinParentheses(line.words());
        List<Value> values = new ArrayList<>();
        int i = words.size() - 1;
        for (; i >= 0; i--) {
            Word w = words.get(i);
            String t = w.text();
            if (isCurrencyMark(t) || isLeader(t)) continue;
            BigDecimal v = Numbers.parse(t);
            if (v == null) break;
            if (i > 0 && isMonth(words.get(i - 1).text())) break; // "June 30": a date in the label, not a value
            values.add(0, new Value(t, v, w.x0(), w.x1(), w.top(), w.bottom(), w.anchor()));
        }
        List<Word> label = new ArrayList<>(words.subList(0, i + 1));
        while (!label.isEmpty() && (isCurrencyMark(label.get(label.size() - 1).text()) || isLeader(label.get(label.size() - 1).text()))) {
            label.remove(label.size() - 1);
        }
        return new LineTokens(line, label, values);
    }

    String labelText() {
        StringBuilder sb = new StringBuilder();
        for (Word w : labelWords) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.text());
        }
        // "E ffect", "C hanges": a capital kerned away from the rest of its word in the text layer
        return sb.toString().replaceAll("\\s*\\.{3,}\\s*$", "").strip().replaceFirst("^([B-HJ-Z]) ([a-z]{2,})", "$1$2");
    }

    float labelX0() {
        return labelWords.isEmpty() ? line.x0() : labelWords.get(0).x0();
    }

    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(
            "(?i)(january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?,?");

    private static boolean isMonth(String t) {
        return MONTH.matcher(t).matches();
    }

    private static boolean isCurrencyMark(String t) {
        return t.equals("$") || t.equals("US$") || t.equals("€") || t.equals("£") || t.equals("¥") || t.equals("RMB");
    }

    private static boolean isLeader(String t) {
        if (t.length() < 2) return false;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) != '.' && t.charAt(i) != '…') return false;
        return true;
    }

    /** Joins "(" + "1,234" + ")" and "$" + "(1,234" printed as separate words into one number word. */
    private static List<Word> joinParentheses(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String t = w.text();
            if ((t.equals("(") || t.equals("$(") || t.equals("($")) && i + 1 < words.size() && Numbers.isNumber(words.get(i + 1).text())) {
                Word n = words.get(++i);
                w = merge(w, n, "(" + n.text());
            } else if ((t.equals(")") || t.equals(")%") || t.equals("%")) && !out.isEmpty() && Numbers.isNumber(out.get(out.size() - 1).text())) {
                Word prev = out.remove(out.size() - 1);
                w = merge(prev, w, prev.text() + t);
            }
            out.add(w);
        }
        return out;
    }

    private static Word merge(Word a, Word b, String text) {
        return new Word(text, Math.min(a.x0(), b.x0()), Math.max(a.x1(), b.x1()), Math.min(a.top(), b.top()),
                Math.max(a.bottom(), b.bottom()), a.fontSize(), a.bold() || b.bold(), a.anchor() != null ? a.anchor() : b.anchor());
    }
}
