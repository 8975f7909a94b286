package io.tickmark.grid;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * A template workbook's grid: on its first sheet, companies down the first column (from the second row) and
 * questions across the first row (from the second column). Blank rows and columns are skipped. The answer area
 * (the companies' rows × the questions' columns) must hold no merged cells and no formulas: Tickmark writes
 * there and would break them.
 *
 * @param companies the companies in sheet order
 * @param rows      the 0-based sheet row of each company
 * @param questions the questions in sheet order
 * @param columns   the 0-based sheet column of each question
 */
public record GridTemplate(List<String> companies, List<Integer> rows, List<String> questions, List<Integer> columns) {

    public GridTemplate {
        companies = List.copyOf(companies);
        rows = List.copyOf(rows);
        questions = List.copyOf(questions);
        columns = List.copyOf(columns);
    }

    /**
     * Reads the template's grid.
     *
     * @throws IllegalArgumentException naming the file and the cell when the template cannot be filled
     */
    public static GridTemplate read(Workbook wb, String fileName) {
        if (wb.getNumberOfSheets() == 0) throw new IllegalArgumentException(fileName + ": the workbook has no sheet");
        Sheet sheet = wb.getSheetAt(0);
        DataFormatter format = new DataFormatter();
        Row header = sheet.getRow(0);
        if (header == null) throw new IllegalArgumentException(fileName + ": the first row is empty; put the questions across it (from B1)");
        List<String> questions = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int c = 1; c < Math.max(1, header.getLastCellNum()); c++) {
            Cell cell = header.getCell(c);
            if (cell == null) continue;
            if (cell.getCellType() == CellType.FORMULA) {
                throw new IllegalArgumentException(fileName + ": the question in " + new CellAddress(cell) + " is a formula; type the question as text");
            }
            String q = format.formatCellValue(cell).strip();
            if (q.isEmpty()) continue;
            if (q.length() > GridQuestion.MAX_LENGTH) {
                throw new IllegalArgumentException(fileName + ": the question in " + new CellAddress(cell) + " is " + q.length()
                        + " characters long (at most " + GridQuestion.MAX_LENGTH + ")");
            }
            questions.add(q);
            columns.add(c);
        }
        List<String> companies = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(0);
            if (cell == null) continue;
            String name = format.formatCellValue(cell).strip();
            if (cell.getCellType() == CellType.FORMULA) {
                throw new IllegalArgumentException(fileName + ": the company in " + new CellAddress(cell) + " is a formula; type the name as text");
            }
            if (name.isEmpty()) continue;
            companies.add(name);
            rows.add(r);
        }
        if (questions.isEmpty()) throw new IllegalArgumentException(fileName + ": no question in the first row (from B1) of sheet '" + sheet.getSheetName() + "'");
        if (companies.isEmpty()) throw new IllegalArgumentException(fileName + ": no company in the first column (from A2) of sheet '" + sheet.getSheetName() + "'");
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            for (int r : rows) {
                for (int c : columns) {
                    if (merged.isInRange(r, c)) {
                        throw new IllegalArgumentException(fileName + ": merged cells " + merged.formatAsString()
                                + " lie in the answer area; unmerge them so each company × question has its own cell");
                    }
                }
            }
        }
        for (int r : rows) {
            Row row = sheet.getRow(r);
            for (int c : columns) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.FORMULA) {
                    throw new IllegalArgumentException(fileName + ": " + new CellAddress(cell) + " holds a formula (=" + cell.getCellFormula()
                            + ") in the answer area; Tickmark would overwrite it: clear it or move it outside the grid");
                }
            }
        }
        return new GridTemplate(companies, rows, questions, columns);
    }
}
