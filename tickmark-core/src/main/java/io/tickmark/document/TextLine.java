package io.tickmark.document;

import java.util.List;

/** Words sharing one baseline on a page, left to right; {@code index} is 0-based within the page. */
public record TextLine(int index, float top, float bottom, List<Word> words) {
    public TextLine {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("text line " + index + " has no words");
        }
    }

    /** The words joined by single spaces. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.text());
        }
        return sb.toString();
    }

    public float x0() {
        return words.get(0).x0();
    }

    public float x1() {
        return words.get(words.size() - 1).x1();
    }
}
