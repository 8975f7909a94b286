package io.tickmark.spread;

import io.tickmark.Tickmark;
import io.tickmark.facts.Box;
import io.tickmark.facts.Fact;
import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The box of a tick mark is where a reviewer's eye is sent: the text PDFBox finds inside it must be the printed
 * value, for every value of every statement, or the highlight on the rendered page points at the wrong number.
 */
class SourceBoxTest {
    @TempDir
    Path dir;

    @Test
    void every_fact_of_a_pdf_is_boxed_around_its_printed_value() throws Exception {
        Path pdf = dir.resolve("sample.pdf");
        SampleReport.writeTo(SampleCompany.fromSeed(3), pdf);
        Spread spread = Tickmark.spread(pdf);

        List<Fact> facts = spread.statements().stream().flatMap(s -> s.lines().stream())
                .flatMap(l -> l.values().stream()).filter(Objects::nonNull).toList();
        assertThat(facts).hasSizeGreaterThan(100);
        List<String> wrong = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (Fact f : facts) {
                Box box = f.source().box();
                assertThat(box).as("box of " + f.source().cite()).isNotNull();
                assertThat(f.source().anchor()).isNull();
                String inside = textIn(doc, f.source().page(), box);
                if (!inside.contains(digits(f.source().rawValue()))) {
                    wrong.add(f.source().cite() + " '" + f.source().rawValue() + "' box holds '" + inside + "'");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The text inside the box, grown by a point each side so glyphs on its edge count. */
    private static String textIn(PDDocument doc, int page, Box box) throws Exception {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("box", new Rectangle2D.Float(box.x0() - 1, box.top() - 1, box.width() + 2, box.height() + 2));
        stripper.extractRegions(doc.getPage(page - 1));
        return digits(stripper.getTextForRegion("box"));
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9.]", "");
    }
}
