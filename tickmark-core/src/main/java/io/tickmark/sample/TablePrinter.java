package io.tickmark.sample;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a financial table the way 10-Ks set them: labels at the left with indented sub-items,
 * numbers right-aligned in columns with a hanging ")", "$" as its own token at a column's left,
 * single rules over subtotals and double rules under totals.
 */
final class TablePrinter {
    /** How a row is set. */
    enum Style { HEADING, NOTE, ITEM, SUBTOTAL, TOTAL }

    static final float LEFT = 60;
    static final float RIGHT = 552;
    static final float SIZE = 9;
    static final float ROW = 12;
    private static final float INDENT = 10;
    private static final float HANGING = 8;

    private final PdfCanvas canvas;
    private final int columns;
    private final float spacing;
    private float y;

    TablePrinter(PdfCanvas canvas, int columns, float spacing, float top) {
        this.canvas = canvas;
        this.columns = columns;
        this.spacing = spacing;
        this.y = top;
    }

    float y() {
        return y;
    }

    void skip(float points) {
        y -= points;
    }

    float rightEdge(int column) {
        return RIGHT - (columns - 1 - column) * spacing;
    }

    private float columnLeft(int column) {
        return rightEdge(column) - spacing + 16;
    }

    /** A bold header spanning all columns, e.g. "Year Ended December 31,", with a rule under it. */
    void spanHeader(String text) throws IOException {
        float from = columnLeft(0);
        canvas.centerText(text, canvas.bold, SIZE, (from + RIGHT) / 2, y);
        canvas.rule(from, RIGHT, y - 3, 0.5f);
        y -= ROW;
    }

    /** Bold per-column header lines (e.g. "December 31," over "2025"), right-aligned, ruled under the last. */
    void columnHeaders(List<List<String>> perColumn) throws IOException {
        int height = perColumn.stream().mapToInt(List::size).max().orElse(0);
        for (int line = 0; line < height; line++) {
            for (int c = 0; c < columns; c++) {
                List<String> lines = perColumn.get(c);
                int offset = height - lines.size();
                if (line >= offset) canvas.rightText(lines.get(line - offset), canvas.bold, SIZE, rightEdge(c), y);
            }
            if (line == height - 1) for (int c = 0; c < columns; c++) canvas.rule(columnLeft(c), rightEdge(c), y - 3, 0.5f);
            y -= ROW;
        }
        y -= 4;
    }

    /**
     * Draws one row; a label with "\n" or too long for its space wraps, values sit on its last line.
     * Returns how many text lines the label took.
     */
    int row(String label, int level, Style style, boolean dollar, List<String> cells) throws IOException {
        List<String> lines = labelLines(label, level);
        float x = LEFT + level * INDENT;
        for (int i = 0; i < lines.size() - 1; i++) {
            canvas.text(lines.get(i), font(style), SIZE, i == 0 ? x : x + HANGING, y);
            y -= ROW;
        }
        canvas.text(lines.get(lines.size() - 1), font(style), SIZE, lines.size() == 1 ? x : x + HANGING, y);
        if (style == Style.SUBTOTAL || style == Style.TOTAL) rulesAbove();
        for (int c = 0; c < cells.size(); c++) cell(c, cells.get(c), dollar);
        if (style == Style.TOTAL) doubleRules();
        y -= style == Style.TOTAL ? ROW + 4 : ROW;
        return lines.size();
    }

    private List<String> labelLines(String label, int level) throws IOException {
        float width = columnLeft(0) - (LEFT + level * INDENT) - HANGING - 6;
        List<String> lines = new ArrayList<>();
        for (String part : label.split("\n")) lines.addAll(canvas.wrap(part, canvas.regular, SIZE, width));
        return lines;
    }

    private void cell(int column, String text, boolean dollar) throws IOException {
        if (text == null) return;
        if (dollar && !text.endsWith("%")) canvas.text("$", canvas.regular, SIZE, columnLeft(column), y);
        float hang = text.endsWith(")") ? canvas.width(")", canvas.regular, SIZE) : 0;
        canvas.rightText(text, canvas.regular, SIZE, rightEdge(column) + hang, y);
    }

    private void rulesAbove() throws IOException {
        for (int c = 0; c < columns; c++) canvas.rule(columnLeft(c), rightEdge(c) + 3, y + SIZE + 1, 0.5f);
    }

    private void doubleRules() throws IOException {
        for (int c = 0; c < columns; c++) {
            canvas.rule(columnLeft(c), rightEdge(c) + 3, y - 3, 0.5f);
            canvas.rule(columnLeft(c), rightEdge(c) + 3, y - 5, 0.5f);
        }
    }

    private PDFont font(Style style) {
        return style == Style.HEADING ? canvas.bold : canvas.regular;
    }
}
