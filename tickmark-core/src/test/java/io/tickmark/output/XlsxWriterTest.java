package io.tickmark.output;

import io.tickmark.spread.Spread;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.PaneInformation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static io.tickmark.output.SpreadFixtures.widgets;
import static org.assertj.core.api.Assertions.assertThat;

class XlsxWriterTest {

    private static Workbook workbook(List<Spread> spreads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadWriter.forFormat("xlsx").write(spreads, out);
        return WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && label.equals(first.getStringCellValue())) return row;
        }
        throw new AssertionError("no row labelled '" + label + "' in sheet " + sheet.getSheetName());
    }

    @Test
    void opens_with_a_sheet_per_statement_and_a_checks_sheet() throws IOException {
        try (Workbook workbook = workbook(List.of(widgets()))) {
            assertThat(sheetNames(workbook)).containsExactly("Income statement", "Balance sheet", "Checks", "Warnings");
        }
    }

    @Test
    void holds_exact_whole_unit_values_shown_in_the_statement_scale() throws IOException {
        try (Workbook workbook = workbook(List.of(widgets()))) {
            Row revenue = rowLabelled(workbook.getSheet("Income statement"), "Revenue");
            Cell fy2023 = revenue.getCell(StatementSheet.FIRST_VALUE_COLUMN);
            assertThat(fy2023.getNumericCellValue()).isEqualTo(5_123_000_000d);
            assertThat(revenue.getCell(StatementSheet.FIRST_VALUE_COLUMN + 1).getNumericCellValue()).isEqualTo(4_800_000_000d);
            assertThat(fy2023.getCellStyle().getDataFormatString()).isEqualTo("#,##0,,;(#,##0,,)");
            assertThat(revenue.getCell(1).getStringCellValue()).isEqualTo("revenue");

            Row eps = rowLabelled(workbook.getSheet("Income statement"), "Diluted earnings per share");
            Cell eps2022 = eps.getCell(StatementSheet.FIRST_VALUE_COLUMN + 1);
            assertThat(eps2022.getNumericCellValue()).isEqualTo(-0.40);
            assertThat(eps2022.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00;(#,##0.00)");
        }
    }

    @Test
    void ticks_every_value_cell_with_a_comment_naming_document_page_and_printed_text() throws IOException {
        try (Workbook workbook = workbook(List.of(widgets()))) {
            Row other = rowLabelled(workbook.getSheet("Income statement"), "Other income (expense), net");
            String tick = other.getCell(StatementSheet.FIRST_VALUE_COLUMN).getCellComment().getString().getString();
            assertThat(tick).startsWith("widgets_2023_10k.pdf p.61 l.15").contains("Other expense, net | (45)");
            Row assets = rowLabelled(workbook.getSheet("Balance sheet"), "Total assets");
            assertThat(assets.getCell(StatementSheet.FIRST_VALUE_COLUMN + 1).getCellComment().getString().getString())
                    .contains("p.63");
        }
    }

    @Test
    void leaves_a_missing_value_cell_empty() throws IOException {
        try (Workbook workbook = workbook(List.of(widgets()))) {
            Row restructuring = rowLabelled(workbook.getSheet("Income statement"), "Restructuring of widget lines");
            assertThat(restructuring.getCell(StatementSheet.FIRST_VALUE_COLUMN + 1)).isNull();
        }
    }

    @Test
    void sets_unmapped_lines_in_italic_and_mapped_ones_upright() throws IOException {
        try (Workbook workbook = workbook(List.of(widgets()))) {
            Sheet sheet = workbook.getSheet("Income statement");
            Cell unmapped = rowLabelled(sheet, "Restructuring of widget lines").getCell(0);
            Cell mapped = rowLabelled(sheet, "Revenue").getCell(0);
            assertThat(workbook.getFontAt(unmapped.getCellStyle().getFontIndex()).getItalic()).isTrue();
            assertThat(workbook.getFontAt(mapped.getCellStyle().getFontIndex()).getItalic()).isFalse();
        }
    }

    @Test
    void heads_the_sheet_with_company_document_scale_and_currency_and_freezes_below_the_column_headers()
            throws IOException {
        try (Workbook workbook = workbook(List.of(widgets()))) {
            Sheet sheet = workbook.getSheet("Income statement");
            assertThat(rowLabelled(sheet, "Company").getCell(1).getStringCellValue()).isEqualTo("Example Widgets Inc.");
            assertThat(rowLabelled(sheet, "Statement").getCell(1).getStringCellValue()).isEqualTo("Consolidated Statements of Operations");
            assertThat(rowLabelled(sheet, "Scale").getCell(1).getStringCellValue()).startsWith("in USD millions");
            assertThat(rowLabelled(sheet, "Currency").getCell(1).getStringCellValue()).isEqualTo("USD");
            assertThat(sheet.getRow(StatementSheet.HEADER_ROW).getCell(StatementSheet.FIRST_VALUE_COLUMN).getStringCellValue())
                    .isEqualTo("FY2023\n12M to 2023-12-31");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat((int) pane.getHorizontalSplitPosition()).isEqualTo(StatementSheet.HEADER_ROW + 1);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(StatementSheet.FIRST_VALUE_COLUMN));
        }
    }

    @Test
    void lists_a_failed_check_with_both_sides_on_the_checks_sheet() throws IOException {
        try (Workbook workbook = workbook(List.of(widgets()))) {
            Sheet checks = workbook.getSheet("Checks");
            Row failed = checks.getRow(2);
            assertThat(failed.getCell(4).getStringCellValue()).isEqualTo("FAILED");
            assertThat(failed.getCell(3).getStringCellValue()).isEqualTo("2022-12-31");
            assertThat(failed.getCell(5).getNumericCellValue()).isEqualTo(8_500_000_000d);
            assertThat(failed.getCell(6).getNumericCellValue()).isEqualTo(8_499_000_000d);
            assertThat(failed.getCell(7).getNumericCellValue()).isEqualTo(1_000_000d);
            assertThat(checks.getRow(3).getCell(4).getStringCellValue()).isEqualTo("SKIPPED");
        }
    }

    @Test
    void gives_each_document_its_own_statement_sheets_when_writing_several() throws IOException {
        Spread gadgets = SpreadFixtures.spread("gadgets_2023_10k.pdf", "Example Gadgets Ltd");
        try (Workbook workbook = workbook(List.of(widgets(), gadgets))) {
            assertThat(sheetNames(workbook)).containsExactly("widgets_2023_10k IS", "widgets_2023_10k BS",
                    "gadgets_2023_10k IS", "gadgets_2023_10k BS", "Checks", "Warnings");
            assertThat(workbook.getSheet("Checks").getLastRowNum()).isEqualTo(6);
            assertThat(workbook.getSheet("Checks").getRow(4).getCell(0).getStringCellValue()).isEqualTo("gadgets_2023_10k.pdf");
        }
    }

    @Test
    void keeps_sheet_names_valid_and_distinct_for_long_similar_file_names() throws IOException {
        String longName = "an_extremely_long_annual_report_file_name_";
        Spread first = SpreadFixtures.spread(longName + "2022.pdf", "A");
        Spread second = SpreadFixtures.spread(longName + "2023.pdf", "B");
        try (Workbook workbook = workbook(List.of(first, second))) {
            List<String> names = sheetNames(workbook);
            assertThat(names).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(31));
            assertThat(names).hasSize(6);
        }
    }
}
