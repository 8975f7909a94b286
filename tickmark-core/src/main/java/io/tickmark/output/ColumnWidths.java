package io.tickmark.output;

import org.apache.poi.ss.usermodel.Sheet;

import java.util.HashMap;
import java.util.Map;

/** Column widths fitted to the longest text put in each column, since POI's auto-size needs fonts. */
final class ColumnWidths {
    private static final int MAX_CHARS = 70;
    private final Map<Integer, Integer> chars = new HashMap<>();

    void fit(int column, String text) {
        int longest = text.lines().mapToInt(Display::width).max().orElse(0);
        chars.merge(column, longest, Math::max);
    }

    void apply(Sheet sheet) {
        chars.forEach((column, width) -> sheet.setColumnWidth(column, (Math.min(width, MAX_CHARS) + 2) * 256));
    }
}
