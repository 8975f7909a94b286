package io.tickmark.app;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The grid command over the demo's sample 10-K: workbooks written whole, templates filled in place, bad input said in one line. */
class GridCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void demo() {
        Cli.run("demo", "--data-dir", dir.toString());
    }

    @Test
    void writes_a_workbook_and_lists_an_unknown_company_while_filling_the_rest() throws Exception {
        Path out = dir.resolve("grid.xlsx");

        Cli.Run run = Cli.run("grid", "--data-dir", dir.toString(), "-c", "Northwind Instruments,Larkspur Systems",
                "-q", "capex", "-q", "Does the company pay a dividend?", "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("4 cells in", "unknown company: no company named Larkspur Systems", "tickmark index");
        try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
            Sheet grid = wb.getSheet("Grid");
            assertThat(grid.getRow(1).getCell(1).getNumericCellValue()).isPositive();
            assertThat(grid.getRow(1).getCell(1).getCellComment().getString().getString()).contains("northwind-10k.pdf p.");
            assertThat(grid.getRow(2).getCell(1).getStringCellValue()).isEqualTo("unknown company");
            assertThat(wb.getSheet("Evidence").getRow(1).getCell(3).getStringCellValue()).isEqualTo("northwind-10k.pdf");
        }
    }

    @Test
    void fills_a_template_workbook_in_place() throws Exception {
        Path template = dir.resolve("template.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(template)) {
            Sheet s = wb.createSheet("Mine");
            s.createRow(0).createCell(1).setCellValue("revenue");
            s.createRow(1).createCell(0).setCellValue("Northwind Instruments");
            wb.write(out);
        }

        Cli.Run run = Cli.run("grid", "--data-dir", dir.toString(), template.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(template); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Mine");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isPositive();
        }
    }

    @Test
    void a_template_with_a_formula_in_the_answer_area_is_refused_in_one_line_and_left_as_it_was() throws Exception {
        Path template = dir.resolve("template.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(template)) {
            Sheet s = wb.createSheet("Mine");
            s.createRow(0).createCell(1).setCellValue("revenue");
            s.createRow(1).createCell(0).setCellValue("Northwind Instruments");
            s.getRow(1).createCell(1).setCellFormula("2*3");
            wb.write(out);
        }
        byte[] before = Files.readAllBytes(template);

        Cli.Run run = Cli.run("grid", "--data-dir", dir.toString(), template.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("template.xlsx: B2 holds a formula");
        assertThat(Files.readAllBytes(template)).isEqualTo(before);
    }

    @Test
    void csv_to_standard_output_with_the_citations() {
        Cli.Run run = Cli.run("grid", "--data-dir", dir.toString(), "-c", "Northwind Instruments", "-q", "net income");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("company,question,kind,status,answer").contains("Northwind Instruments,net income,metric_name,answered");
        assertThat(run.out()).contains("northwind-10k.pdf p.");
    }

    @Test
    void no_questions_is_a_one_line_error() {
        Cli.Run run = Cli.run("grid", "--data-dir", dir.toString(), "-c", "Northwind Instruments");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("no questions");
    }

    @Test
    void stale_after_reads_days_months_years_and_iso_periods() {
        assertThat(GridCommand.period("400d")).isEqualTo(Period.ofDays(400));
        assertThat(GridCommand.period("400")).isEqualTo(Period.ofDays(400));
        assertThat(GridCommand.period("18m")).isEqualTo(Period.ofMonths(18));
        assertThat(GridCommand.period("2 years")).isEqualTo(Period.ofYears(2));
        assertThat(GridCommand.period("P1Y")).isEqualTo(Period.ofYears(1));
        assertThatThrownBy(() -> GridCommand.period("soon")).hasMessageContaining("--stale-after soon");
    }
}
