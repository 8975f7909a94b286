package io.tickmark.statement;

import io.tickmark.facts.Period;

/** A value column of a statement table: its period and the header text it was read from. */
public record Column(int index, Period period, String header) {
    public Column {
        if (period == null) throw new IllegalArgumentException("column " + index + " has no period");
    }
}
