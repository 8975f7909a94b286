package io.tickmark.statement;

import io.tickmark.facts.Box;

import java.math.BigDecimal;

/**
 * A value as printed in a statement, and its reading in the statement's scale: "(1,234)" is -1234
 * before scaling; a dash is zero. {@code value} is in the table's printed units (e.g. millions). {@code box} is
 * where it is printed on the page and {@code anchor} the cell of an HTML table or workbook it came from; either
 * may be null.
 */
public record Cell(String raw, BigDecimal value, Box box, String anchor) {
    public Cell {
        if (raw == null || raw.isBlank()) throw new IllegalArgumentException("cell has no text");
        if (value == null) throw new IllegalArgumentException("cell '" + raw + "' has no value");
    }

    /** A cell read without its place on the page. */
    public Cell(String raw, BigDecimal value) {
        this(raw, value, null, null);
    }

    /** The same place, another reading. */
    public Cell withValue(BigDecimal newValue) {
        return new Cell(raw, newValue, box, anchor);
    }
}
