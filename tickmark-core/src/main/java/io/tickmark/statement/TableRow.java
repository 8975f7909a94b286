package io.tickmark.statement;

import java.util.Collections;
import java.util.List;

/**
 * A row of a statement table: its label (wrapped lines joined), its indentation in points from the
 * table's left edge, the section headings above it (outermost first), and one cell per column
 * ({@code null} where the column is blank). {@code page} is 1-based, {@code line} 0-based on that page.
 */
public record TableRow(String label, float indent, List<String> sections, List<Cell> cells,
                       int page, int line, float top, Kind kind) {
    /** The label of a row printed with numbers only (an unlabelled subtotal). */
    public static final String UNLABELLED = "(unlabelled row)";

    /** A heading has no values ("Current assets:"); a value row has at least one cell. */
    public enum Kind { HEADING, VALUES }

    public TableRow {
        if (label == null) throw new IllegalArgumentException("row on page " + page + " has no label");
        sections = List.copyOf(sections);
        cells = Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }

    public boolean hasValues() {
        return kind == Kind.VALUES;
    }
}
