package io.tickmark.facts;

/**
 * The tick mark: where a reported number stands in its document. {@code page} is 1-based,
 * {@code line} is the 0-based text line on that page and {@code top} its distance in points
 * from the top of the page; {@code rawLabel} and {@code rawValue} are the text as printed.
 */
public record Source(String document, String sha256, int page, int line, float top, String rawLabel, String rawValue) {
    public Source {
        if (document == null || document.isBlank()) throw new IllegalArgumentException("source has no document");
        if (page < 1) throw new IllegalArgumentException("source page " + page + " of " + document + " is below 1");
    }

    /** "3M_2018_10K.pdf p.60 l.12" */
    public String cite() {
        return document + " p." + page + " l." + (line + 1);
    }
}
