package io.tickmark.credit.memo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.Tickmark;
import io.tickmark.credit.CreditAnalysis;
import io.tickmark.credit.CreditAnalyst;
import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The four memo formats over the sample company's report: each readable, with the sections and the tick marks. */
class MemoWritersTest {
    private static CreditAnalysis analysis;

    @BeforeAll
    static void analyse(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("northwind-10k.pdf");
        SampleReport.writeTo(SampleCompany.defaultCompany(), pdf);
        analysis = CreditAnalyst.standard().analyse(List.of(Tickmark.spread(pdf)), List.of());
    }

    private static byte[] write(MemoWriter.Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write(analysis, out);
        return out.toByteArray();
    }

    @Test
    void html_is_self_contained_with_charts_and_every_spread_figure_linked_to_its_page() throws Exception {
        String html = new String(write(MemoWriter.Format.HTML), StandardCharsets.UTF_8);

        assertThat(html).contains("<svg", "Ratio pack", "Liquidity", "Coverage", "Risk rating", "Red flags", "Derivations")
                .doesNotContain("<script", "<link", "src=\"http");
        Matcher cells = Pattern.compile("<td class=\"n\"><a href=\"([^\"]+)\" title=\"([^\"]+)\">").matcher(html);
        int linked = 0;
        while (cells.find()) {
            assertThat(cells.group(1)).startsWith("northwind-10k.pdf#page=");
            assertThat(cells.group(2)).contains("northwind-10k.pdf p.");
            linked++;
        }
        assertThat(linked).as("spread figures with their source").isGreaterThan(50);
    }

    @Test
    void pdf_opens_and_reads_as_a_memo() throws Exception {
        byte[] pdf = write(MemoWriter.Format.PDF);

        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(text).contains("Credit memo", "Risk rating FY2025", "Ratio pack", "Current ratio", "Altman Z''-score (1995)", "Income statement");
        }
    }

    @Test
    void xlsx_has_the_sheets_and_spread_figures_carry_their_source() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(MemoWriter.Format.XLSX)))) {
            assertThat(List.of("Summary", "Spread", "Ratios", "Scores", "Scorecard", "Red flags"))
                    .allSatisfy(name -> assertThat(wb.getSheet(name)).as(name).isNotNull());
            Sheet spread = wb.getSheet("Spread");
            assertThat(spread.getRow(0).getCell(2).getStringCellValue()).isEqualTo("FY2023");
            var cell = spread.getRow(1).getCell(4);
            assertThat(cell.getCellComment().getString().getString()).contains("northwind-10k.pdf p.");
            assertThat(cell.getHyperlink().getAddress()).contains("#page=");
        }
    }

    @Test
    void json_holds_the_analysis_with_evaluations_and_tick_marks() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(MemoWriter.Format.JSON));

        assertThat(json.get("company").asText()).containsIgnoringCase("northwind");
        assertThat(json.get("ratios")).isNotEmpty();
        JsonNode input = json.get("ratios").get(0).get("figures").get(2).get("evaluation").get("inputs").get(0);
        assertThat(input.get("fact").get("source").get("page").asInt()).isPositive();
        assertThat(json.get("scores")).isNotEmpty();
        assertThat(json.get("rating").get("factors")).isNotEmpty();
    }
}
