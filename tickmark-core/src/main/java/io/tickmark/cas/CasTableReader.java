package io.tickmark.cas;

import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;
import io.tickmark.document.Word;
import io.tickmark.facts.Period;
import io.tickmark.statement.Cell;
import io.tickmark.statement.Column;
import io.tickmark.statement.Segment;
import io.tickmark.statement.StatementLocation;
import io.tickmark.statement.StatementTable;
import io.tickmark.statement.TableRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Rebuilds a located Chinese statement into a table. Columns come from the 项目 header line: the words
 * grouped by the gaps between them, a 附注 (note) column recognised and left out, each other column's period
 * read from its header. Amounts go to the column whose span holds their centre. A label wrapped onto the next
 * line (which starts left of the row's indentation, the row having filled the label column) is joined to its
 * row. Running heads, page numbers and repeated headers of continuation pages are left out.
 */
public final class CasTableReader {
    private static final float GROUP_GAP = 9f;

    /** A header column: its words' span and what it holds. */
    private record HeaderColumn(float x0, float x1, String text, Period period, boolean note) {
        float center() {
            return (x0 + x1) / 2f;
        }
    }

    private record Line(int page, TextLine text) {}

    public StatementTable read(Document doc, StatementLocation location, LocalDate fallbackEnd, List<String> warnings) {
        return read(doc, location, fallbackEnd, warnings, key -> false);
    }

    /**
     * As {@link #read(Document, StatementLocation, LocalDate, List)}; {@code known} tells a line item's key the
     * chart of accounts knows, so two known items on consecutive lines are never joined as one wrapped label.
     */
    public StatementTable read(Document doc, StatementLocation location, LocalDate fallbackEnd, List<String> warnings,
                               Predicate<String> known) {
        List<Line> lines = new ArrayList<>();
        for (Segment s : location.segments()) {
            Page page = doc.page(s.page());
            for (TextLine l : page.lines().subList(s.from(), s.to())) lines.add(new Line(s.page(), l));
        }
        boolean instant = location.type().instant();
        String name = location.title();
        int headerAt = -1;
        StringBuilder titleBlock = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String s = CasText.squash(lines.get(i).text().text());
            if (s.startsWith("项目")) {
                headerAt = i;
                break;
            }
            titleBlock.append(s).append('\n');
        }
        String block = titleBlock.toString();
        BigDecimal scale = CasHeader.scale(block);
        String currency = CasHeader.currency(block);
        if (headerAt < 0) {
            warnings.add(name + ": no 项目 header line found; its columns are unknown");
            return empty(location, scale, currency);
        }
        LocalDate end = CasHeader.periodEnd(block);
        if (end == null) end = fallbackEnd;
        TextLine headerLine = lines.get(headerAt).text();
        if (scale == null) scale = CasHeader.scale(CasText.squash(headerLine.text()));
        if (scale == null) scale = pageScale(doc, location);
        if (scale == null) {
            scale = BigDecimal.ONE;
            warnings.add(name + ": no unit (单位：元) printed; amounts read as 元");
        }
        if (currency == null) currency = "CNY";
        List<HeaderColumn> header = columns(headerLine, end, instant);
        if (header.size() < 2) {
            warnings.add(name + ": the 项目 header has no value columns");
            return empty(location, scale, currency);
        }
        float labelRight = header.get(0).x1();
        List<Column> columns = new ArrayList<>();
        List<Integer> columnOf = new ArrayList<>(); // header index -> table column index, -1 when left out
        for (int h = 0; h < header.size(); h++) {
            HeaderColumn c = header.get(h);
            if (h == 0 || c.note()) {
                columnOf.add(-1);
            } else if (c.period() == null) {
                warnings.add(name + ": the column headed '" + c.text() + "' has no period; its values are left out");
                columnOf.add(-1);
            } else {
                columnOf.add(columns.size());
                columns.add(new Column(columns.size(), c.period(), c.text()));
            }
        }
        List<TableRow> rows = rows(lines.subList(headerAt + 1, lines.size()), header, columnOf, columns.size(), labelRight, known);
        return new StatementTable(location.type(), location.title(), location.pages(), columns, scale, BigDecimal.ONE, currency, rows);
    }

    private static StatementTable empty(StatementLocation location, BigDecimal scale, String currency) {
        return new StatementTable(location.type(), location.title(), location.pages(), List.of(),
                scale == null ? BigDecimal.ONE : scale, BigDecimal.ONE, currency == null ? "CNY" : currency, List.of());
    }

    /** The unit printed anywhere on the statement's first page (some reports state it once above the table). */
    private static BigDecimal pageScale(Document doc, StatementLocation location) {
        for (TextLine l : doc.page(location.pages().get(0)).lines()) {
            BigDecimal s = CasHeader.scale(CasText.squash(l.text()));
            if (s != null) return s;
        }
        return null;
    }

    /** The header line's words grouped into columns; the first group holds 项目. */
    private static List<HeaderColumn> columns(TextLine header, LocalDate end, boolean instant) {
        List<List<Word>> groups = new ArrayList<>();
        Word prev = null;
        for (Word w : header.words()) {
            if (prev == null || w.x0() - prev.x1() > GROUP_GAP || startsColumn(w, prev)) groups.add(new ArrayList<>());
            groups.get(groups.size() - 1).add(w);
            prev = w;
        }
        List<HeaderColumn> out = new ArrayList<>();
        for (List<Word> g : groups) {
            StringBuilder sb = new StringBuilder();
            for (Word w : g) sb.append(w.text());
            String text = CasText.squash(sb.toString());
            float x0 = g.get(0).x0();
            float x1 = g.get(g.size() - 1).x1();
            boolean note = text.contains("附注");
            out.add(new HeaderColumn(x0, x1, text, note ? null : CasHeader.period(text, end, instant), note));
        }
        return out;
    }

    /** A header word that opens a new column even without a wide gap: 附注 and a year after another column's text. */
    private static boolean startsColumn(Word w, Word prev) {
        String t = CasText.squash(w.text());
        String p = CasText.squash(prev.text());
        return t.startsWith("附注") || t.startsWith("项目") || p.endsWith("附注") || p.equals("项目")
                || t.matches("^(?:19|20)\\d\\d.*") && (p.endsWith("日") || p.endsWith("度") || p.endsWith("额"))
                || (t.startsWith("期") || t.startsWith("本") || t.startsWith("上")) && (p.endsWith("额") || p.endsWith("数"));
    }

    private List<TableRow> rows(List<Line> lines, List<HeaderColumn> header, List<Integer> columnOf, int columnCount, float labelRight,
                                Predicate<String> known) {
        java.util.Map<Integer, Float> maxLabelX1 = new java.util.HashMap<>();
        java.util.Map<Integer, Float> minLabelX0 = new java.util.HashMap<>();
        float minX0 = Float.MAX_VALUE;
        List<CasRowTokens> tokens = new ArrayList<>();
        for (Line l : lines) {
            CasRowTokens t = CasRowTokens.of(l.text(), labelRight);
            tokens.add(t);
            if (!t.labelWords().isEmpty() && !isFurniture(CasText.squash(l.text().text()), t)) {
                maxLabelX1.merge(l.page(), t.labelX1(), Math::max);
                minLabelX0.merge(l.page(), t.x0(), Math::min);
                minX0 = Math.min(minX0, t.x0());
            }
        }
        List<TableRow> rows = new ArrayList<>();
        String section = null;
        Pending pending = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            CasRowTokens t = tokens.get(i);
            String squashed = CasText.squash(l.text().text());
            if (isFurniture(squashed, t)) continue;
            String label = labelWithoutNotes(t, header);
            List<Cell> cells = cells(t, header, columnOf, columnCount);
            boolean hasValues = cells.stream().anyMatch(c -> c != null);
            if (pending != null && label.isEmpty() && hasValues && !pending.hasValues && !pending.label.equals(TableRow.UNLABELLED)) {
                pending = pending.join("", cells, true); // amounts printed on their own line, between a label's two lines
                continue;
            }
            if (pending != null && continues(pending, t, label, hasValues, maxLabelX1.getOrDefault(l.page(), 0f),
                    minLabelX0.getOrDefault(l.page(), 0f), known)) {
                pending = pending.join(label, cells, hasValues);
                continue;
            }
            if (pending != null) {
                rows.add(pending.row(section));
                if (!pending.hasValues && isHeading(pending.label)) section = CasLabels.key(pending.label);
            }
            if (label.isEmpty() && !hasValues) {
                pending = null;
                continue;
            }
            pending = new Pending(label.isEmpty() ? TableRow.UNLABELLED : label, t.x0() - minX0, t.labelX1(), t.x0(), cells,
                    hasValues, l.page(), l.text().index(), l.text().top());
        }
        if (pending != null) rows.add(pending.row(section));
        return rows;
    }

    /** A row being built: its label may still grow by a wrapped line. */
    private record Pending(String label, float indent, float labelX1, float x0, List<Cell> cells, boolean hasValues,
                           int page, int line, float top) {
        Pending join(String more, List<Cell> moreCells, boolean moreValues) {
            List<Cell> merged = hasValues ? cells : moreCells;
            return new Pending(label + more, indent, labelX1, x0, merged, hasValues || moreValues, page, line, top);
        }

        TableRow row(String section) {
            return new TableRow(label, indent, section == null ? List.of() : List.of(section), cells, page, line, top,
                    hasValues ? TableRow.Kind.VALUES : TableRow.Kind.HEADING);
        }
    }

    /**
     * Whether a line carries on the label of the row before it: it starts left of that row's label, which
     * ran to the end of the label column on that page (or left a parenthesis open), at most one of the two has amounts, and it opens no item of its own.
     */
    private static boolean continues(Pending prev, CasRowTokens t, String label, boolean hasValues, float maxLabelX1,
                                     float minLabelX0, Predicate<String> known) {
        if (label.isEmpty() || prev.hasValues && hasValues || prev.label.equals(TableRow.UNLABELLED)) return false;
        if (!known.test(CasLabels.key(prev.label())) && known.test(CasLabels.key(prev.label() + label))) return true;
        String own = CasText.squash(label);
        if (own.matches("^[\\p{IsHan}]{2,}(?:小计|合计|总计)$")) return false;
        if (known.test(CasLabels.key(prev.label)) && known.test(CasLabels.key(label))) return false;
        // an item of its own: "汇兑收益（损失以"-"号填列）" after a complete label; "（或股东权益）合计" and "益）合计" carry on
        if (!unbalanced(prev.label) && !own.startsWith("（") && !own.startsWith("(") && (own.contains("（") || own.contains("("))
                && !unbalanced(own) && balancedCloses(own)) return false;
        if (t.x0() >= prev.x0() - 3f) return false;
        if (t.x0() > minLabelX0 + 3f) return false; // wrapped lines go back to the page's label margin; an indented line opens an item
        if (prev.labelX1() < maxLabelX1 - 16f && !unbalanced(prev.label())) return false;
        String key = CasText.squash(label);
        return !opensItem(key);
    }

    /** A label with an opening parenthesis not yet closed goes on on the next line. */
    private static boolean unbalanced(String label) {
        int open = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '(' || c == '（') open++;
            else if ((c == ')' || c == '）') && open > 0) open--;
        }
        return open > 0;
    }

    /** Whether no closing parenthesis comes before its opening one. */
    private static boolean balancedCloses(String label) {
        int open = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '(' || c == '（') open++;
            else if (c == ')' || c == '）') {
                if (open == 0) return false;
                open--;
            }
        }
        return true;
    }

    private static boolean opensItem(String s) {
        return s.matches("^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.、．](?![0-9])|其中|加[:：]|减[:：]).*");
    }

    private static boolean isHeading(String label) {
        String s = CasText.squash(label);
        return s.endsWith("：") || s.endsWith(":") || s.matches("^[一二三四五六七八九十]{1,3}、.*");
    }

    /** Running heads ("2019 年年度报告"), page numbers ("66 / 195"), repeated 项目 headers, unit lines, 续 titles. */
    private static boolean isFurniture(String squashed, CasRowTokens t) {
        if (squashed.isEmpty()) return true;
        if (squashed.matches("^[0-9/\\-第页共\\s]+$")) return true;
        if (squashed.startsWith("项目")) return true;
        if (squashed.startsWith("单位") || squashed.startsWith("编制单位")) return true;
        if (CasTitle.of(squashed) != null) return true;
        return t.values().isEmpty() && (squashed.contains("年度报告") || squashed.contains("年报告") || squashed.endsWith("报告全文"));
    }

    /** The label without a note reference standing in the 附注 column. */
    private static String labelWithoutNotes(CasRowTokens t, List<HeaderColumn> header) {
        HeaderColumn note = header.stream().filter(HeaderColumn::note).findFirst().orElse(null);
        if (note == null || t.labelWords().size() < 2) return t.label();
        List<Word> kept = new ArrayList<>();
        for (Word w : t.labelWords()) {
            boolean inNote = w.x0() >= note.x0() - 12f && w.x1() <= note.x1() + 25f && w.text().length() <= 10;
            if (!inNote || kept.isEmpty()) kept.add(w);
        }
        return new CasRowTokens(t.line(), kept, t.values()).label();
    }

    /** One cell per table column, each amount in the column whose boundaries hold its centre; a note column's numbers dropped. */
    private static List<Cell> cells(CasRowTokens t, List<HeaderColumn> header, List<Integer> columnOf, int columnCount) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) cells.add(null);
        for (CasRowTokens.Value v : t.values()) {
            int h = nearest(header, v.center());
            int c = columnOf.get(h);
            if (c < 0 || cells.get(c) != null) continue;
            cells.set(c, new Cell(v.raw(), v.value()));
        }
        return cells;
    }

    private static int nearest(List<HeaderColumn> header, float x) {
        for (int h = 1; h < header.size(); h++) {
            float boundary = (header.get(h - 1).x1() + header.get(h).x0()) / 2f;
            if (x < boundary) return h - 1;
        }
        return header.size() - 1;
    }
}
