package io.tickmark.grid;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The grid workbook: numbers as numbers, every answer's citations in its comment and a link to its evidence row; templates. */
class GridXlsxTest {

    private static GridResult grid() {
        GridCompany acme = new GridCompany("Acme", List.of("Acme"), List.of("ACME CORP"), List.of(), null);
        GridCompany tern = new GridCompany("Tern", List.of("Tern"), List.of(), List.of(), "no company named Tern in the store or the search index");
        GridQuestion capex = new GridQuestion("capex", GridQuestion.Kind.METRIC_NAME, "capital_expenditure", null);
        GridQuestion china = new GridQuestion("Does the company have operations in China?", GridQuestion.Kind.YES_NO, null, null);
        Evidence fact = new Evidence(null, "acme-10k.pdf", "a".repeat(64), 41, 12, "CASH_FLOW · capital_expenditure FY2023",
                "Purchases of property and equipment: (1,577)", null, LocalDate.of(2024, 2, 20));
        Evidence passage = new Evidence(null, "acme-10k.pdf", "a".repeat(64), 7, null, "Item 1. Business",
                "We have plants in China.", "We sell worldwide. We have plants in China.", LocalDate.of(2024, 2, 20));
        CellAnswer[] raw = {
                new CellAnswer("Acme", "capex", GridQuestion.Kind.METRIC_NAME, CellAnswer.Status.ANSWERED, "1,577 million",
                        new BigDecimal("1577"), "USD million", "FY2023", LocalDate.of(2024, 2, 20), CellAnswer.Confidence.HIGH, true,
                        List.of(fact), List.of()),
                new CellAnswer("Acme", china.text(), GridQuestion.Kind.YES_NO, CellAnswer.Status.YES, "yes", null, null,
                        "period ended 2023-12-31", LocalDate.of(2024, 2, 20), CellAnswer.Confidence.MEDIUM, false, List.of(passage), List.of()),
                new CellAnswer("Tern", "capex", GridQuestion.Kind.METRIC_NAME, CellAnswer.Status.UNKNOWN_COMPANY, "unknown company",
                        null, null, null, null, null, false, List.of(), List.of(tern.problem())),
                null};
        return GridResult.of(List.of(acme, tern), List.of(capex, china), raw, PointInTime.latest());
    }

    private static Workbook written(GridResult grid) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GridXlsx.write(grid, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void each_answer_carries_its_citations_period_date_and_confidence_and_links_to_its_evidence_row() throws Exception {
        try (Workbook wb = written(grid())) {
            Sheet sheet = wb.getSheet(GridXlsx.GRID);
            Cell capex = sheet.getRow(1).getCell(1);
            assertThat(capex.getNumericCellValue()).isEqualTo(1577.0);
            String comment = capex.getCellComment().getString().getString();
            assertThat(comment).contains("FY2023", "document dated 2024-02-20", "confidence high", "STALE", "E1 acme-10k.pdf p.41 l.12");
            assertThat(capex.getHyperlink().getAddress()).isEqualTo("'Evidence'!A2");

            Cell yes = sheet.getRow(1).getCell(2);
            assertThat(yes.getStringCellValue()).isEqualTo("yes");
            assertThat(yes.getHyperlink().getAddress()).isEqualTo("'Evidence'!A3");
            Row evidence = wb.getSheet(GridXlsx.EVIDENCE).getRow(2);
            assertThat(evidence.getCell(0).getStringCellValue()).isEqualTo("E2");
            assertThat(evidence.getCell(4).getNumericCellValue()).isEqualTo(7.0);
            assertThat(evidence.getCell(7).getStringCellValue()).isEqualTo("We have plants in China.");

            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("unknown company");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).contains("not answered");
            Sheet notes = wb.getSheet(GridXlsx.NOTES);
            assertThat(notes.getRow(0).getCell(0).getStringCellValue()).contains("Tern");
            assertThat(notes.getRow(1).getCell(0).getStringCellValue()).contains("partial grid: 3 of 4");
        }
    }

    @Test
    void a_template_is_filled_in_place_keeping_what_else_it_holds() throws Exception {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Research");
            s.createRow(0).createCell(1).setCellValue("capex");
            s.getRow(0).createCell(2).setCellValue("Does the company have operations in China?");
            s.getRow(0).createCell(5).setCellValue("my own note");
            s.createRow(1).createCell(0).setCellValue("Acme");
            s.createRow(3).createCell(0).setCellValue("Tern");
            GridTemplate t = GridTemplate.read(wb, "t.xlsx");
            assertThat(t.companies()).containsExactly("Acme", "Tern");
            assertThat(t.rows()).containsExactly(1, 3);
            assertThat(t.questions()).containsExactly("capex", "Does the company have operations in China?", "my own note");
            GridResult g = grid();
            GridTemplate two = new GridTemplate(t.companies(), t.rows(), t.questions().subList(0, 2), t.columns().subList(0, 2));

            GridXlsx.fill(wb, two, g);

            assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1577.0);
            assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("unknown company");
            assertThat(s.getRow(0).getCell(5).getStringCellValue()).isEqualTo("my own note");
            assertThat(wb.getSheet(GridXlsx.EVIDENCE)).isNotNull();
        }
    }

    @Test
    void a_template_with_merged_cells_or_formulas_in_the_answer_area_is_refused_by_cell() throws Exception {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Research");
            s.createRow(0).createCell(1).setCellValue("capex");
            s.getRow(0).createCell(2).setCellValue("revenue");
            s.createRow(1).createCell(0).setCellValue("Acme");
            s.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));
            assertThatThrownBy(() -> GridTemplate.read(wb, "t.xlsx")).hasMessageContaining("t.xlsx: merged cells B2:C2");
        }
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Research");
            s.createRow(0).createCell(1).setCellValue("capex");
            s.createRow(1).createCell(0).setCellValue("Acme");
            s.getRow(1).createCell(1).setCellFormula("1+1");
            assertThatThrownBy(() -> GridTemplate.read(wb, "t.xlsx")).hasMessageContaining("t.xlsx: B2 holds a formula (=1+1)");
        }
    }

    @Test
    void csv_has_one_row_per_answered_cell_with_its_citations() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GridCsv.write(grid(), out);
        List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("Acme,capex,metric_name,answered,\"1,577 million\",1577,USD million,FY2023,2024-02-20,high,stale,acme-10k.pdf p.41 l.12,E1");
    }
}
