package io.tickmark.document;

/**
 * A run of glyphs on a page with no visible gap inside it, with its box in PDF points
 * measured from the top-left corner of the page. Words laid out from a document without pages of its own
 * (HTML tables, workbooks) carry the {@code anchor} of the cell they were printed from; see
 * {@link io.tickmark.facts.Source#anchor()}.
 */
public record Word(String text, float x0, float x1, float top, float bottom, float fontSize, boolean bold, String anchor) {

    /** A word of a PDF page, which has no anchor: its box says where it is. */
    public Word(String text, float x0, float x1, float top, float bottom, float fontSize, boolean bold) {
        this(text, x0, x1, top, bottom, fontSize, bold, null);
    }

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
