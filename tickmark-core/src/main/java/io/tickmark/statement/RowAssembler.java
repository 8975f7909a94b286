package io.tickmark.statement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Turns a statement's lines into rows: numbers placed in their columns, wrapped labels joined
 * ("Net cash provided by operating" + "activities"), headings kept as rows without values and
 * carried as sections of the rows under them.
 */
final class RowAssembler {
    /** A line with the page it stands on. */
    record Source(int page, LineTokens tokens) {
    }

    private record Heading(String label, float indent) {
    }

    private final List<ColumnFinder.Band> bands;
    private final List<Column> columns;
    private final List<TableRow> rows = new ArrayList<>();
    private final Deque<Heading> sections = new ArrayDeque<>();
    private float labelLeft = Float.MAX_VALUE;
    private Source pending;
    private String pendingLabel;

    RowAssembler(List<ColumnFinder.Band> bands, List<Column> columns) {
        this.bands = bands;
        this.columns = columns;
    }

    /** Whether the line is a statement row: numbers in the columns, not a header's years. */
    static boolean isRow(LineTokens t, List<ColumnFinder.Band> bands) {
        if (TableBuilder.isYearsLine(t)) return false;
        for (LineTokens.Value v : t.values()) if (ColumnFinder.columnOf(bands, v) >= 0) return true;
        return false;
    }

    /** The first row of a table has a label: numbers alone above it ("31  31" under "March") are header. */
    static boolean isFirstRow(LineTokens t, List<ColumnFinder.Band> bands) {
        return isRow(t, bands) && !t.labelText().isEmpty();
    }

    List<TableRow> rows(List<List<Source>> segments) {
        for (List<Source> seg : segments) {
            for (Source s : seg) labelLeft = Math.min(labelLeft, s.tokens().labelX0());
        }
        for (List<Source> seg : segments) segment(seg);
        return rows;
    }

    private void segment(List<Source> seg) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < seg.size(); i++) {
            if (isEnd(seg.get(i))) break;
            if (isRow(seg.get(i).tokens(), bands)) {
                if (first < 0 && !isFirstRow(seg.get(i).tokens(), bands)) continue;
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return;
        int start = first;
        while (start > 0 && !isHeaderLike(seg.get(start - 1).tokens())) start--;
        for (int i = start; i <= last; i++) line(seg.get(i));
        flushPending();
    }

    private void line(Source s) {
        LineTokens t = s.tokens();
        if (isFurniture(t)) return;
        Placed placed = place(t);
        String label = placed.label();
        if (!placed.hasValues()) {
            if (label.isEmpty()) return;
            if (pending != null && continues(pendingLabel, label)) {
                pendingLabel = pendingLabel + " " + label;
                return;
            }
            flushPending();
            pending = s;
            pendingLabel = label;
            return;
        }
        Source origin = s;
        if (pending != null && (label.isEmpty() || continues(pendingLabel, label))) {
            label = (pendingLabel + " " + label).strip();
            origin = pending;
            pending = null;
        } else {
            flushPending();
        }
        if (label.isEmpty()) label = TableRow.UNLABELLED;
        float indent = origin.tokens().labelX0() - labelLeft;
        // a row set no deeper than a heading closes that heading's block ("Inventories" total under its items)
        while (!sections.isEmpty() && sections.peekLast().indent() >= indent + 1f) sections.pollLast();
        rows.add(new TableRow(label, indent, sectionLabels(), placed.cells(), s.page(), s.tokens().line().index(),
                s.tokens().line().top(), TableRow.Kind.VALUES));
        closeSectionsTotalledBy(label);
    }

    /** "Total current assets" closes the "Current assets:" block, and any block opened inside it. */
    private void closeSectionsTotalledBy(String label) {
        String key = Labels.normal(label);
        if (!key.startsWith("total ")) return;
        List<Heading> stack = new ArrayList<>(sections);
        for (int i = stack.size() - 1; i >= 0; i--) {
            String heading = Labels.normal(stack.get(i).label());
            if (!heading.isEmpty() && key.contains(heading)) {
                while (sections.size() > i) sections.pollLast();
                return;
            }
        }
    }

    /** The label of a wrapped line continues when it starts in lower case or the text before it breaks off mid-phrase. */
    private static boolean continues(String before, String next) {
        if (before.endsWith(":")) return false;
        if (Labels.startsLowerCase(next)) return true;
        String b = before.toLowerCase(Locale.ROOT);
        return b.endsWith(",") || b.endsWith(";") || b.endsWith(" and") || b.endsWith(" of") || b.endsWith(" for") || b.endsWith(" to")
                || b.endsWith(" in") || b.endsWith(" from") || b.endsWith(" the") || b.endsWith("-") || b.endsWith(" or")
                || b.endsWith(" on") || b.endsWith(" by") || b.endsWith(" (");
    }

    private void flushPending() {
        if (pending == null) return;
        float indent = pending.tokens().labelX0() - labelLeft;
        String label = pendingLabel;
        boolean top = Labels.isUpperCase(label);
        while (!sections.isEmpty() && (top || sections.peekLast().indent() >= indent)) sections.pollLast();
        rows.add(new TableRow(label, indent, sectionLabels(), List.of(), pending.page(), pending.tokens().line().index(),
                pending.tokens().line().top(), TableRow.Kind.HEADING));
        sections.addLast(new Heading(label, top ? -1 : indent));
        pending = null;
        pendingLabel = null;
    }

    private List<String> sectionLabels() {
        return sections.stream().map(Heading::label).toList();
    }

    private record Placed(String label, Cell[] byColumn, boolean hasValues) {
        List<Cell> cells() {
            return Arrays.asList(byColumn);
        }
    }

    /** Puts each trailing number into its column; numbers outside every column go back to the label ("Notes due 2025"). */
    private Placed place(LineTokens t) {
        Cell[] cells = new Cell[columns.size()];
        float[] distance = new float[columns.size()];
        boolean any = false;
        StringBuilder extra = new StringBuilder();
        for (LineTokens.Value v : t.values()) {
            int band = ColumnFinder.columnOf(bands, v);
            int col = band < 0 ? -1 : columnIndex(band);
            if (band < 0) {
                if (!any) extra.append(' ').append(v.raw());
                continue;
            }
            any = true;
            if (col < 0) continue;
            float d = Math.abs(bands.get(band).right() - v.x1());
            if (cells[col] == null || d < distance[col]) {
                cells[col] = new Cell(v.raw(), v.value(), new io.tickmark.facts.Box(v.x0(), v.top(), v.x1(), v.bottom()), v.anchor());
                distance[col] = d;
            }
        }
        String label = (t.labelText() + extra).strip();
        return new Placed(label, cells, any);
    }

    private int columnIndex(int band) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).index() == band) return i;
        return -1;
    }

    private static boolean isEnd(Source s) {
        String t = s.tokens().line().text().toLowerCase(Locale.ROOT);
        return t.startsWith("see accompanying notes") || t.startsWith("the accompanying notes") || t.startsWith("see notes to")
                || t.startsWith("see the accompanying notes") || t.startsWith("the notes to");
    }

    private static boolean isHeaderLike(LineTokens t) {
        if (TableBuilder.isYearsLine(t)) return true;
        String text = t.line().text();
        String lower = text.toLowerCase(Locale.ROOT);
        String squashed = Labels.squash(text);
        return !Dates.find(text).isEmpty() || lower.contains("million") || lower.contains("thousand")
                || squashed.contains("statement") || squashed.contains("balancesheet") || squashed.contains("continued")
                || squashed.contains("tableofcontents") || squashed.contains("financialposition")
                || squashed.contains("unaudited") || squashed.contains("exceptpershare");
    }

    private static boolean isFurniture(LineTokens t) {
        String text = t.line().text().strip();
        String squashed = Labels.squash(text);
        return text.matches("(?i)(page\\s+)?[A-Z]?-?\\d{1,3}") || squashed.equals("tableofcontents") || TableBuilder.isYearsLine(t)
                || text.equals("$");
    }
}
