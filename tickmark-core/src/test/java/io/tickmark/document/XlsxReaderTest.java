package io.tickmark.document;

import io.tickmark.Tickmark;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.spread.Spread;
import io.tickmark.statement.StatementType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxReaderTest {
    private static final Period END_2024 = Period.instant(LocalDate.of(2024, 12, 31));
    private static final Period END_2023 = Period.instant(LocalDate.of(2023, 12, 31));
    private static final Period YEAR_2024 = Period.duration(LocalDate.of(2024, 12, 31), 12);

    @TempDir
    Path dir;

    /** Writes a statement on a sheet from {@code first}: title, scale, a header of Excel dates, then its rows. */
    static int writeStatement(XSSFWorkbook wb, Sheet sheet, int first, String title, List<StatementRows.Row> rows, boolean dates) {
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("mmm d, yyyy"));
        int r = first;
        sheet.createRow(r++).createCell(0).setCellValue(title);
        sheet.createRow(r++).createCell(0).setCellValue("(in millions, except per share amounts)");
        Row header = sheet.createRow(r++);
        if (dates) {
            for (int k = 0; k < 2; k++) {
                Cell c = header.createCell(1 + k);
                c.setCellValue(LocalDate.of(2024 - k, 12, 31));
                c.setCellStyle(dateStyle);
            }
        } else {
            header.createCell(0).setCellValue("Year ended December 31,");
            header.createCell(1).setCellValue(2024);
            header.createCell(2).setCellValue(2023);
        }
        for (StatementRows.Row row : rows) {
            Row xl = sheet.createRow(r++);
            xl.createCell(0).setCellValue("  ".repeat(row.level()) + row.label());
            if (row.y2024() != null) xl.createCell(1).setCellValue(row.y2024());
            if (row.y2023() != null) xl.createCell(2).setCellValue(row.y2023());
        }
        return r;
    }

    private Path save(XSSFWorkbook wb, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); wb) {
            wb.write(out);
        }
        return file;
    }

    private Path twoSheets() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        writeStatement(wb, wb.createSheet("Balance sheet"), 0, StatementRows.BALANCE_SHEET, StatementRows.BALANCE, true);
        writeStatement(wb, wb.createSheet("Income"), 0, StatementRows.INCOME_STATEMENT, StatementRows.INCOME, false);
        return save(wb, "statements.xlsx");
    }

    @Test
    void spreads_a_balance_sheet_written_by_poi_with_periods_from_excel_dates() throws IOException {
        Spread spread = Tickmark.spread(twoSheets());

        assertThat(spread.statement(StatementType.BALANCE_SHEET).orElseThrow().periods()).containsExactly(END_2024, END_2023);
        assertThat(value(spread, "total_assets", END_2024).value()).isEqualByComparingTo("5500000000");
        assertThat(value(spread, "cash", END_2023).value()).isEqualByComparingTo("1000000000");
        assertThat(value(spread, "aoci", END_2024).value()).isEqualByComparingTo("-400000000");
    }

    @Test
    void spreads_an_income_statement_with_year_headers_from_the_second_sheet() throws IOException {
        Spread spread = Tickmark.spread(twoSheets());

        Fact netIncome = value(spread, "net_income", YEAR_2024);
        assertThat(netIncome.value()).isEqualByComparingTo("1500000000");
        assertThat(netIncome.source().page()).isEqualTo(2);
        assertThat(netIncome.source().rawValue()).isEqualTo("1,500");
    }

    @Test
    void ticks_each_value_to_its_sheet_and_row() throws IOException {
        Spread spread = Tickmark.spread(twoSheets());

        Fact totalAssets = value(spread, "total_assets", END_2024);
        int row = 3 + StatementRows.BALANCE.indexOf(StatementRows.BALANCE.stream().filter(r -> r.label().equals("Total assets")).findFirst().orElseThrow()) + 1;
        assertThat(totalAssets.source().page()).isEqualTo(1);
        assertThat(totalAssets.source().top() / 12f).isEqualTo((float) row);
        assertThat(totalAssets.source().rawLabel()).isEqualTo("Total assets");
    }

    private static Fact value(Spread spread, String concept, Period period) {
        return spread.facts().stream().filter(f -> concept.equals(f.concept()) && f.period().sameAs(period)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + concept + " for " + period + "; warnings " + spread.warnings()));
    }
}
