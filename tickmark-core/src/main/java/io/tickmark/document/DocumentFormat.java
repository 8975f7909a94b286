package io.tickmark.document;

/** The file formats Tickmark reads, detected by content rather than by file extension. */
public enum DocumentFormat {
    PDF, HTML, XBRL, XLSX, CSV,
    /** A report as parsed-text JSON: sections of text and table rows (the FinGLM {@code official_txt.json} layout). */
    PARSED_TEXT
}
