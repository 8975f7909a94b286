package io.tickmark.spread;

import io.tickmark.document.Document;

/** Reads a filing's cover page alone (company, form, period end, filing date), without spreading the statements. */
public final class Covers {
    private Covers() {
    }

    /** What the first pages say about the filing; unknown parts are null or defaults, never an exception. */
    public static DocumentInfo read(Document doc) {
        return CoverPage.read(doc);
    }
}
