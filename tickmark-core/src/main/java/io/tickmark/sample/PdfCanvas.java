package io.tickmark.sample;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/** Letter pages of positioned text and rules in the standard 14 fonts: the only drawing the sample report needs. */
final class PdfCanvas implements Closeable {
    static final float WIDTH = PDRectangle.LETTER.getWidth();
    static final float HEIGHT = PDRectangle.LETTER.getHeight();

    final PDFont regular;
    final PDFont bold;
    final PDFont italic;
    private final PDDocument document = new PDDocument();
    private PDPageContentStream stream;

    PdfCanvas(boolean serif) {
        regular = new PDType1Font(serif ? FontName.TIMES_ROMAN : FontName.HELVETICA);
        bold = new PDType1Font(serif ? FontName.TIMES_BOLD : FontName.HELVETICA_BOLD);
        italic = new PDType1Font(serif ? FontName.TIMES_ITALIC : FontName.HELVETICA_OBLIQUE);
    }

    /** Starts a new page and returns its 1-based number. */
    int newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        return document.getNumberOfPages();
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    void text(String text, PDFont font, float size, float x, float y) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    void rightText(String text, PDFont font, float size, float right, float y) throws IOException {
        text(text, font, size, right - width(text, font, size), y);
    }

    void centerText(String text, PDFont font, float size, float center, float y) throws IOException {
        text(text, font, size, center - width(text, font, size) / 2, y);
    }

    float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    void rule(float from, float to, float y, float thickness) throws IOException {
        stream.setLineWidth(thickness);
        stream.moveTo(from, y);
        stream.lineTo(to, y);
        stream.stroke();
    }

    /** Splits text into lines no wider than {@code maxWidth}, breaking at spaces. */
    List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, font, size) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }

    /** Writes the document with fixed metadata and file id, so the same content gives the same bytes. */
    void save(OutputStream out, String title, Calendar date, long seed) throws IOException {
        closeStream();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setProducer("Tickmark sample report generator");
        info.setCreationDate(date);
        info.setModificationDate(date);
        COSString id = new COSString(Long.toHexString(seed * 1_000_003L + title.hashCode()).getBytes(StandardCharsets.US_ASCII));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        document.save(out);
    }

    static Calendar calendar(java.time.LocalDate date) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 9, 0, 0);
        return calendar;
    }

    private void closeStream() throws IOException {
        if (stream != null) stream.close();
        stream = null;
    }

    @Override
    public void close() throws IOException {
        closeStream();
        document.close();
    }
}
