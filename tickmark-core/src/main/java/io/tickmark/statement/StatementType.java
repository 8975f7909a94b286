package io.tickmark.statement;

/** The primary financial statements Tickmark spreads. */
public enum StatementType {
    BALANCE_SHEET("Balance sheet", true),
    INCOME_STATEMENT("Income statement", false),
    CASH_FLOW("Cash flow statement", false);

    private final String title;
    private final boolean instant;

    StatementType(String title, boolean instant) {
        this.title = title;
        this.instant = instant;
    }

    public String title() {
        return title;
    }

    /** Whether its columns are balances at a date (true) or flows over a period (false). */
    public boolean instant() {
        return instant;
    }
}
