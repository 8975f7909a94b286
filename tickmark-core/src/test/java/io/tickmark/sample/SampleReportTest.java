package io.tickmark.sample;

import io.tickmark.statement.StatementType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SampleReportTest {

    private static byte[] pdf(SampleCompany company) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleReport.write(company, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf, int page) throws IOException {
        return pageTexts(pdf).get(page - 1);
    }

    /** The text of each page, whitespace collapsed, index 0 being page 1. */
    private static java.util.List<String> pageTexts(byte[] pdf) throws IOException {
        java.util.List<String> pages = new java.util.ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    @Test
    void pdf_opens_with_cover_and_every_statement_title() throws IOException {
        SampleCompany company = SampleCompany.defaultCompany();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleTruth truth = SampleReport.write(company, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(truth.pages().size());
            String all = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(all).contains("SECURITIES AND EXCHANGE COMMISSION", "FORM 10-K",
                    "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)", "For the fiscal year ended December 31, 2025",
                    "NORTHWIND INSTRUMENTS CORPORATION", "(Exact name of registrant as specified in its charter)",
                    "CONSOLIDATED STATEMENTS OF OPERATIONS", "CONSOLIDATED BALANCE SHEETS",
                    "CONSOLIDATED STATEMENTS OF CASH FLOWS", "(In millions, except per share amounts)",
                    "Year Ended December 31", "See accompanying notes", "Date: February 24, 2026");
        }
    }

    @Test
    void every_printed_value_is_on_the_page_the_truth_names() throws IOException {
        for (SampleCompany company : new SampleCompany[] {SampleCompany.defaultCompany(), SampleCompany.fromSeed(1)}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SampleTruth truth = SampleReport.write(company, out);
            java.util.List<String> pages = pageTexts(out.toByteArray());
            for (StatementTruth statement : truth.statements().values()) {
                assertThat(pages.get(statement.pages().get(0) - 1)).contains(statement.title());
                for (TruthLine line : statement.lines()) {
                    String page = pages.get(line.page() - 1);
                    assertThat(page).as("label of %s", line.key()).contains(line.label());
                    for (BigDecimal value : line.values().values()) {
                        assertThat(page).as("%s value %s", line.key(), value).contains(printed(company, line, value));
                    }
                }
            }
        }
    }

    private static String printed(SampleCompany company, TruthLine line, BigDecimal value) {
        if (line.unit().kind() == io.tickmark.facts.Unit.Kind.PER_SHARE) {
            return Amounts.cents(value.movePointRight(2).longValueExact());
        }
        return Amounts.whole(value.divide(BigDecimal.valueOf(company.scale().factor())).longValueExact());
    }

    @Test
    void balance_sheet_runs_over_two_pages_with_continued_title() throws IOException {
        SampleCompany company = SampleCompany.defaultCompany();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementTruth balance = SampleReport.write(company, out).statement(StatementType.BALANCE_SHEET);

        assertThat(balance.pages()).hasSize(2);
        assertThat(balance.pages().get(1)).isEqualTo(balance.pages().get(0) + 1);
        String assets = text(out.toByteArray(), balance.pages().get(0));
        String liabilities = text(out.toByteArray(), balance.pages().get(1));
        assertThat(assets).contains("Total assets").doesNotContain("Total liabilities").doesNotContain("(continued)");
        assertThat(liabilities).contains("CONSOLIDATED BALANCE SHEETS (continued)", "Total liabilities and equity")
                .doesNotContain("Total current assets");
        assertThat(balance.concept("total_assets").orElseThrow().page()).isEqualTo(balance.pages().get(0));
        assertThat(balance.concept("total_equity").orElseThrow().page()).isEqualTo(balance.pages().get(1));
    }

    @Test
    void decoy_pages_carry_statement_words_outside_the_statement_pages() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleTruth truth = SampleReport.write(SampleCompany.defaultCompany(), out);

        String contents = text(out.toByteArray(), truth.pagesOf(PageKind.CONTENTS).get(0));
        assertThat(contents).contains("Consolidated Balance Sheets", "Consolidated Statements of Operations",
                "Consolidated Statements of Cash Flows");
        String selected = text(out.toByteArray(), truth.pagesOf(PageKind.SELECTED_FINANCIAL_DATA).get(0));
        assertThat(selected).contains("Selected Financial Data", "Revenue", "Total assets");
        String notes = text(out.toByteArray(), truth.pagesOf(PageKind.NOTES).get(0));
        assertThat(notes).contains("Property, plant and equipment, net", "Accounts receivable, net");
        for (StatementTruth statement : truth.statements().values()) {
            for (int page : statement.pages()) assertThat(truth.pages().get(page - 1).primaryStatement()).isTrue();
        }
        assertThat(truth.pagesOf(PageKind.COMPREHENSIVE_INCOME)).hasSize(1);
    }

    @Test
    void same_seed_writes_identical_bytes() throws IOException {
        assertThat(pdf(SampleCompany.fromSeed(42))).isEqualTo(pdf(SampleCompany.fromSeed(42)));
    }

    @Test
    void different_seeds_print_different_companies_and_numbers() {
        SampleTruth one = SampleReport.truth(SampleCompany.fromSeed(3));
        SampleTruth two = SampleReport.truth(SampleCompany.fromSeed(4));
        StatementTruth incomeOne = one.statement(StatementType.INCOME_STATEMENT);
        StatementTruth incomeTwo = two.statement(StatementType.INCOME_STATEMENT);
        assertThat(incomeOne.concept("revenue").orElseThrow().values().values())
                .isNotEqualTo(incomeTwo.concept("revenue").orElseThrow().values().values());
        assertThat(one.company()).isNotEqualTo(two.company());
    }

    @Test
    void write_to_path_writes_the_default_company(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample-10k.pdf");
        SampleTruth truth = SampleReport.writeTo(file);

        assertThat(truth.company()).isEqualTo(SampleCompany.defaultCompany());
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bytes).isEqualTo(pdf(SampleCompany.defaultCompany()));
    }
}
