package io.tickmark.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words of titles stay whole however the title is set: letter-spaced, in fake small capitals, or on a page the
 * producer shrank as a whole; real word spaces still split. Each PDF is generated here, so the glyph geometry is
 * known exactly.
 */
class PdfWordSplitTest {
    @TempDir
    Path dir;

    private final PdfReader reader = new PdfReader();
    private final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
    private final PDFont regular = new PDType1Font(FontName.HELVETICA);

    @Test
    void a_letter_spaced_title_is_one_word_per_word_and_plain_text_below_is_unchanged() throws Exception {
        Path pdf = write(page -> {
            // tracking of a fifth of the font size; the words are placed apart by position, with no space glyph
            page.setCharacterSpacing(2.4f);
            text(page, bold, 12, 72, 700, "BALANCE");
            float next = 72 + width(bold, 12, "BALANCE", 2.4f) + 7.2f;
            text(page, bold, 12, next, 700, "SHEET");
            page.setCharacterSpacing(0);
            text(page, regular, 10, 72, 670, "Total current assets 2,500 2,150");
            text(page, regular, 10, 72, 650, "Cash and cash equivalents 1,200 1,000");
        });

        List<TextLine> lines = reader.read(pdf).page(1).lines();

        assertThat(words(lines.get(0))).containsExactly("BALANCE", "SHEET");
        assertThat(words(lines.get(1))).containsExactly("Total", "current", "assets", "2,500", "2,150");
        assertThat(words(lines.get(2))).containsExactly("Cash", "and", "cash", "equivalents", "1,200", "1,000");
    }

    @Test
    void a_spaced_title_with_a_space_glyph_between_every_letter_is_still_one_word() throws Exception {
        Path pdf = write(page -> {
            // the letters drawn with tracking, and a second layer of spaces laid into the gaps between them
            page.setCharacterSpacing(2f);
            text(page, bold, 10, 72, 700, "INDEX");
            page.setCharacterSpacing(0);
            float x = 72;
            for (char c : "INDE".toCharArray()) {
                x += width(bold, 10, String.valueOf(c), 0f);
                text(page, bold, 10, x, 700, " ");
                x += 2f;
            }
        });

        assertThat(words(reader.read(pdf).page(1).lines().get(0))).containsExactly("INDEX");
    }

    @Test
    void letters_of_figures_in_table_columns_are_not_taken_for_tracking() throws Exception {
        Path pdf = write(page -> {
            float x = 72;
            for (String cell : List.of("A", "B", "C", "D", "E", "F")) {
                text(page, regular, 10, x, 700, cell);
                x += 40;
            }
        });

        assertThat(words(reader.read(pdf).page(1).lines().get(0))).containsExactly("A", "B", "C", "D", "E", "F");
    }

    @Test
    void fake_small_capitals_with_a_space_after_the_initial_are_one_word() throws Exception {
        Path pdf = write(page -> {
            // "MGM Resorts" as some producers fake small capitals: full-size initial, a space at that size, the rest smaller
            float x = 72;
            x = run(page, bold, 19, x, "MGM ");
            x = run(page, bold, 19, x, "R ");
            x = run(page, bold, 13, x, "ESORTS");
            run(page, bold, 19, x, " ");
        });

        assertThat(words(reader.read(pdf).page(1).lines().get(0))).containsExactly("MGM", "RESORTS");
    }

    @Test
    void on_a_page_shrunk_as_a_whole_a_blank_line_below_a_title_does_not_split_it() throws Exception {
        Path pdf = write(page -> {
            // a browser print: 13 pt text, the page scaled to 40%, so the text is 5.2 pt and lines 6 pt apart;
            // between the title and the text an empty paragraph that holds a single no-break space
            page.transform(new Matrix(0.4f, 0, 0, 0.4f, 0, 0));
            text(page, bold, 13, 180, 1800, "ITEM 1A Risk Factors");
            text(page, regular, 13, 180, 1785, "\u00A0");
            text(page, regular, 13, 180, 1770, "Our business is subject to various risks");
        });

        List<TextLine> lines = reader.read(pdf).page(1).lines();

        assertThat(words(lines.get(0))).containsExactly("ITEM", "1A", "Risk", "Factors");
        assertThat(lines).anySatisfy(l -> assertThat(words(l)).containsExactly("Our", "business", "is", "subject", "to", "various", "risks"));
    }

    private interface Drawing {
        void draw(PDPageContentStream page) throws IOException;
    }

    private Path write(Drawing drawing) throws IOException {
        Path file = dir.resolve("generated.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                drawing.draw(content);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void text(PDPageContentStream page, PDFont font, float size, float x, float y, String s) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(s);
        page.endText();
    }

    /** Shows a run at the baseline of the small-caps test and returns where the next run starts. */
    private static float run(PDPageContentStream page, PDFont font, float size, float x, String s) throws IOException {
        text(page, font, size, x, 700, s);
        return x + width(font, size, s, 0f);
    }

    private static float width(PDFont font, float size, String s, float tracking) throws IOException {
        return font.getStringWidth(s) / 1000f * size + tracking * s.length();
    }

    private static List<String> words(TextLine line) {
        return line.words().stream().map(Word::text).toList();
    }
}
