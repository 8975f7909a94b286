package io.tickmark.metrics;

/** Formula text that does not follow the formula language; the message names the formula, the column and what was expected. */
public class FormulaException extends IllegalArgumentException {
    private final String formula;
    private final int column;

    public FormulaException(String formula, int column, String expected) {
        super("formula '%s' : %s at column %d".formatted(formula, expected, column));
        this.formula = formula;
        this.column = column;
    }

    public String formula() {
        return formula;
    }

    /** 1-based column of the problem; one past the end when the formula stops too early. */
    public int column() {
        return column;
    }
}
