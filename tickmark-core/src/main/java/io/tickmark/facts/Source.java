package io.tickmark.facts;

/**
 * The tick mark: where a reported number stands in its document. {@code page} is 1-based,
 * {@code line} is the 0-based text line on that page and {@code top} its distance in points
 * from the top of the page; {@code rawLabel} and {@code rawValue} are the text as printed.
 * {@code box} is the printed value's rectangle on a PDF page (to highlight it on the rendered page), null for
 * documents without a page geometry (HTML, workbooks, XBRL). {@code anchor} locates the value inside a document
 * that has no pages of its own, null for PDFs: an HTML element ({@code "#f-196"} when the element has an id,
 * else {@code "table-3-row-12-col-4"}: the 1-based table in document order, its 0-based row and grid column),
 * a workbook cell in Excel's notation ({@code "'Balance Sheet'!C12"}) or a CSV cell ({@code "C12"}).
 */
public record Source(String document, String sha256, int page, int line, float top, String rawLabel, String rawValue,
                     Box box, String anchor) {
    public Source {
        if (document == null || document.isBlank()) throw new IllegalArgumentException("source has no document");
        if (page < 1) throw new IllegalArgumentException("source page " + page + " of " + document + " is below 1");
        if (anchor != null && anchor.isBlank()) anchor = null;
    }

    /** A tick mark without a box or anchor. */
    public Source(String document, String sha256, int page, int line, float top, String rawLabel, String rawValue) {
        this(document, sha256, page, line, top, rawLabel, rawValue, null, null);
    }

    /** "3M_2018_10K.pdf p.60 l.12" */
    public String cite() {
        return document + " p." + page + " l." + (line + 1);
    }
}
