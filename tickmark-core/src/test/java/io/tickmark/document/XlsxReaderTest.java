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
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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

    @Test
    void anchors_every_value_to_the_workbook_cell_that_holds_it() throws IOException {
        Path file = twoSheets();
        Spread spread = Tickmark.spread(file);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(spread.facts()).isNotEmpty().allSatisfy(f -> {
                assertThat(f.source().box()).isNull();
                org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(f.source().anchor());
                Cell cell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
                assertThat(cell.getNumericCellValue()).as(f.source().anchor() + " holds " + f.source().rawValue())
                        .isEqualTo(Double.parseDouble(f.source().rawValue().replaceAll("[,)$ ]", "").replace('(', '-')));
            });
        }
        assertThat(value(spread, "total_assets", END_2024).source().anchor()).startsWith("'Balance sheet'!");
    }

    @Test
    void reads_formulas_as_their_cached_values_never_evaluating_them() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("BS");
        writeStatement(wb, sheet, 0, StatementRows.BALANCE_SHEET, StatementRows.BALANCE, true);
        Cell total = find(sheet, "Total assets").getCell(1);
        total.setCellFormula("1+1");
        total.setCellValue(5500);

        Spread spread = Tickmark.spread(save(wb, "cached.xlsx"));

        assertThat(value(spread, "total_assets", END_2024).value()).isEqualByComparingTo("5500000000");
    }

    @Test
    void a_formula_error_is_no_value_and_a_warning_naming_the_cell() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("BS");
        writeStatement(wb, sheet, 0, StatementRows.BALANCE_SHEET, StatementRows.BALANCE, true);
        Row inventories = find(sheet, "Inventories");
        inventories.getCell(1).setCellFormula("B1/0");
        inventories.getCell(1).setCellErrorValue(FormulaError.DIV0.getCode());

        Spread spread = Tickmark.spread(save(wb, "errors.xlsx"));

        assertThat(spread.facts()).noneMatch(f -> "inventory".equals(f.concept()) && f.period().sameAs(END_2024));
        assertThat(value(spread, "inventory", END_2023).value()).isEqualByComparingTo("450000000");
        assertThat(spread.warnings()).anyMatch(w -> w.contains("#DIV/0!") && w.contains("B" + (inventories.getRowNum() + 1)) && w.contains("'BS'"));
    }

    @Test
    void skips_hidden_sheets_and_hidden_rows() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet decoy = wb.createSheet("Old draft");
        writeStatement(wb, decoy, 0, StatementRows.BALANCE_SHEET, StatementRows.BALANCE, true);
        find(decoy, "Total assets").getCell(1).setCellValue(7777);
        wb.setSheetHidden(0, true);
        Sheet sheet = wb.createSheet("BS");
        int next = writeStatement(wb, sheet, 0, StatementRows.BALANCE_SHEET, StatementRows.BALANCE, true);
        Row hidden = sheet.createRow(next);
        hidden.createCell(0).setCellValue("Hidden restatement row");
        hidden.createCell(1).setCellValue(999);
        hidden.setZeroHeight(true);

        Path file = save(wb, "hidden.xlsx");
        Document doc = Tickmark.read(file);
        Spread spread = Tickmark.spread(file);

        assertThat(doc.pages()).hasSize(1);
        assertThat(doc.page(1).text()).doesNotContain("7,777").doesNotContain("Hidden restatement row").doesNotContain("999");
        assertThat(value(spread, "total_assets", END_2024).value()).isEqualByComparingTo("5500000000");
    }

    @Test
    void reads_merged_title_and_header_cells_from_their_first_cell() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("IS");
        writeStatement(wb, sheet, 0, StatementRows.INCOME_STATEMENT, StatementRows.INCOME, false);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));

        Spread spread = Tickmark.spread(save(wb, "merged.xlsx"));

        assertThat(value(spread, "revenue", YEAR_2024).value()).isEqualByComparingTo("9000000000");
        assertThat(value(spread, "eps_diluted", YEAR_2024).value()).isEqualByComparingTo("1.25");
    }

    @Test
    void one_long_sheet_of_two_statements_gives_a_page_per_statement() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Statements");
        int next = writeStatement(wb, sheet, 0, StatementRows.BALANCE_SHEET, StatementRows.BALANCE, true);
        writeStatement(wb, sheet, next + 2, StatementRows.INCOME_STATEMENT, StatementRows.INCOME, false);

        Path file = save(wb, "long.xlsx");
        Document doc = Tickmark.read(file);
        Spread spread = Tickmark.spread(file);

        assertThat(doc.pages()).hasSize(2);
        assertThat(doc.page(2).lines().get(0).text()).isEqualTo(StatementRows.INCOME_STATEMENT);
        assertThat(spread.statement(StatementType.BALANCE_SHEET).orElseThrow().pages()).containsExactly(1);
        assertThat(spread.statement(StatementType.INCOME_STATEMENT).orElseThrow().pages()).containsExactly(2);
        assertThat(value(spread, "net_income", YEAR_2024).source().top() / 12f).isEqualTo((float) (next + 2 + 3 + 8 + 1));
    }

    @Test
    void refuses_a_zip_bomb_disguised_as_a_workbook_naming_the_file() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            entry(zip, "xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) zip.write(zeros);
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(1 << 20);

        assertThatThrownBy(() -> Tickmark.read(file)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("bomb.xlsx").hasMessageContaining("zip bomb");
    }

    @Test
    void refuses_a_corrupt_workbook_naming_the_file() throws IOException {
        Path file = dir.resolve("corrupt.xlsx");
        byte[] good = Files.readAllBytes(twoSheets());
        Files.write(file, java.util.Arrays.copyOf(good, good.length / 3));

        assertThatThrownBy(() -> Tickmark.read(file)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("corrupt.xlsx").hasMessageContaining("not a readable XLSX workbook");
    }

    @Test
    void refuses_an_encrypted_workbook_saying_so() throws Exception {
        Path plain = twoSheets();
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> Tickmark.read(file)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("locked.xlsx").hasMessageContaining("encrypted");
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static Row find(Sheet sheet, String label) {
        for (Row r : sheet) if (r.getCell(0) != null && r.getCell(0).getStringCellValue().strip().equals(label)) return r;
        throw new AssertionError("no row " + label);
    }

    private static Fact value(Spread spread, String concept, Period period) {
        return spread.facts().stream().filter(f -> concept.equals(f.concept()) && f.period().sameAs(period)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + concept + " for " + period + "; warnings " + spread.warnings()));
    }
}
