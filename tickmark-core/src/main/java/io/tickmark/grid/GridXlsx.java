package io.tickmark.grid;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A grid as an Excel workbook: the Grid sheet (companies down, questions across; each answer with an Excel comment
 * giving its citations, fiscal period, document date and confidence, and a link to its first evidence row; stale
 * cells shaded), the Evidence sheet (every passage and ticked fact cited, by id), a Cells sheet (one row per cell,
 * for filters and pivots) and a Notes sheet. {@link #fill} writes the answers into a template workbook in place.
 */
public final class GridXlsx {
    public static final String GRID = "Grid";
    public static final String EVIDENCE = "Evidence";
    public static final String CELLS = "Cells";
    public static final String NOTES = "Notes";
    private static final int MAX_TEXT = 32_000;
    private static final List<String> EVIDENCE_COLUMNS = List.of("id", "company", "question", "document", "page", "line", "section",
            "quote", "passage", "document date");
    private static final List<String> CELL_COLUMNS = List.of("company", "question", "kind", "status", "answer", "value", "unit",
            "period", "document date", "confidence", "stale", "citations", "evidence", "notes");

    private GridXlsx() {
    }

    /** Writes a new workbook of the grid. */
    public static void write(GridResult grid, OutputStream out) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(GRID);
            Styles styles = new Styles(wb);
            Row header = sheet.createRow(0);
            text(header, 0, "Company", styles.header);
            for (int c = 0; c < grid.questions().size(); c++) text(header, c + 1, grid.questions().get(c).text(), styles.header);
            Map<String, Integer> evidenceRows = evidenceRows(grid);
            for (int r = 0; r < grid.companies().size(); r++) {
                Row row = sheet.createRow(r + 1);
                text(row, 0, grid.companies().get(r).asked(), null);
                for (int c = 0; c < grid.questions().size(); c++) {
                    answer(sheet, row, c + 1, grid.cell(r, c), styles, evidenceRows);
                }
            }
            sheet.createFreezePane(1, 1);
            sheet.setColumnWidth(0, 30 * 256);
            for (int c = 1; c <= grid.questions().size(); c++) sheet.setColumnWidth(c, 28 * 256);
            writeSheets(wb, grid, styles);
            wb.write(out);
        }
    }

    /**
     * Fills a template's first sheet in place: row r+1 is company r, column c+1 is question c, as
     * {@link GridTemplate#read} found them; the other sheets of the grid replace any of the same name.
     */
    public static void fill(Workbook wb, GridTemplate template, GridResult grid) {
        Sheet sheet = wb.getSheetAt(0);
        Styles styles = new Styles(wb);
        Map<String, Integer> evidenceRows = evidenceRows(grid);
        for (int r = 0; r < grid.companies().size(); r++) {
            int sheetRow = template.rows().get(r);
            Row row = sheet.getRow(sheetRow) == null ? sheet.createRow(sheetRow) : sheet.getRow(sheetRow);
            for (int c = 0; c < grid.questions().size(); c++) {
                answer(sheet, row, template.columns().get(c), grid.cell(r, c), styles, evidenceRows);
            }
        }
        writeSheets(wb, grid, styles);
    }

    private static void writeSheets(Workbook wb, GridResult grid, Styles styles) {
        for (String name : List.of(EVIDENCE, CELLS, NOTES)) {
            int i = wb.getSheetIndex(name);
            if (i >= 0) wb.removeSheetAt(i);
        }
        evidence(wb.createSheet(EVIDENCE), grid, styles);
        cells(wb.createSheet(CELLS), grid, styles);
        Sheet notes = wb.createSheet(NOTES);
        List<String> lines = new ArrayList<>(grid.notes());
        if (lines.isEmpty()) lines.add("every cell answered");
        for (int i = 0; i < lines.size(); i++) text(notes.createRow(i), 0, lines.get(i), null);
        notes.setColumnWidth(0, 120 * 256);
    }

    private static Map<String, Integer> evidenceRows(GridResult grid) {
        Map<String, Integer> rows = new HashMap<>();
        for (int i = 0; i < grid.evidence().size(); i++) rows.put(grid.evidence().get(i).id(), i + 2);
        return rows;
    }

    private static void answer(Sheet sheet, Row row, int column, CellAnswer a, Styles styles, Map<String, Integer> evidenceRows) {
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.removeCellComment();
        cell.removeHyperlink();
        if (a == null) {
            cell.setCellValue("(not answered: interrupted)");
            cell.setCellStyle(styles.muted);
            return;
        }
        if (a.value() != null) {
            cell.setCellValue(a.value().doubleValue());
            cell.setCellStyle(a.stale() ? styles.staleNumber : styles.number);
        } else {
            cell.setCellValue(clip(a.display()));
            cell.setCellStyle(a.stale() ? styles.stale : a.answered() ? null : styles.muted);
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        CreationHelper helper = sheet.getWorkbook().getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 4);
        anchor.setRow1(row.getRowNum());
        anchor.setRow2(row.getRowNum() + 8);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(clip(comment(a))));
        comment.setAuthor("Tickmark");
        cell.setCellComment(comment);
        if (!a.evidence().isEmpty() && evidenceRows.containsKey(a.evidence().get(0).id())) {
            Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + EVIDENCE + "'!A" + evidenceRows.get(a.evidence().get(0).id()));
            cell.setHyperlink(link);
        }
    }

    /** The comment of a cell: answer, status, period, document date, confidence, stale, citations, notes. */
    static String comment(CellAnswer a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.display()).append('\n').append(a.status().name().toLowerCase().replace('_', ' '));
        if (a.period() != null) sb.append(" · ").append(a.period());
        if (a.documentDate() != null) sb.append(" · document dated ").append(a.documentDate());
        sb.append(" · confidence ").append(a.confidence().name().toLowerCase());
        if (a.stale()) sb.append(" · STALE");
        for (Evidence e : a.evidence()) {
            sb.append("\n✓ ").append(e.id()).append(' ').append(e.cite()).append(": ").append(shorten(e.quote(), 200));
        }
        for (String n : a.notes()) sb.append("\n").append(shorten(n, 300));
        return sb.toString();
    }

    private static void evidence(Sheet sheet, GridResult grid, Styles styles) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < EVIDENCE_COLUMNS.size(); i++) text(header, i, EVIDENCE_COLUMNS.get(i), styles.header);
        int r = 1;
        for (int row = 0; row < grid.companies().size(); row++) {
            for (int col = 0; col < grid.questions().size(); col++) {
                CellAnswer a = grid.cell(row, col);
                if (a == null) continue;
                for (Evidence e : a.evidence()) {
                    Row x = sheet.createRow(r++);
                    text(x, 0, e.id(), null);
                    text(x, 1, a.company(), null);
                    text(x, 2, a.question(), null);
                    text(x, 3, e.document(), null);
                    x.createCell(4).setCellValue(e.page());
                    if (e.line() != null) x.createCell(5).setCellValue(e.line());
                    text(x, 6, e.section(), null);
                    text(x, 7, e.quote(), null);
                    text(x, 8, e.text(), null);
                    text(x, 9, e.documentDate() == null ? "" : e.documentDate().toString(), null);
                }
            }
        }
        sheet.createFreezePane(1, 1);
        int[] widths = {6, 24, 36, 30, 6, 6, 30, 60, 80, 12};
        for (int i = 0; i < widths.length; i++) sheet.setColumnWidth(i, widths[i] * 256);
    }

    private static void cells(Sheet sheet, GridResult grid, Styles styles) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < CELL_COLUMNS.size(); i++) text(header, i, CELL_COLUMNS.get(i), styles.header);
        int r = 1;
        for (List<String> values : GridCsv.rows(grid)) {
            Row x = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) text(x, i, values.get(i), null);
        }
        sheet.createFreezePane(2, 1);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(clip(value == null ? "" : value));
        if (style != null) c.setCellStyle(style);
    }

    private static String clip(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "…";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The few styles of a grid workbook, made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle number;
        final CellStyle staleNumber;
        final CellStyle stale;
        final CellStyle muted;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.00##"));
            staleNumber = wb.createCellStyle();
            staleNumber.cloneStyleFrom(number);
            shade(staleNumber);
            stale = wb.createCellStyle();
            shade(stale);
            Font grey = wb.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            muted = wb.createCellStyle();
            muted.setFont(grey);
        }

        private static void shade(CellStyle s) {
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
