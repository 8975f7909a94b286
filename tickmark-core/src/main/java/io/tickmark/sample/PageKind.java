package io.tickmark.sample;

/** What a page of a sample report holds; decoys carry statement words and numbers but are not statements. */
public enum PageKind {
    COVER(false),
    CONTENTS(false),
    SELECTED_FINANCIAL_DATA(false),
    MANAGEMENT_DISCUSSION(false),
    AUDITOR_REPORT(false),
    INCOME_STATEMENT(true),
    COMPREHENSIVE_INCOME(false),
    BALANCE_SHEET(true),
    CASH_FLOW(true),
    NOTES(false);

    private final boolean statement;

    PageKind(boolean statement) {
        this.statement = statement;
    }

    /** Whether the page holds one of the primary statements Tickmark spreads. */
    public boolean primaryStatement() {
        return statement;
    }
}
