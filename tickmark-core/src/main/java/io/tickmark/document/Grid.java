package io.tickmark.document;

import java.util.List;

/**
 * A sheet of cells as read from a workbook or a CSV file, before layout: its name and its visible rows.
 * {@code number} of a row is 1-based as a spreadsheet shows it; a cell's {@code column} is 0-based.
 */
record Grid(String name, List<Row> rows) {
    Grid {
        rows = List.copyOf(rows);
    }

    /** A visible row with at least one non-empty cell. */
    record Row(int number, List<Cell> cells) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A non-empty cell: its text as it will be printed ("1,234", "(56)", "December 31, 2024"), whether it is an
     * amount (a number, not a date), its weight and indentation in points.
     */
    record Cell(int column, String text, boolean amount, boolean bold, float indent) {
    }
}
