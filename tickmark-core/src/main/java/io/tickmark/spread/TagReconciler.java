package io.tickmark.spread;

import io.tickmark.facts.Period;
import io.tickmark.facts.Unit;
import io.tickmark.statement.Cell;
import io.tickmark.statement.Column;
import io.tickmark.statement.StatementTable;
import io.tickmark.statement.TableRow;
import io.tickmark.xbrl.InlineFact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts the inline XBRL tag of each table cell in place of its reading: a tag sits on the same page and line
 * as the row it was printed in, and belongs to the column whose period it tags when it prints the cell's figure
 * (a figure in the label, "less allowances of $503", is tagged too, with another concept). The tag's magnitude is kept
 * with the sign as printed (statements present costs negative that XBRL tags positive). A printed value that
 * disagrees with its tag is a warning naming both; the tag wins.
 */
final class TagReconciler {
    private final Map<Long, List<InlineFact>> byLine = new HashMap<>();

    TagReconciler(List<InlineFact> facts) {
        for (InlineFact f : facts) {
            if (f.shown() && f.faceStatement()) byLine.computeIfAbsent(key(f.page(), f.line()), k -> new ArrayList<>()).add(f);
        }
    }

    boolean isEmpty() {
        return byLine.isEmpty();
    }

    /** The table with tagged cells read from their tags; disagreements go to {@code warnings}. */
    StatementTable reconcile(StatementTable table, List<String> warnings) {
        if (byLine.isEmpty()) return table;
        List<TableRow> rows = new ArrayList<>(table.rows().size());
        for (TableRow row : table.rows()) rows.add(reconcile(table, row, warnings));
        return new StatementTable(table.type(), table.title(), table.pages(), table.columns(), table.scale(), table.shareScale(),
                table.currency(), rows);
    }

    private TableRow reconcile(StatementTable table, TableRow row, List<String> warnings) {
        List<InlineFact> tags = byLine.get(key(row.page(), row.line()));
        if (tags == null || !row.hasValues()) return row;
        List<Cell> cells = new ArrayList<>(row.cells());
        for (int c = 0; c < cells.size() && c < table.columns().size(); c++) {
            Cell cell = cells.get(c);
            if (cell == null) continue;
            InlineFact tag = tagFor(tags, table.columns().get(c), cell);
            if (tag == null) continue;
            cells.set(c, reconcile(table, row, table.columns().get(c), cell, tag, warnings));
        }
        return new TableRow(row.label(), row.indent(), row.sections(), cells, row.page(), row.line(), row.top(), row.kind());
    }

    private static Cell reconcile(StatementTable table, TableRow row, Column column, Cell cell, InlineFact tag, List<String> warnings) {
        BigDecimal multiplier = multiplier(table, tag.unit());
        BigDecimal printed = cell.value().multiply(multiplier);
        BigDecimal magnitude = tag.value().abs();
        if (printed.abs().compareTo(magnitude) != 0) {
            warnings.add(String.format(Locale.ROOT, "%s: '%s' %s reads %s in the table but its tag %s (%s) says %s; the tag is used",
                    table.type().title(), row.label(), column.period(), printed.toPlainString(), tag.concept(), tag.anchor(),
                    tag.value().toPlainString()));
        }
        int sign = cell.value().signum() != 0 ? cell.value().signum() : tag.value().signum();
        BigDecimal value = magnitude.divide(multiplier, 12, RoundingMode.HALF_UP).stripTrailingZeros();
        String anchor = tag.anchor().isEmpty() ? cell.anchor() : tag.anchor();
        return new Cell(cell.raw(), sign < 0 ? value.negate() : value, cell.box(), anchor);
    }

    /** What the table multiplies a printed value of this unit by: its scale for money, share scale for shares, 1 otherwise. */
    private static BigDecimal multiplier(StatementTable table, Unit unit) {
        if (unit == null) return BigDecimal.ONE;
        return switch (unit.kind()) {
            case MONEY -> table.scale();
            case SHARES -> table.shareScale();
            default -> BigDecimal.ONE;
        };
    }

    /** The tag of the column's period; a balance (cash at the start or end of a flow column) tags its date. */
    private static InlineFact tagFor(List<InlineFact> tags, Column column, Cell cell) {
        Period p = column.period();
        String printed = digits(cell.raw());
        for (InlineFact t : tags) if (t.period().sameAs(p) && digits(t.displayed()).equals(printed)) return t;
        if (p.isInstant()) return null;
        for (InlineFact t : tags) {
            if (!t.period().isInstant() || !digits(t.displayed()).equals(printed)) continue;
            if (t.period().sameAs(Period.instant(p.end())) || t.period().sameAs(Period.instant(p.end().minusMonths(p.months())))) return t;
        }
        return null;
    }

    /** The digits of a printed number: a tag belongs to the cell that prints its figure, not to a figure in the label. */
    static String digits(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) sb.append(text.charAt(i));
        return sb.toString();
    }

    private static long key(int page, int line) {
        return ((long) page << 32) | (line & 0xffffffffL);
    }
}
