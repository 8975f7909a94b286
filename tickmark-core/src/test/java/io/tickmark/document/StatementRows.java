package io.tickmark.document;

import java.util.List;

/** A small known balance sheet and income statement, written into workbooks and CSV files by the tests. */
final class StatementRows {
    /** A statement row: label, indentation level, values for 2024 and 2023 (null for a heading). */
    record Row(String label, int level, Double y2024, Double y2023) {
    }

    static final String BALANCE_SHEET = "Consolidated Balance Sheets";
    static final String INCOME_STATEMENT = "Consolidated Statements of Operations";

    static final List<Row> BALANCE = List.of(
            new Row("Assets", 0, null, null),
            new Row("Current assets:", 0, null, null),
            new Row("Cash and cash equivalents", 1, 1200d, 1000d),
            new Row("Accounts receivable, net", 1, 800d, 700d),
            new Row("Inventories", 1, 500d, 450d),
            new Row("Total current assets", 0, 2500d, 2150d),
            new Row("Property, plant and equipment, net", 0, 3000d, 2850d),
            new Row("Total assets", 0, 5500d, 5000d),
            new Row("Liabilities and stockholders' equity", 0, null, null),
            new Row("Accounts payable", 1, 600d, 550d),
            new Row("Total current liabilities", 0, 600d, 550d),
            new Row("Long-term debt", 0, 1900d, 1950d),
            new Row("Total liabilities", 0, 2500d, 2500d),
            new Row("Common stock", 1, 1000d, 1000d),
            new Row("Retained earnings", 1, 2400d, 1900d),
            new Row("Accumulated other comprehensive loss", 1, -400d, -400d),
            new Row("Total stockholders' equity", 0, 3000d, 2500d),
            new Row("Total liabilities and stockholders' equity", 0, 5500d, 5000d));

    static final List<Row> INCOME = List.of(
            new Row("Revenue", 0, 9000d, 8000d),
            new Row("Cost of revenue", 0, 5000d, 4600d),
            new Row("Gross profit", 0, 4000d, 3400d),
            new Row("Selling, general and administrative", 0, 2000d, 1800d),
            new Row("Operating income", 0, 2000d, 1600d),
            new Row("Interest expense", 0, 100d, 110d),
            new Row("Income before income taxes", 0, 1900d, 1490d),
            new Row("Income tax expense", 0, 400d, 300d),
            new Row("Net income", 0, 1500d, 1190d),
            new Row("Diluted earnings per share", 0, 1.25d, 0.99d));

    private StatementRows() {
    }
}
