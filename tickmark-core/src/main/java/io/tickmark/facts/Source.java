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
 * {@code formula} is set only for a DERIVED value, one no statement prints but that follows from printed lines by an
 * accounting identity: the formula with each ticked input as printed and where it stands
 * ({@code "Total liabilities and equity 122,070 (p.52 #f-40) − Total liabilities 48,390 (p.52 #f-31)"}); the page,
 * line and top are then those of the first input, and {@code rawValue}, {@code box} and {@code anchor} are null
 * (nothing is printed there).
 */
public record Source(String document, String sha256, int page, int line, float top, String rawLabel, String rawValue,
                     Box box, String anchor, String formula) {
    public Source {
        if (document == null || document.isBlank()) throw new IllegalArgumentException("source has no document");
        if (page < 1) throw new IllegalArgumentException("source page " + page + " of " + document + " is below 1");
        if (anchor != null && anchor.isBlank()) anchor = null;
        if (formula != null && formula.isBlank()) formula = null;
        if (formula != null && (rawValue != null || box != null || anchor != null)) {
            throw new IllegalArgumentException("derived value of " + document + " claims a printed place: " + formula);
        }
    }

    /** A printed value's tick mark. */
    public Source(String document, String sha256, int page, int line, float top, String rawLabel, String rawValue,
                  Box box, String anchor) {
        this(document, sha256, page, line, top, rawLabel, rawValue, box, anchor, null);
    }

    /** The tick mark of a derived value: its formula over ticked inputs, shown beside the first input's page. */
    public static Source derived(Source firstInput, String label, String formula) {
        if (formula == null || formula.isBlank()) throw new IllegalArgumentException("derived value '" + label + "' has no formula");
        return new Source(firstInput.document(), firstInput.sha256(), firstInput.page(), firstInput.line(), firstInput.top(),
                label, null, null, null, formula);
    }

    /** Whether the value was computed from other ticked values rather than printed. */
    public boolean derived() {
        return formula != null;
    }

    /** A tick mark without a box or anchor. */
    public Source(String document, String sha256, int page, int line, float top, String rawLabel, String rawValue) {
        this(document, sha256, page, line, top, rawLabel, rawValue, null, null);
    }

    /** "3M_2018_10K.pdf p.60 l.12"; for a derived value "tsla.html = Total liabilities and equity 122,070 (p.52 #f-40) − ...". */
    public String cite() {
        if (formula != null) return document + " = " + formula;
        return document + " p." + page + " l." + (line + 1);
    }

    /** Where the printed value stands, for a formula's inputs: "p.52 #f-40" where there is an anchor, else "p.52 l.30". */
    public String place() {
        return "p." + page + (anchor != null ? " #" + anchor.replaceFirst("^#", "") : " l." + (line + 1));
    }
}
