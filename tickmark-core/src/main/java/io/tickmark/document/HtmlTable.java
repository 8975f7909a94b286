package io.tickmark.document;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An HTML table as a grid of cells (rowspan and colspan resolved, hidden rows and cells dropped) and its
 * rows as words at synthetic positions. Filings split an amount over cells ("$", "1,234", ")"): the pieces
 * are joined, and each amount is right-aligned at the x of its value column, {@code 400 + 100 * k} for the
 * k-th grid column that ends an amount anywhere in the table, so that the columns line up as they do on a
 * printed page. The label cell starts at the left margin plus its indentation; other text (column headers)
 * is centred over the value columns its cell spans.
 */
final class HtmlTable {
    static final float FIRST_VALUE_X = 400f;
    static final float VALUE_STEP = 100f;
    private static final int MAX_SPAN = 1000;

    /** A non-empty cell: its text, grid columns {@code from..to} (inclusive), indentation and weight. */
    record Cell(String text, int from, int to, float indent, boolean bold, Element element) {
    }

    /** An inline XBRL element in a row and the grid column of its cell. */
    record Tagged(Element element, int column) {
    }

    /** A row: its 0-based index among the table's rows (hidden ones counted), its non-empty cells left to right, tagged elements and a page break before it. */
    record Row(int index, List<Cell> cells, List<Tagged> tagged, boolean breakBefore) {
    }

    private final List<Row> rows;
    private final List<Integer> valueColumns;
    private final int labelEnd;

    private HtmlTable(List<Row> rows) {
        this.rows = rows;
        TreeSet<Integer> ends = new TreeSet<>();
        int firstAmount = Integer.MAX_VALUE;
        for (Row r : rows) {
            for (Piece p : pieces(r)) {
                if (p.kind() == Kind.AMOUNT && !Cells.isYear(p.text())) ends.add(p.cell().to());
                if (p.kind() == Kind.AMOUNT || p.kind() == Kind.CURRENCY) firstAmount = Math.min(firstAmount, p.cell().from());
            }
        }
        this.valueColumns = List.copyOf(ends);
        this.labelEnd = firstAmount == Integer.MAX_VALUE ? Integer.MAX_VALUE : firstAmount - 1;
    }

    static HtmlTable of(Element table) {
        List<Element> trs = new ArrayList<>();
        collectRows(table, trs);
        List<Row> rows = new ArrayList<>();
        List<int[]> spans = new ArrayList<>(); // per grid column: rows still covered by a rowspan above
        for (int i = 0; i < trs.size(); i++) {
            if (HtmlLayout.Styles.hidden(trs.get(i))) continue;
            rows.add(row(i, trs.get(i), spans));
        }
        return new HtmlTable(rows);
    }

    List<Row> rows() {
        return rows;
    }

    private static void collectRows(Element parent, List<Element> out) {
        for (Element child : parent.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) out.add(child);
            else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) collectRows(child, out);
        }
    }

    private static Row row(int index, Element tr, List<int[]> rowspans) {
        List<Cell> cells = new ArrayList<>();
        List<Tagged> tagged = new ArrayList<>();
        int column = 0;
        for (Element td : tr.children()) {
            String tag = td.normalName();
            if (!tag.equals("td") && !tag.equals("th")) continue;
            while (column < rowspans.size() && rowspans.get(column)[0] > 0) column++;
            int colspan = span(td.attr("colspan"));
            int rowspan = span(td.attr("rowspan"));
            for (int c = column; c < column + colspan; c++) {
                while (rowspans.size() <= c) rowspans.add(new int[1]);
                rowspans.get(c)[0] = Math.max(rowspans.get(c)[0], rowspan);
            }
            if (!HtmlLayout.Styles.hidden(td)) {
                CellText text = CellText.of(td);
                for (Element e : text.tagged()) tagged.add(new Tagged(e, column));
                if (!text.text().isEmpty()) {
                    cells.add(new Cell(text.text(), column, column + colspan - 1, text.indent(), text.bold(), td));
                }
            }
            column += colspan;
        }
        for (int[] remaining : rowspans) if (remaining[0] > 0) remaining[0]--;
        return new Row(index, cells, tagged, HtmlLayout.Styles.breakBefore(tr));
    }

    private static int span(String attr) {
        try {
            int n = Integer.parseInt(attr.strip());
            return Math.max(1, Math.min(n, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The row's words, left to right, on a line at {@code top}; amounts anchored at {@code anchor} + their grid column. */
    List<Word> words(Row row, float top, String anchor) {
        List<Word> words = new ArrayList<>();
        List<Piece> pieces = pieces(row);
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            switch (p.kind()) {
                case AMOUNT -> words.addAll(Cells.isYear(p.text()) && !valueColumns.contains(p.cell().to()) ? centred(p, top) : amount(p, top, anchor + p.cell().from()));
                case CURRENCY -> words.add(word(p.text(), amountX(nextAmount(pieces, i, p)) - 70f, top, p.cell().bold()));
                case TEXT -> words.addAll(isLabel(p, words) ? label(p, top) : centred(p, top));
                default -> {
                }
            }
        }
        words.sort((a, b) -> Float.compare(a.x0(), b.x0()));
        return words;
    }

    private boolean isLabel(Piece p, List<Word> placed) {
        return placed.isEmpty() && p.cell().from() <= labelEnd;
    }

    /** The right edge of an amount ending in grid column {@code column}. */
    private float amountX(int column) {
        int k = valueColumns.indexOf(column);
        if (k < 0) {
            k = 0;
            while (k < valueColumns.size() && valueColumns.get(k) < column) k++;
        }
        return FIRST_VALUE_X + VALUE_STEP * k;
    }

    private static int nextAmount(List<Piece> pieces, int from, Piece fallback) {
        for (int j = from + 1; j < pieces.size(); j++) if (pieces.get(j).kind() == Kind.AMOUNT) return pieces.get(j).cell().to();
        return fallback.cell().to();
    }

    private List<Word> amount(Piece p, float top, String anchor) {
        float right = amountX(p.cell().to()) + (p.closed() ? 4f : 0f);
        List<Word> out = new ArrayList<>();
        String[] parts = p.text().split(" ");
        for (int i = parts.length - 1; i >= 0; i--) {
            float width = parts[i].length() * HtmlLayout.CHAR_WIDTH;
            out.add(0, new Word(parts[i], right - width, right, top, top + HtmlLayout.FONT_SIZE, HtmlLayout.FONT_SIZE, p.cell().bold(),
                    anchor));
            right -= width + HtmlLayout.CHAR_WIDTH;
        }
        return out;
    }

    private List<Word> label(Piece p, float top) {
        String[] parts = p.text().split(" ");
        float x = HtmlLayout.TEXT_LEFT + p.cell().indent();
        float room = FIRST_VALUE_X - 80f - x;
        float charWidth = Math.min(HtmlLayout.CHAR_WIDTH, Math.max(0.5f, room / Math.max(1, p.text().length())));
        List<Word> out = new ArrayList<>();
        for (String part : parts) {
            float width = part.length() * charWidth;
            out.add(new Word(part, x, x + width, top, top + HtmlLayout.FONT_SIZE, HtmlLayout.FONT_SIZE, p.cell().bold()));
            x += width + charWidth;
        }
        return out;
    }

    /** Header text centred over the value columns its cell spans, or the next one to its right. */
    private List<Word> centred(Piece p, float top) {
        float right = amountX(lastValueColumnIn(p.cell()));
        float left = amountX(firstValueColumnIn(p.cell())) - 60f;
        float width = p.text().length() * HtmlLayout.CHAR_WIDTH;
        float x = (left + right) / 2f - width / 2f;
        List<Word> out = new ArrayList<>();
        for (String part : p.text().split(" ")) {
            float w = part.length() * HtmlLayout.CHAR_WIDTH;
            out.add(word(part, x, w, top, p.cell().bold()));
            x += w + HtmlLayout.CHAR_WIDTH;
        }
        return out;
    }

    private int firstValueColumnIn(Cell cell) {
        for (int c : valueColumns) if (c >= cell.from()) return c;
        return cell.to();
    }

    private int lastValueColumnIn(Cell cell) {
        int last = -1;
        for (int c : valueColumns) if (c >= cell.from() && c <= cell.to()) last = c;
        return last < 0 ? firstValueColumnIn(cell) : last;
    }

    private static Word word(String text, float x, float top, boolean bold) {
        return word(text, x, text.length() * HtmlLayout.CHAR_WIDTH, top, bold);
    }

    private static Word word(String text, float x, float width, float top, boolean bold) {
        return new Word(text, x, x + width, top, top + HtmlLayout.FONT_SIZE, HtmlLayout.FONT_SIZE, bold);
    }

    enum Kind { AMOUNT, CURRENCY, CLOSE, TEXT }

    /** A cell's text classified; a closing ")" or "%" cell is folded into the amount before it. */
    record Piece(Kind kind, String text, Cell cell, boolean closed) {
    }

    /** The row's cells as pieces, with "(" + "1,234" + ")" split over cells joined into one amount. */
    static List<Piece> pieces(Row row) {
        List<Piece> out = new ArrayList<>();
        for (Cell c : row.cells()) {
            Kind kind = Cells.kind(c.text());
            Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (kind == Kind.CLOSE && last != null && last.kind() == Kind.AMOUNT) {
                out.set(out.size() - 1, new Piece(Kind.AMOUNT, last.text() + c.text(), last.cell(), true));
            } else if (kind == Kind.AMOUNT && last != null && last.kind() == Kind.CURRENCY && last.text().endsWith("(")) {
                out.set(out.size() - 1, new Piece(Kind.CURRENCY, last.text().substring(0, last.text().length() - 1).strip(), last.cell(), false));
                if (out.get(out.size() - 1).text().isEmpty()) out.remove(out.size() - 1);
                out.add(new Piece(Kind.AMOUNT, "(" + c.text(), c, false));
            } else if (kind != Kind.CLOSE) {
                out.add(new Piece(kind, c.text(), c, false));
            }
        }
        return out;
    }

    /** A cell's visible text with whitespace collapsed, its indentation, weight and inline XBRL elements. */
    record CellText(String text, float indent, boolean bold, List<Element> tagged) {
        static CellText of(Element td) {
            StringBuilder sb = new StringBuilder();
            List<Element> tagged = new ArrayList<>();
            boolean[] bold = {HtmlLayout.Styles.bold(td)};
            float[] indent = {HtmlLayout.Styles.indent(td)};
            collect(td, sb, tagged, bold, indent, 0);
            String raw = sb.toString();
            int leading = 0;
            for (int i = 0; i < raw.length() && Character.isWhitespace(raw.charAt(i)) || i < raw.length() && raw.charAt(i) == '\u00a0'; i++) {
                if (raw.charAt(i) == '\u00a0') leading++;
            }
            return new CellText(Cells.normalize(raw), indent[0] + Math.min(leading, 20) * 2.5f, bold[0], tagged);
        }

        private static boolean blank(StringBuilder sb) {
            for (int i = 0; i < sb.length(); i++) if (!Character.isWhitespace(sb.charAt(i)) && sb.charAt(i) != '\u00a0') return false;
            return true;
        }

        private static void collect(Node node, StringBuilder sb, List<Element> tagged, boolean[] bold, float[] indent, int depth) {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (child instanceof Element e) {
                    if (HtmlLayout.Styles.hidden(e)) continue;
                    if (e.normalName().equals("br")) {
                        sb.append(' ');
                        continue;
                    }
                    if (HtmlLayout.Inline.isTagged(e)) tagged.add(e);
                    if (blank(sb)) {
                        bold[0] |= HtmlLayout.Styles.bold(e);
                        if (depth < 3) indent[0] += HtmlLayout.Styles.indent(e);
                    }
                    collect(e, sb, tagged, bold, indent, depth + 1);
                }
            }
        }
    }
}
