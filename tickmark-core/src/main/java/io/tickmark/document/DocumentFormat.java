package io.tickmark.document;

/** The file formats Tickmark reads, detected by content rather than by file extension. */
public enum DocumentFormat {
    PDF, HTML, XBRL, XLSX, CSV
}
