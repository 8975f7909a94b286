package io.tickmark.output;

import io.tickmark.check.CheckResult;
import io.tickmark.spread.Spread;
import io.tickmark.spread.StatementSpread;
import io.tickmark.statement.StatementType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An Excel workbook an analyst can compute with: a sheet per statement (per document and statement
 * when there are several documents), a "Checks" sheet, and a "Warnings" sheet when there are any.
 */
final class XlsxWriter implements SpreadWriter {
    static final String CHECKS = "Checks";
    static final String WARNINGS = "Warnings";
    private static final int MAX_SHEET_NAME = 31;
    private static final List<String> CHECK_COLUMNS =
            List.of("Document", "Check", "Rule", "Period", "Status", "Left", "Right", "Difference", "Concepts", "Message");

    @Override
    public void write(List<Spread> spreads, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            Set<String> used = new HashSet<>(Set.of(CHECKS.toLowerCase(Locale.ROOT), WARNINGS.toLowerCase(Locale.ROOT)));
            for (Spread spread : spreads) {
                for (StatementSpread statement : spread.statements()) {
                    Sheet sheet = workbook.createSheet(uniqueName(sheetName(spread, statement, spreads.size() > 1), used));
                    new StatementSheet(sheet, styles).write(spread.document(), statement);
                }
            }
            writeChecks(workbook.createSheet(CHECKS), spreads, styles);
            if (spreads.stream().anyMatch(s -> !s.warnings().isEmpty())) writeWarnings(workbook.createSheet(WARNINGS), spreads, styles);
            workbook.write(out);
        }
        out.flush();
    }

    /** "Balance sheet" for one document; "3M_2018_10K BS" (file name and statement) for several. */
    static String sheetName(Spread spread, StatementSpread statement, boolean severalDocuments) {
        StatementType type = statement.type();
        String title = type == null ? "Statement" : type.title();
        if (!severalDocuments) return title;
        String stem = spread.document().fileName().replaceFirst("\\.[^.]+$", "");
        String abbreviation = type == null ? "ST" : switch (type) {
            case BALANCE_SHEET -> "BS";
            case INCOME_STATEMENT -> "IS";
            case CASH_FLOW -> "CF";
        };
        return stem.substring(0, Math.min(stem.length(), MAX_SHEET_NAME - 8)) + " " + abbreviation;
    }

    /** A valid sheet name not yet used (Excel compares sheet names ignoring case). */
    private static String uniqueName(String wanted, Set<String> used) {
        String safe = WorkbookUtil.createSafeSheetName(wanted);
        String name = safe;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static void writeChecks(Sheet sheet, List<Spread> spreads, XlsxStyles styles) {
        ColumnWidths widths = new ColumnWidths();
        headerRow(sheet, CHECK_COLUMNS, styles, widths);
        int rowIndex = 1;
        for (Spread spread : spreads) {
            for (CheckResult check : spread.checks()) {
                writeCheck(sheet.createRow(rowIndex++), spread.document().fileName(), check, styles, widths);
            }
        }
        finish(sheet, CHECK_COLUMNS.size(), rowIndex, widths);
    }

    private static void writeCheck(Row row, String document, CheckResult check, XlsxStyles styles, ColumnWidths widths) {
        text(row, 0, document, widths);
        text(row, 1, check.name(), widths);
        text(row, 2, check.rule(), widths);
        text(row, 3, check.period() == null ? null : check.period().label(), widths);
        Cell status = text(row, 4, check.status().name(), widths);
        if (check.failed()) status.setCellStyle(styles.failed());
        number(row, 5, check.left(), styles, widths);
        number(row, 6, check.right(), styles, widths);
        if (check.left() != null && check.right() != null) number(row, 7, check.left().subtract(check.right()), styles, widths);
        text(row, 8, String.join(", ", check.concepts()), widths);
        text(row, 9, check.message(), widths);
    }

    private static void writeWarnings(Sheet sheet, List<Spread> spreads, XlsxStyles styles) {
        ColumnWidths widths = new ColumnWidths();
        headerRow(sheet, List.of("Document", "Warning"), styles, widths);
        int rowIndex = 1;
        for (Spread spread : spreads) {
            for (String warning : spread.warnings()) {
                Row row = sheet.createRow(rowIndex++);
                text(row, 0, spread.document().fileName(), widths);
                text(row, 1, warning, widths);
            }
        }
        finish(sheet, 2, rowIndex, widths);
    }

    private static void headerRow(Sheet sheet, List<String> names, XlsxStyles styles, ColumnWidths widths) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) text(row, c, names.get(c), widths).setCellStyle(styles.bold());
    }

    private static void finish(Sheet sheet, int columns, int rows, ColumnWidths widths) {
        sheet.createFreezePane(0, 1);
        if (rows > 1) sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, columns - 1));
        widths.apply(sheet);
    }

    private static Cell text(Row row, int column, String value, ColumnWidths widths) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            widths.fit(column, value);
        }
        return cell;
    }

    private static void number(Row row, int column, BigDecimal value, XlsxStyles styles, ColumnWidths widths) {
        if (value == null) return;
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.value(XlsxStyles.WHOLE_UNITS, false));
        widths.fit(column, Display.amount(value) + "  ");
    }
}
