package io.tickmark.credit.memo;

import io.tickmark.credit.CreditAnalysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a credit memo in one format: HTML, PDF, XLSX or JSON. The stream is not closed. */
public interface MemoWriter {
    void write(CreditAnalysis analysis, OutputStream out) throws IOException;

    /** The formats, by file extension. */
    enum Format {
        HTML, PDF, XLSX, JSON;

        public MemoWriter writer() {
            return switch (this) {
                case HTML -> new HtmlMemo();
                case PDF -> new PdfMemo();
                case XLSX -> new XlsxMemo();
                case JSON -> new JsonMemo();
            };
        }

        /**
         * Loads, on a background thread, what the first memo of this format will need (for PDF: the font metrics
         * and PDFBox's font mapper), so a short command can overlap it with reading the store. Harmless to skip.
         */
        public void prepare() {
            if (this != PDF) return;
            Thread t = new Thread(PdfPages::loadFonts, "tickmark-pdf-fonts");
            t.setDaemon(true);
            t.start();
        }

        /** The format a file name asks for (.html/.htm, .pdf, .xlsx, .json), or null. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) return HTML;
            if (name.endsWith(".pdf")) return PDF;
            if (name.endsWith(".xlsx")) return XLSX;
            if (name.endsWith(".json")) return JSON;
            return null;
        }
    }
}
