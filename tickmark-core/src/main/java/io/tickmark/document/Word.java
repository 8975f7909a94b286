package io.tickmark.document;

/**
 * A run of glyphs on a page with no visible gap inside it, with its box in PDF points
 * measured from the top-left corner of the page.
 */
public record Word(String text, float x0, float x1, float top, float bottom, float fontSize, boolean bold) {
    public Word {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("word text is empty");
        }
        if (x1 < x0) {
            throw new IllegalArgumentException("word '%s' ends at x=%s before it starts at x=%s".formatted(text, x1, x0));
        }
    }

    public float centerX() {
        return (x0 + x1) / 2f;
    }
}
