package io.tickmark.spread;

import io.tickmark.statement.Cell;
import io.tickmark.statement.StatementTable;
import io.tickmark.statement.StatementType;
import io.tickmark.statement.TableRow;
import io.tickmark.taxonomy.Mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Gross profit printed without a label. Some income statements total their costs of sales under a caption such as
 * "Total costs and expenses", print revenue less that total on the next row with no label, and only then list
 * their operating expenses down to operating income. That unlabelled row is gross profit and the total above it
 * is cost of revenue: both printed, recognised by arithmetic and position, not by wording. The rule holds only
 * when, in every column where all three are printed (at least one), the unlabelled row equals revenue minus the
 * total exactly, further value rows follow it before operating income, and the statement maps no other row to
 * gross profit or cost of revenue.
 */
final class UnlabelledGrossProfit {
    static final String REASON = "unlabelled row printed as revenue minus the costs total above it, before the operating expenses";

    private UnlabelledGrossProfit() {
    }

    static List<Mapping> remap(StatementTable table, List<Mapping> mappings) {
        if (table.type() != StatementType.INCOME_STATEMENT) return mappings;
        if (index(mappings, "gross_profit") >= 0 || index(mappings, "cost_of_revenue") >= 0) return mappings;
        int revenue = index(mappings, "revenue");
        int operating = index(mappings, "operating_income");
        if (revenue < 0 || operating < 0) return mappings;
        List<TableRow> rows = table.rows();
        for (int u = revenue + 1; u < operating; u++) {
            TableRow row = rows.get(u);
            if (!row.hasValues() || !TableRow.UNLABELLED.equals(row.label())) continue;
            int total = previousValueRow(rows, u);
            if (total <= revenue || !"costs_and_expenses_total".equals(mappings.get(total).concept())) continue;
            if (!valueRowBetween(rows, u, operating)) continue;
            if (!isRevenueLess(rows.get(revenue), rows.get(total), row, table.columns().size())) continue;
            List<Mapping> out = new ArrayList<>(mappings);
            Mapping t = mappings.get(total);
            out.set(total, new Mapping(t.row(), t.label(), "cost_of_revenue", t.score(),
                    "costs total followed by an unlabelled row equal to revenue minus it (" + t.reason() + ")"));
            Mapping m = mappings.get(u);
            out.set(u, new Mapping(m.row(), m.label(), "gross_profit", 0.9, REASON));
            return out;
        }
        return mappings;
    }

    private static boolean isRevenueLess(TableRow revenue, TableRow total, TableRow row, int columns) {
        int compared = 0;
        for (int c = 0; c < columns; c++) {
            BigDecimal r = value(revenue, c);
            BigDecimal t = value(total, c);
            BigDecimal u = value(row, c);
            if (r == null || t == null || u == null) continue;
            if (r.abs().subtract(t.abs()).compareTo(u) != 0) return false;
            compared++;
        }
        return compared > 0;
    }

    private static BigDecimal value(TableRow row, int column) {
        Cell cell = column < row.cells().size() ? row.cells().get(column) : null;
        return cell == null ? null : cell.value();
    }

    private static int previousValueRow(List<TableRow> rows, int from) {
        for (int i = from - 1; i >= 0; i--) if (rows.get(i).hasValues()) return i;
        return -1;
    }

    private static boolean valueRowBetween(List<TableRow> rows, int after, int before) {
        for (int i = after + 1; i < before; i++) if (rows.get(i).hasValues()) return true;
        return false;
    }

    private static int index(List<Mapping> mappings, String concept) {
        for (int i = 0; i < mappings.size(); i++) if (concept.equals(mappings.get(i).concept())) return i;
        return -1;
    }
}
