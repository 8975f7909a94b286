package io.tickmark.xbrl;

import io.tickmark.document.Document;
import io.tickmark.document.Formats;
import io.tickmark.document.HtmlLayout;
import io.tickmark.document.HtmlReader;
import io.tickmark.facts.Period;
import io.tickmark.facts.Unit;

import org.jsoup.nodes.Element;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the inline XBRL facts of an HTML filing: every {@code ix:nonFraction} with its context (period,
 * dimensions) and unit resolved from the {@code ix:resources}, its displayed text turned into a value by its
 * format ({@code ixt:num-dot-decimal}, {@code ixt:num-comma-decimal}, {@code ixt:fixed-zero}, ...), scale
 * and sign. A fact whose context or unit is missing, or whose text cannot be read, is left out and named
 * in the problems. Hidden facts (in {@code ix:hidden}) are read too, with no page.
 */
public final class InlineXbrl {
    /** Problems listed at most; the rest are counted. */
    static final int MAX_PROBLEMS = 50;

    private InlineXbrl() {
    }

    /** Reads an HTML filing from disk: its pages and its inline XBRL facts. */
    public static InlineFiling read(Path file) throws IOException {
        byte[] bytes = HtmlReader.readAllBytes(file);
        return read(file, bytes);
    }

    /** Reads an HTML filing already in memory; {@code file} names it. */
    public static InlineFiling read(Path file, byte[] bytes) throws IOException {
        org.jsoup.nodes.Document dom = HtmlReader.parse(bytes, file);
        HtmlLayout layout = HtmlLayout.of(dom);
        Document document = HtmlReader.layout(file, bytes, dom, layout);
        List<String> problems = new ArrayList<>();
        List<InlineFact> facts = Formats.hasInlineXbrl(bytes) ? facts(dom, layout, problems) : List.of();
        return new InlineFiling(document, facts, problems);
    }

    /** The facts of a parsed document laid out by {@code layout}; what cannot be read goes to {@code problems}. */
    public static List<InlineFact> facts(org.jsoup.nodes.Document dom, HtmlLayout layout, List<String> problems) {
        Map<String, Context> contexts = new HashMap<>();
        Map<String, Element> units = new HashMap<>();
        List<Element> tagged = new ArrayList<>();
        for (Element e : dom.getAllElements()) {
            switch (e.normalName()) {
                case "ix:nonfraction" -> tagged.add(e);
                default -> {
                    String local = local(e);
                    if (local.equals("context")) contexts.put(e.id(), null);
                    if (local.equals("context")) context(e, problems).ifPresent(c -> contexts.put(c.id(), c));
                    else if (local.equals("unit")) units.put(e.id(), e);
                }
            }
        }
        Map<String, Unit> unitKinds = new HashMap<>();
        units.forEach((id, e) -> unitKinds.put(id, unit(e)));
        List<InlineFact> facts = new ArrayList<>(tagged.size());
        int dropped = 0;
        for (Element e : tagged) {
            String problem = fact(e, contexts, units, unitKinds, layout, facts);
            if (problem != null && ++dropped <= MAX_PROBLEMS) problems.add(problem);
        }
        if (dropped > MAX_PROBLEMS) problems.add((dropped - MAX_PROBLEMS) + " more inline facts left out");
        return facts;
    }

    /** Adds the fact read from {@code e} to {@code out}, or returns why it cannot be read. */
    private static String fact(Element e, Map<String, Context> contexts, Map<String, Element> units, Map<String, Unit> unitKinds,
                               HtmlLayout layout, List<InlineFact> out) {
        String name = e.attr("name");
        String id = e.id().isEmpty() ? name : e.id() + " " + name;
        if (name.isBlank()) return "an ix:nonFraction has no name";
        if ("true".equals(e.attr("xsi:nil"))) return null;
        String contextRef = e.attr("contextRef");
        Context context = contexts.get(contextRef);
        if (context == null) return id + ": context '" + contextRef + "' is " + (contexts.containsKey(contextRef) ? "unreadable" : "not defined");
        String unitRef = e.attr("unitRef");
        if (!units.containsKey(unitRef)) return id + ": unit '" + unitRef + "' is not defined";
        BigDecimal value;
        try {
            value = IxNumbers.value(e.text(), e.attr("format"), e.attr("scale"), e.attr("sign"));
        } catch (IllegalArgumentException ex) {
            return id + ": " + ex.getMessage();
        }
        HtmlLayout.Position at = layout.position(e).orElse(null);
        out.add(new InlineFact(name, contextRef, context.period(), context.dimensions(), unitRef, unitKinds.get(unitRef), value,
                e.attr("decimals"), e.text(), at == null ? 0 : at.page(), at == null ? -1 : at.line(),
                at == null ? (e.id().isEmpty() ? "" : "#" + e.id()) : at.anchor()));
        return null;
    }

    /** A context's period and dimensions. */
    record Context(String id, Period period, Map<String, String> dimensions) {
    }

    private static java.util.Optional<Context> context(Element e, List<String> problems) {
        String start = null;
        String end = null;
        String instant = null;
        Map<String, String> dims = new LinkedHashMap<>();
        for (Element child : e.getAllElements()) {
            switch (local(child)) {
                case "startdate" -> start = child.text().strip();
                case "enddate" -> end = child.text().strip();
                case "instant" -> instant = child.text().strip();
                case "explicitmember", "typedmember" -> dims.put(child.attr("dimension"), child.text().strip());
                default -> {
                }
            }
        }
        try {
            Period period = instant != null ? Period.instant(date(instant)) : Period.of(date(start), date(end));
            return java.util.Optional.of(new Context(e.id(), period, dims));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException ex) {
            if (problems.size() < MAX_PROBLEMS) problems.add("context '" + e.id() + "': no period Tickmark can read (" + ex.getMessage() + ")");
            return java.util.Optional.empty();
        }
    }

    /** An XBRL date; a date-time keeps its date. */
    private static LocalDate date(String text) {
        if (text == null) throw new IllegalArgumentException("missing date");
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    /** The unit's kind: a currency, a currency per share, shares or pure; null for other measures. */
    static Unit unit(Element unit) {
        List<String> numerator = new ArrayList<>();
        List<String> denominator = new ArrayList<>();
        for (Element child : unit.getAllElements()) {
            if (!local(child).equals("measure")) continue;
            boolean below = child.parents().stream().anyMatch(p -> local(p).equals("unitdenominator"));
            (below ? denominator : numerator).add(child.text().strip());
        }
        return unit(numerator, denominator);
    }

    /** The kind of a unit of these measures ("iso4217:USD" over "xbrli:shares"). */
    static Unit unit(List<String> numerator, List<String> denominator) {
        if (numerator.size() != 1 || denominator.size() > 1) return null;
        String top = numerator.get(0);
        String topLocal = top.substring(top.indexOf(':') + 1);
        boolean currency = top.toLowerCase(java.util.Locale.ROOT).startsWith("iso4217:");
        if (denominator.isEmpty()) {
            if (currency) return Unit.money(topLocal);
            if (topLocal.equals("shares")) return Unit.SHARES;
            if (topLocal.equals("pure")) return Unit.PURE;
            return null;
        }
        String bottom = denominator.get(0);
        return currency && bottom.substring(bottom.indexOf(':') + 1).equals("shares") ? Unit.perShare(topLocal) : null;
    }

    private static String local(Element e) {
        String n = e.normalName();
        return n.substring(n.indexOf(':') + 1);
    }
}
