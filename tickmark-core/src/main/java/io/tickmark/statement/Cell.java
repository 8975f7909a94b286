package io.tickmark.statement;

import java.math.BigDecimal;

/**
 * A value as printed in a statement, and its reading in the statement's scale: "(1,234)" is -1234
 * before scaling; a dash is zero. {@code value} is in the table's printed units (e.g. millions).
 */
public record Cell(String raw, BigDecimal value) {
    public Cell {
        if (raw == null || raw.isBlank()) throw new IllegalArgumentException("cell has no text");
        if (value == null) throw new IllegalArgumentException("cell '" + raw + "' has no value");
    }
}
