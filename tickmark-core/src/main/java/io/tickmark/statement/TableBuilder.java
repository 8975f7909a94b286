package io.tickmark.statement;

import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;
import io.tickmark.facts.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rebuilds a located statement into a table: value columns from where the numbers stand, their
 * periods and the scale from the header, and rows with labels joined across wrapped lines,
 * indentation and the section headings above them. Page furniture (running heads, page numbers,
 * "See accompanying notes", footnotes under the table) is left out.
 */
public final class TableBuilder {

    /** A line of the statement with the page it stands on. */
    private record Line(int page, LineTokens tokens) {
        TextLine text() {
            return tokens.line();
        }
    }

    /** Rebuilds the statement; problems that don't stop it (a column without a period) go to {@code warnings}. */
    public StatementTable build(Document doc, StatementLocation location, PeriodHints hints, List<String> warnings) {
        List<List<Line>> segments = segments(doc, location);
        List<Line> all = segments.stream().flatMap(List::stream).toList();
        List<LineTokens> candidates = all.stream().map(Line::tokens).filter(TableBuilder::isDataCandidate).toList();
        List<ColumnFinder.Band> bands = ColumnFinder.find(candidates);
        String name = location.type().title();
        if (bands.isEmpty()) {
            warnings.add(name + " on page " + location.pages().get(0) + ": no columns of numbers found");
            return new StatementTable(location.type(), location.title(), location.pages(), List.of(), BigDecimal.ONE, BigDecimal.ONE, "USD", List.of());
        }
        List<TextLine> header = headerLines(segments, bands);
        List<Period> periods = HeaderReader.periods(header, bands, location.type().instant(), hints, warnings, name);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i) == null) {
                warnings.add(name + ": the column at x=" + Math.round(bands.get(i).right()) + " has no year in its header; its values are left out");
            } else {
                columns.add(new Column(i, periods.get(i), headerText(header, bands.get(i))));
            }
        }
        BigDecimal scale = HeaderReader.scale(header);
        if (scale == null) scale = HeaderReader.scale(doc.page(location.pages().get(0)).lines());
        if (scale == null) {
            scale = BigDecimal.ONE;
            warnings.add(name + ": no scale (in millions, in thousands) printed; values read as whole units");
        }
        List<TableRow> rows = beforeFootnotes(new RowAssembler(bands, columns).rows(segments.stream()
                .map(seg -> seg.stream().map(l -> new RowAssembler.Source(l.page(), l.tokens())).toList()).toList()));
        BigDecimal shareScale = HeaderReader.shareScale(header);
        return new StatementTable(location.type(), location.title(), location.pages(), columns, scale,
                shareScale == null ? scale : shareScale, currency(all), rows);
    }

    /** "(1) Amounts include stock-based compensation expense, as follows:", "(a) Includes ..." */
    private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile("^\\((\\d{1,2}|[a-z])\\)\\s*\\p{L}.*");

    /** Value rows a statement prints before its footnotes may begin. */
    static final int ROWS_BEFORE_FOOTNOTES = 5;

    /**
     * The rows above the statement's footnotes. A heading that opens with a footnote marker ("(1) Amounts include
     * ... as follows:"), below at least {@link #ROWS_BEFORE_FOOTNOTES} value rows, starts the notes printed under
     * the statement; their small tables (stock-based compensation by function, amortization by line) are not
     * statement lines and their columns need not be the statement's.
     */
    static List<TableRow> beforeFootnotes(List<TableRow> rows) {
        int values = 0;
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            if (row.hasValues()) {
                values++;
            } else if (values >= ROWS_BEFORE_FOOTNOTES && FOOTNOTE.matcher(row.label()).matches()) {
                return rows.subList(0, i);
            }
        }
        return rows;
    }

    private static List<List<Line>> segments(Document doc, StatementLocation location) {
        List<List<Line>> out = new ArrayList<>();
        for (Segment s : location.segments()) {
            Page page = doc.page(s.page());
            List<Line> lines = new ArrayList<>();
            for (TextLine l : page.lines().subList(s.from(), s.to())) lines.add(new Line(s.page(), LineTokens.of(l)));
            out.add(lines);
        }
        return out;
    }

    /** A line that may carry a statement row's numbers: it has some, and they are not a header's years. */
    static boolean isDataCandidate(LineTokens t) {
        return !t.values().isEmpty() && !isYearsLine(t);
    }

    static boolean isYearsLine(LineTokens t) {
        if (t.values().isEmpty()) return false;
        for (LineTokens.Value v : t.values()) if (!Numbers.isYear(v.raw()) || v.raw().contains(",")) return false;
        String label = t.labelText().toLowerCase(Locale.ROOT);
        return label.length() < 60 || Dates.find(label).size() > 0 || label.contains("ended");
    }

    /** Lines above the first row of numbers in each segment: titles, scale, column headers. */
    private static List<TextLine> headerLines(List<List<Line>> segments, List<ColumnFinder.Band> bands) {
        List<TextLine> header = new ArrayList<>();
        for (List<Line> seg : segments) {
            for (Line l : seg) {
                if (RowAssembler.isFirstRow(l.tokens(), bands)) break;
                header.add(l.text());
            }
        }
        return header;
    }

    private static String headerText(List<TextLine> header, ColumnFinder.Band band) {
        StringBuilder sb = new StringBuilder();
        for (TextLine line : header) {
            for (var w : line.words()) {
                if (w.x1() >= band.x0() - 30 && w.x0() <= band.x1() + 5) {
                    if (sb.length() > 0) sb.append(' ');
                    sb.append(w.text());
                }
            }
        }
        return sb.toString();
    }

    private static String currency(List<Line> lines) {
        for (Line l : lines) {
            String t = l.text().text();
            if (t.contains("$")) return "USD";
            if (t.contains("€")) return "EUR";
            if (t.contains("£")) return "GBP";
            if (t.contains("人民币") || t.contains("RMB")) return "CNY";
        }
        return "USD";
    }
}
