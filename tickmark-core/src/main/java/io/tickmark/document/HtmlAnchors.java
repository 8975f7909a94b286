package io.tickmark.document;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the element an HTML tick mark's anchor names, so a viewer can scroll to it and mark it: {@code "#f-196"}
 * is the element with that id; {@code "table-3-row-12-col-4"} is the cell covering grid column 4 (0-based, after
 * colspans and rowspans) of row 12 (0-based among the table's rows, hidden ones counted) of the 3rd table laid out
 * (1-based, in document order, counting visible tables that are not inside another table), as {@link HtmlLayout}
 * numbers them.
 */
public final class HtmlAnchors {
    private static final Pattern CELL = Pattern.compile("table-(\\d+)-row-(\\d+)-col-(\\d+)");

    private HtmlAnchors() {
    }

    /** The element the anchor names in the parsed document, if it is there. */
    public static Optional<Element> find(org.jsoup.nodes.Document dom, String anchor) {
        if (anchor == null || anchor.isBlank()) return Optional.empty();
        if (anchor.startsWith("#")) return Optional.ofNullable(dom.getElementById(anchor.substring(1)));
        Matcher m = CELL.matcher(anchor);
        if (!m.matches()) return Optional.empty();
        int number = Integer.parseInt(m.group(1));
        int row = Integer.parseInt(m.group(2));
        int column = Integer.parseInt(m.group(3));
        List<Element> tables = laidOutTables(dom);
        if (number < 1 || number > tables.size()) return Optional.empty();
        return HtmlTable.of(tables.get(number - 1)).rows().stream()
                .filter(r -> r.index() == row)
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.from() <= column && column <= c.to())
                .map(HtmlTable.Cell::element)
                .findFirst();
    }

    /** Tables in the order {@link HtmlLayout} lays them out: visible, outside skipped elements, not nested. */
    private static List<Element> laidOutTables(org.jsoup.nodes.Document dom) {
        List<Element> out = new ArrayList<>();
        Element body = dom.body() == null ? dom : dom.body();
        for (Element table : body.getElementsByTag("table")) {
            if (laidOut(table)) out.add(table);
        }
        return out;
    }

    private static boolean laidOut(Element table) {
        if (HtmlLayout.Styles.hidden(table)) return false;
        for (Element a = table.parent(); a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("table") || HtmlLayout.Styles.hidden(a) || HtmlLayout.SKIPPED_TAGS.contains(tag)) return false;
        }
        return true;
    }
}
