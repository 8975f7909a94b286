package io.tickmark.credit;

import io.tickmark.credit.memo.MemoWriter;
import io.tickmark.spread.Spread;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad input, end to end: periods that don't line up (a 10-K and a 10-Q, a changed fiscal year end),
 * another currency or scale across years, a restated prior year, only one year. Each is said in every memo
 * format, in words a reader sees, not only in the analysis records.
 */
class BadInputMemoTest {
    /** A 10-K with a restated comparative, an older 10-K in thousands, a 10-Q, and a report in euros. */
    private static List<Spread> mixed() {
        return List.of(
                Reports.tenK("fy2022.pdf", 2022).flow("revenue", 300_000_000, 280_000_000).balance("total_assets", 900_000_000, 850_000_000).build(),
                Reports.tenK("fy2021.pdf", 2021).scale(1_000).flow("revenue", 270_000_000, 250_000_000).balance("total_assets", 850_000_000, 800_000_000).build(),
                Reports.ending("q2-2023.pdf", LocalDate.of(2023, 6, 30)).form("10-Q").months(6).flow("revenue", 160_000_000, 150_000_000).build(),
                Reports.tenK("fy2019-eur.pdf", 2019).currency("EUR").flow("revenue", 260_000_000, 240_000_000).build());
    }

    /** The fiscal year end moved from December to June, with a six-month transition report. */
    private static List<Spread> movedYearEnd() {
        return List.of(
                Reports.ending("june-2022.pdf", LocalDate.of(2022, 6, 30)).flow("revenue", 300_000_000).balance("total_assets", 900_000_000).build(),
                Reports.ending("transition.pdf", LocalDate.of(2021, 6, 30)).months(6).flow("revenue", 140_000_000).build(),
                Reports.tenK("dec-2020.pdf", 2020).flow("revenue", 260_000_000, 250_000_000).balance("total_assets", 800_000_000, 780_000_000).build());
    }

    private static List<Spread> oneYear() {
        return List.of(Reports.tenK("only.pdf", 2022).flow("revenue", 300_000_000).balance("total_assets", 900_000_000).build());
    }

    @ParameterizedTest
    @EnumSource(MemoWriter.Format.class)
    void every_note_on_how_the_years_were_lined_up_is_in_the_memo(MemoWriter.Format format) throws Exception {
        CreditAnalysis mixed = CreditAnalyst.standard().analyse(mixed(), List.of());
        assertThat(mixed.notes()).extracting(AlignmentNote::kind)
                .contains(AlignmentNote.Kind.RESTATED, AlignmentNote.Kind.SCALE, AlignmentNote.Kind.INTERIM_LEFT_OUT, AlignmentNote.Kind.CURRENCY);
        assertThat(mixed.leftOut()).extracting(d -> d.fileName()).containsExactlyInAnyOrder("q2-2023.pdf", "fy2019-eur.pdf");
        assertThat(mixed.line("revenue").orElseThrow().values().get(mixed.years().indexOf(2021)).source().document())
                .as("the later report's comparative wins").isEqualTo("fy2022.pdf");

        CreditAnalysis moved = CreditAnalyst.standard().analyse(movedYearEnd(), List.of());
        assertThat(moved.notes()).extracting(AlignmentNote::kind).contains(AlignmentNote.Kind.YEAR_END_CHANGED, AlignmentNote.Kind.NOT_ANNUAL);

        CreditAnalysis single = CreditAnalyst.standard().analyse(oneYear(), List.of());
        assertThat(single.notes()).extracting(AlignmentNote::kind).contains(AlignmentNote.Kind.ONE_YEAR);

        for (CreditAnalysis a : List.of(mixed, moved, single)) {
            String shown = flat(text(format, a));
            for (AlignmentNote n : a.notes()) {
                assertThat(shown).as("%s memo shows the %s note", format, n.kind()).contains(flat(n.text()));
            }
        }
    }

    private static String text(MemoWriter.Format format, CreditAnalysis a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write(a, out);
        byte[] bytes = out.toByteArray();
        return switch (format) {
            case HTML -> org.jsoup.Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).text();
            case JSON -> new String(bytes, StandardCharsets.UTF_8).replace("\\\"", "\"");
            case PDF -> {
                try (PDDocument d = Loader.loadPDF(bytes)) {
                    yield new PDFTextStripper().getText(d);
                }
            }
            case XLSX -> {
                StringBuilder b = new StringBuilder();
                try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                    for (Sheet s : wb) for (Row r : s) for (Cell c : r) b.append(c.toString()).append('\n');
                }
                yield b.toString();
            }
        };
    }

    /** Whitespace and line wrapping do not count. */
    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
