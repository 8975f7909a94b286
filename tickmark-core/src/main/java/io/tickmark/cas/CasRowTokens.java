package io.tickmark.cas;

import io.tickmark.document.TextLine;
import io.tickmark.document.Word;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of a Chinese statement split into its label words and the amounts that trail it. An amount must
 * stand right of {@code minValueX} (the label column's end), so an enumerator like "(1)" at the left stays
 * part of the label.
 */
record CasRowTokens(TextLine line, List<Word> labelWords, List<Value> values) {

    record Value(String raw, BigDecimal value, float x0, float x1) {
        float center() {
            return (x0 + x1) / 2f;
        }
    }

    static CasRowTokens of(TextLine line, float minValueX) {
        List<Word> words = line.words();
        List<Value> values = new ArrayList<>();
        int i = words.size() - 1;
        for (; i >= 0; i--) {
            Word w = words.get(i);
            BigDecimal v = CasNumbers.parse(w.text());
            if (v == null || w.x0() < minValueX || i == 0 && !looksLikeAmount(w.text())) break;
            values.add(0, new Value(w.text(), v, w.x0(), w.x1()));
        }
        List<Word> label = new ArrayList<>(words.subList(0, i + 1));
        return new CasRowTokens(line, label, values);
    }

    /** A whole line of one number is an amount only when printed as one (separators or decimals), not a page number. */
    private static boolean looksLikeAmount(String raw) {
        return raw.contains(",") || raw.contains(".") || raw.contains("，");
    }

    String label() {
        StringBuilder sb = new StringBuilder();
        for (Word w : labelWords) {
            if (sb.length() > 0 && !(CasText.isHan(sb.charAt(sb.length() - 1)) || CasText.isHan(w.text().charAt(0)))) sb.append(' ');
            sb.append(w.text());
        }
        return CasText.normalize(sb.toString()).strip();
    }

    float x0() {
        return labelWords.isEmpty() ? line.x0() : labelWords.get(0).x0();
    }

    float labelX1() {
        return labelWords.isEmpty() ? line.x0() : labelWords.get(labelWords.size() - 1).x1();
    }
}
