package io.tickmark.credit.memo;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A top-down writer over PDFBox pages: text, wrapped paragraphs, table rows and lines, new pages as needed. */
final class PdfPages implements AutoCloseable {
    static final float MARGIN = 40;
    final PDDocument doc;
    final PDType1Font regular = new PDType1Font(FontName.HELVETICA);
    final PDType1Font bold = new PDType1Font(FontName.HELVETICA_BOLD);
    final PDRectangle size = PDRectangle.LETTER;
    PDPageContentStream stream;
    float y;
    private int pageNumber;
    private final String footer;

    /** Loads the Standard 14 metrics and font mapping PDFBox keeps for the process (see {@link MemoWriter.Format#prepare()}). */
    static void loadFonts() {
        try {
            new PDType1Font(FontName.HELVETICA);
            new PDType1Font(FontName.HELVETICA_BOLD);
        } catch (RuntimeException e) {
            // the memo itself will load them and report any failure
        }
    }

    PdfPages(PDDocument doc, String footer) throws IOException {
        this.doc = doc;
        this.footer = footer;
        newPage();
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        if (stream != null) stream.close();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        pageNumber++;
        y = size.getHeight() - MARGIN;
        text(MARGIN, 20, regular, 7, safe(footer + " · page " + pageNumber), Color.GRAY);
    }

    void ensure(float height) throws IOException {
        if (y - height < MARGIN) newPage();
    }

    void text(float x, float yy, PDType1Font font, float fontSize, String s, Color color) throws IOException {
        stream.beginText();
        stream.setNonStrokingColor(color);
        stream.setFont(font, fontSize);
        stream.newLineAtOffset(x, yy);
        stream.showText(safe(s));
        stream.endText();
        stream.setNonStrokingColor(Color.BLACK);
    }

    void heading(String s, float fontSize) throws IOException {
        ensure(fontSize * 3);
        y -= fontSize * 1.6f;
        text(MARGIN, y, bold, fontSize, s, Color.BLACK);
        y -= fontSize * 0.5f;
    }

    void paragraph(String s, float fontSize, Color color) throws IOException {
        for (String line : wrap(s, regular, fontSize, width())) {
            ensure(fontSize * 1.4f);
            y -= fontSize * 1.35f;
            text(MARGIN, y, regular, fontSize, line, color);
        }
        y -= fontSize * 0.4f;
    }

    /** One table row: cells at the given x offsets, right-aligned where {@code right[i]}. */
    void row(float[] xs, boolean[] right, String[] cells, float fontSize, boolean isBold) throws IOException {
        ensure(fontSize * 1.5f);
        y -= fontSize * 1.4f;
        PDType1Font font = isBold ? bold : regular;
        for (int i = 0; i < cells.length && i < xs.length; i++) {
            String c = cells[i] == null ? "" : cells[i];
            float limit = (i + 1 < xs.length ? xs[i + 1] : width() + MARGIN) - xs[i] - 4;
            c = fit(c, font, fontSize, limit);
            float x = xs[i];
            if (right[i]) x = (i + 1 < xs.length ? xs[i + 1] : width() + MARGIN) - 4 - textWidth(c, font, fontSize);
            text(x, y, font, fontSize, c, Color.BLACK);
        }
    }

    void rule() throws IOException {
        stream.setStrokingColor(Color.LIGHT_GRAY);
        stream.moveTo(MARGIN, y - 3);
        stream.lineTo(MARGIN + width(), y - 3);
        stream.stroke();
        stream.setStrokingColor(Color.BLACK);
        y -= 3;
    }

    float textWidth(String s, PDType1Font font, float fontSize) throws IOException {
        return font.getStringWidth(safe(s)) / 1000 * fontSize;
    }

    private String fit(String s, PDType1Font font, float fontSize, float limit) throws IOException {
        String t = safe(s);
        if (textWidth(t, font, fontSize) <= limit) return t;
        while (t.length() > 1 && textWidth(t + "...", font, fontSize) > limit) t = t.substring(0, t.length() - 1);
        return t + "...";
    }

    List<String> wrap(String s, PDType1Font font, float fontSize, float limit) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(s).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, font, fontSize) > limit && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    /** Text the standard fonts can show (WinAnsi): typographic characters made plain, the rest as '?'. */
    static String safe(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\u2014', '\u2013' -> b.append('-');
                case '\u2018', '\u2019' -> b.append('\'');
                case '\u201c', '\u201d' -> b.append('"');
                case '\u00a0', '\t', '\n', '\r' -> b.append(' ');
                case '\u2192' -> b.append("->");
                case '\u00b7' -> b.append('\u00b7');
                case '\u00d7' -> b.append('x');
                case '\u26a0' -> b.append('!');
                default -> b.append(c >= 32 && c < 127 || c >= 160 && c < 256 ? c : '?');
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) stream.close();
        stream = null;
    }
}
