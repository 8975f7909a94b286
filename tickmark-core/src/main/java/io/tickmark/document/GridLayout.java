package io.tickmark.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Lays a sheet of cells out as pages of positioned lines, as {@link HtmlTable} lays out an HTML table, so that
 * the statement pipeline written for PDFs reads a workbook or a CSV file unchanged: the first text cell of a
 * row is its label at the left margin plus its indentation, amounts are right-aligned at {@code 400 + 100 * k}
 * for the k-th column holding amounts, and header text (years, dates, "Year ended") is centred over its
 * column. A title row naming a statement starts a new page once the page holds amounts, so one long sheet of
 * several statements gives a page per statement. A line's {@code top} is {@code 12 * row number}, so the
 * spreadsheet row of every tick mark is {@code top / 12}; a sheet with no title row gets its name as a first
 * line at the top (row 0).
 */
final class GridLayout {
    private static final float FIRST_VALUE_X = HtmlTable.FIRST_VALUE_X;
    private static final float VALUE_STEP = HtmlTable.VALUE_STEP;
    private static final float LINE_HEIGHT = HtmlLayout.LINE_HEIGHT;
    private static final float FONT_SIZE = HtmlLayout.FONT_SIZE;
    private static final float CHAR_WIDTH = HtmlLayout.CHAR_WIDTH;

    private final List<Integer> valueColumns;
    private final String sheet;

    private GridLayout(List<Grid.Row> rows, String sheet) {
        this.sheet = sheet;
        TreeSet<Integer> columns = new TreeSet<>();
        for (Grid.Row r : rows) {
            if (yearRow(r)) continue;
            for (Grid.Cell c : r.cells()) if (c.amount()) columns.add(c.column());
        }
        this.valueColumns = List.copyOf(columns);
    }

    /**
     * The sheet's pages, numbered from {@code firstPage}; empty when the sheet has no rows. Amounts carry their
     * cell as anchor in Excel's notation, {@code "'Balance Sheet'!C12"} for a workbook sheet ({@code workbook}), {@code "C12"} for a CSV file.
     */
    static List<Page> pages(Grid grid, int firstPage, boolean workbook) {
        List<List<Grid.Row>> blocks = blocks(grid.rows());
        boolean titled = grid.rows().stream().anyMatch(GridLayout::titleRow);
        List<Page> pages = new ArrayList<>();
        for (List<Grid.Row> block : blocks) {
            List<TextLine> lines = new ArrayList<>();
            if (!titled && pages.isEmpty() && !grid.name().isBlank()) lines.add(textLine(0, 0, grid.name()));
            new GridLayout(block, workbook ? grid.name() : null).layOut(block, lines);
            if (lines.isEmpty()) continue;
            float width = Math.max(HtmlLayout.PAGE_WIDTH, lines.stream().map(TextLine::x1).max(Float::compare).orElse(0f) + 20f);
            float height = lines.get(lines.size() - 1).bottom() + LINE_HEIGHT;
            pages.add(new Page(firstPage + pages.size(), width, height, lines));
        }
        return pages;
    }

    /** Rows cut into statements: a title row starts a new block once the current one holds amounts. */
    private static List<List<Grid.Row>> blocks(List<Grid.Row> rows) {
        List<List<Grid.Row>> blocks = new ArrayList<>();
        List<Grid.Row> current = new ArrayList<>();
        boolean amounts = false;
        for (Grid.Row r : rows) {
            if (titleRow(r) && amounts) {
                blocks.add(current);
                current = new ArrayList<>();
                amounts = false;
            }
            current.add(r);
            amounts |= !yearRow(r) && r.cells().stream().anyMatch(Grid.Cell::amount);
        }
        if (!current.isEmpty()) blocks.add(current);
        return blocks;
    }

    /** A row that names a statement in its first cell and holds no amounts ("Consolidated Balance Sheets"). */
    static boolean titleRow(Grid.Row r) {
        if (r.cells().isEmpty() || r.cells().stream().anyMatch(Grid.Cell::amount)) return false;
        String text = r.cells().get(0).text();
        if (text.length() > 120 || text.split("\\s+").length > 13) return false;
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return s.contains("statement") || s.contains("balancesheet");
    }

    /** A header row of consecutive bare years ("2024 2023 2022"), with or without a caption. */
    private static boolean yearRow(Grid.Row r) {
        List<Integer> years = new ArrayList<>();
        for (Grid.Cell c : r.cells()) {
            if (!c.amount()) continue;
            if (!Cells.isYear(c.text())) return false;
            years.add(Integer.parseInt(c.text().strip()));
        }
        for (int i = 1; i < years.size(); i++) if (Math.abs(years.get(i) - years.get(i - 1)) != 1) return false;
        return !years.isEmpty();
    }

    private void layOut(List<Grid.Row> rows, List<TextLine> lines) {
        for (Grid.Row r : rows) {
            float top = r.number() * LINE_HEIGHT;
            List<Word> words = words(r, top);
            if (!words.isEmpty()) lines.add(new TextLine(lines.size(), top, top + FONT_SIZE, words));
        }
    }

    private List<Word> words(Grid.Row row, float top) {
        boolean years = yearRow(row);
        int firstValue = valueColumns.isEmpty() ? Integer.MAX_VALUE : valueColumns.get(0);
        List<Word> words = new ArrayList<>();
        for (Grid.Cell c : row.cells()) {
            if (c.amount() && !years) words.addAll(amount(c, top, anchor(c, row)));
            else if (words.isEmpty() && c.column() < firstValue) words.addAll(label(c, top));
            else words.addAll(centred(c, top));
        }
        words.sort((a, b) -> Float.compare(a.x0(), b.x0()));
        return words;
    }

    private float amountX(int column) {
        int k = 0;
        while (k < valueColumns.size() && valueColumns.get(k) < column) k++;
        return FIRST_VALUE_X + VALUE_STEP * Math.min(k, Math.max(0, valueColumns.size() - 1));
    }

    private String anchor(Grid.Cell c, Grid.Row row) {
        return new org.apache.poi.ss.util.CellReference(sheet, row.number() - 1, c.column(), false, false).formatAsString();
    }

    private List<Word> amount(Grid.Cell c, float top, String anchor) {
        float right = amountX(c.column()) + (c.text().endsWith(")") ? 4f : 0f);
        List<Word> out = new ArrayList<>();
        String[] parts = c.text().split(" ");
        for (int i = parts.length - 1; i >= 0; i--) {
            float width = parts[i].length() * CHAR_WIDTH;
            out.add(0, new Word(parts[i], right - width, right, top, top + FONT_SIZE, FONT_SIZE, c.bold(), anchor));
            right -= width + CHAR_WIDTH;
        }
        return out;
    }

    private static List<Word> label(Grid.Cell c, float top) {
        float x = HtmlLayout.TEXT_LEFT + c.indent();
        float room = FIRST_VALUE_X - 80f - x;
        float charWidth = Math.min(CHAR_WIDTH, Math.max(0.5f, room / Math.max(1, c.text().length())));
        return words(c.text(), x, charWidth, top, c.bold());
    }

    /** Header text centred over its column, or over the next column of amounts to its right. */
    private List<Word> centred(Grid.Cell c, float top) {
        float centre = amountX(c.column()) - 30f;
        float width = c.text().length() * CHAR_WIDTH;
        return words(c.text(), centre - width / 2f, CHAR_WIDTH, top, c.bold());
    }

    private static List<Word> words(String text, float x, float charWidth, float top, boolean bold) {
        List<Word> out = new ArrayList<>();
        for (String part : text.split(" ")) {
            if (part.isEmpty()) continue;
            float width = part.length() * charWidth;
            out.add(new Word(part, x, x + width, top, top + FONT_SIZE, FONT_SIZE, bold));
            x += width + charWidth;
        }
        return out;
    }

    private static TextLine textLine(int index, float top, String text) {
        return new TextLine(index, top, top + FONT_SIZE, words(Cells.normalize(text), HtmlLayout.TEXT_LEFT, CHAR_WIDTH, top, true));
    }
}
