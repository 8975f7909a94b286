package io.tickmark.statement;

import java.math.BigDecimal;
import java.util.List;

/**
 * A primary statement rebuilt from its pages: title as printed, the pages it spans (1-based),
 * the period columns, the multiplier that turns printed numbers into units ("in millions" is
 * 1,000,000), the one for share counts (the same unless the header says otherwise: "shares in
 * thousands"), the currency, and the rows in reading order.
 */
public record StatementTable(StatementType type, String title, List<Integer> pages, List<Column> columns,
                             BigDecimal scale, BigDecimal shareScale, String currency, List<TableRow> rows) {
    public StatementTable {
        if (type == null) throw new IllegalArgumentException("statement table has no type");
        pages = List.copyOf(pages);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (scale == null || scale.signum() <= 0) throw new IllegalArgumentException("statement " + title + " has no positive scale");
        if (shareScale == null || shareScale.signum() <= 0) throw new IllegalArgumentException("statement " + title + " has no positive share scale");
    }
}
