package io.tickmark.document;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lays a parsed HTML filing out as pages of positioned lines, so that the statement locator and table
 * builder written for PDFs read it unchanged. Every text block and every table row becomes a line; table
 * cells become words at synthetic positions that keep columns aligned (see {@link HtmlTable}); hidden
 * elements are dropped; page-break styles and {@code <hr>} separators start a new page. The position of
 * every inline XBRL element (page, line, anchor) is kept for provenance.
 */
public final class HtmlLayout {
    /** Width of a laid-out page; table rows with many columns may run past it, as nothing clips them. */
    static final float PAGE_WIDTH = 612f;
    static final float LINE_HEIGHT = 12f;
    static final float FONT_SIZE = 10f;
    static final float CHAR_WIDTH = 5f;
    static final float TEXT_LEFT = 20f;

    private static final Set<String> BLOCKS = Set.of("div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "center", "section", "article", "blockquote", "pre", "body", "dl", "dt", "dd", "header", "footer", "form",
            "tr", "tbody", "thead", "tfoot", "caption", "address", "figure", "main", "nav");
    static final Set<String> SKIPPED_TAGS = Set.of("head", "script", "style", "title", "ix:header", "noscript", "template");

    /** Where an element stands: 1-based page, 0-based line on that page, and an anchor the UI can scroll to. */
    public record Position(int page, int line, String anchor) {
    }

    private final List<Page> pages = new ArrayList<>();
    private final Map<Element, Position> positions = new IdentityHashMap<>();
    private List<TextLine> lines = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private final List<Element> pending = new ArrayList<>();
    private boolean bold;
    private int tables;
    private float widest = PAGE_WIDTH;

    private HtmlLayout() {
    }

    /** Lays out the body of a parsed document. */
    public static HtmlLayout of(org.jsoup.nodes.Document dom) {
        HtmlLayout layout = new HtmlLayout();
        Element body = dom.body();
        layout.walk(body == null ? dom : body);
        layout.flush();
        layout.newPage();
        if (layout.pages.isEmpty()) layout.pages.add(new Page(1, PAGE_WIDTH, LINE_HEIGHT, List.of()));
        return layout;
    }

    /** The pages, each holding at least one line (a single empty page when the document has no text). */
    public List<Page> pages() {
        return pages;
    }

    /** Where an inline XBRL element (or any element whose position was recorded) was laid out. */
    public Optional<Position> position(Element element) {
        return Optional.ofNullable(positions.get(element));
    }

    private void walk(Node node) {
        if (node instanceof TextNode t) {
            text(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) {
            for (Node child : node.childNodes()) walk(child);
            return;
        }
        String tag = e.normalName();
        if (SKIPPED_TAGS.contains(tag) || Styles.hidden(e)) return;
        if (Styles.breakBefore(e)) breakPage();
        if (tag.equals("hr")) {
            breakPage();
            return;
        }
        if (tag.equals("table")) {
            flush();
            table(e);
        } else if (tag.equals("br")) {
            flush();
        } else {
            boolean block = BLOCKS.contains(tag);
            if (block) flush();
            if (Inline.isTagged(e)) pending.add(e);
            boolean wasBold = bold;
            bold |= Styles.bold(e);
            for (Node child : e.childNodes()) walk(child);
            bold = wasBold;
            if (block) flush();
        }
        if (Styles.breakAfter(e)) breakPage();
    }

    private void text(String text) {
        if (run.length() == 0 && text.isBlank()) return;
        run.append(text);
    }

    /** Ends the current run of inline text as a line of words starting at the left margin. */
    private void flush() {
        String text = Cells.normalize(run.toString());
        run.setLength(0);
        if (text.isEmpty()) return;
        int index = lines.size();
        List<Word> words = new ArrayList<>();
        float x = TEXT_LEFT;
        float top = index * LINE_HEIGHT;
        for (String w : text.split(" ")) {
            float width = Math.max(1, w.length()) * CHAR_WIDTH;
            words.add(new Word(w, x, x + width, top, top + FONT_SIZE, FONT_SIZE, bold));
            x += width + CHAR_WIDTH;
        }
        lines.add(new TextLine(index, top, top + FONT_SIZE, words));
        for (Element e : pending) positions.put(e, new Position(pageNumber(), index, Inline.anchor(e, null)));
        pending.clear();
    }

    private void table(Element table) {
        int number = ++tables;
        HtmlTable grid = HtmlTable.of(table);
        for (HtmlTable.Row row : grid.rows()) {
            if (row.breakBefore()) breakPage();
            int index = lines.size();
            float top = index * LINE_HEIGHT;
            List<Word> words = grid.words(row, top, "table-" + number + "-row-" + row.index() + "-col-");
            for (HtmlTable.Tagged t : row.tagged()) {
                positions.put(t.element(), new Position(pageNumber(), words.isEmpty() ? Math.max(0, index - 1) : index,
                        Inline.anchor(t.element(), "table-" + number + "-row-" + row.index() + "-col-" + t.column())));
            }
            if (words.isEmpty()) continue;
            lines.add(new TextLine(index, top, top + FONT_SIZE, words));
            widest = Math.max(widest, words.get(words.size() - 1).x1() + TEXT_LEFT);
        }
    }

    private void breakPage() {
        flush();
        newPage();
    }

    private void newPage() {
        if (lines.isEmpty()) return;
        pages.add(new Page(pages.size() + 1, widest, Math.max(lines.size(), 1) * LINE_HEIGHT, lines));
        lines = new ArrayList<>();
        widest = PAGE_WIDTH;
    }

    private int pageNumber() {
        return pages.size() + 1;
    }

    /** Reading of inline styles: hidden elements, page breaks, bold. */
    static final class Styles {
        private Styles() {
        }

        static String style(Element e) {
            if (!e.hasAttr("style")) return "";
            String s = e.attr("style");
            return s.isEmpty() ? s : s.toLowerCase(Locale.ROOT).replace(" ", "");
        }

        static boolean hidden(Element e) {
            String s = style(e);
            return s.contains("display:none") || e.hasAttr("hidden");
        }

        static boolean breakBefore(Element e) {
            String s = style(e);
            return s.contains("page-break-before:always") || s.contains("break-before:page");
        }

        static boolean breakAfter(Element e) {
            String s = style(e);
            return s.contains("page-break-after:always") || s.contains("break-after:page");
        }

        static boolean bold(Element e) {
            String tag = e.normalName();
            if (tag.equals("b") || tag.equals("strong") || tag.equals("th")) return true;
            String s = style(e);
            return s.contains("font-weight:bold") || s.contains("font-weight:700") || s.contains("font-weight:800")
                    || s.contains("font-weight:900");
        }

        /** Left indentation in points from padding-left, margin-left and text-indent (pt, px, em, in). */
        static float indent(Element e) {
            String s = style(e);
            if (s.isEmpty()) return 0;
            return length(s, "padding-left:") + length(s, "margin-left:") + Math.max(0, length(s, "text-indent:"));
        }

        private static float length(String style, String property) {
            int i = style.indexOf(property);
            if (i < 0 || i > 0 && Character.isLetter(style.charAt(i - 1))) return 0;
            int from = i + property.length();
            int to = from;
            while (to < style.length() && (Character.isDigit(style.charAt(to)) || style.charAt(to) == '.' || style.charAt(to) == '-')) to++;
            if (to == from) return 0;
            float value;
            try {
                value = Float.parseFloat(style.substring(from, to));
            } catch (NumberFormatException ex) {
                return 0;
            }
            String unit = style.substring(to, Math.min(style.length(), to + 2));
            return switch (unit) {
                case "px" -> value * 0.75f;
                case "em" -> value * FONT_SIZE;
                case "in" -> value * 72f;
                default -> unit.startsWith("%") ? 0 : value;
            };
        }
    }

    /** Inline XBRL elements whose position is kept. */
    static final class Inline {
        private Inline() {
        }

        static boolean isTagged(Element e) {
            String tag = e.normalName();
            return tag.equals("ix:nonfraction") || tag.equals("ix:nonnumeric");
        }

        static String anchor(Element e, String fallback) {
            String id = e.id();
            if (!id.isEmpty()) return "#" + id;
            return fallback == null ? "" : fallback;
        }
    }
}
