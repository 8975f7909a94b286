package io.tickmark.xbrl;

import io.tickmark.document.Hashes;
import io.tickmark.document.UnreadableDocumentException;
import io.tickmark.facts.Period;
import io.tickmark.facts.Unit;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an XBRL instance document ({@code .xml} with an {@code xbrli:xbrl} root): its contexts, units and
 * numeric facts, as {@link InlineFact}s so that they are mapped through the taxonomy like inline XBRL. Parsed
 * with the JDK's DOM parser with doctypes refused outright, external entities, external DTDs and schemas
 * disabled and secure processing on, so a hostile instance can reach neither file system nor network. A fact
 * whose context or unit is missing, or whose value is not a number, is left out and named in the problems.
 */
public final class XbrlInstance {
    /** Largest instance read: the biggest 10-K instances are tens of megabytes. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final String XBRLI = "http://www.xbrl.org/2003/instance";
    private static final Set<String> COVER = Set.of("EntityRegistrantName", "DocumentType", "DocumentPeriodEndDate", "DocumentFiscalYearFocus");

    private XbrlInstance() {
    }

    /** Reads the instance at {@code file}. */
    public static InstanceFiling read(Path file) throws IOException {
        byte[] bytes = bytes(file);
        org.w3c.dom.Document dom = parse(file, bytes);
        Element root = dom.getDocumentElement();
        if (!"xbrl".equals(root.getLocalName())) {
            throw new UnreadableDocumentException(file, "not an XBRL instance: its root is <" + root.getTagName() + ">, not <xbrli:xbrl>");
        }
        List<String> problems = new ArrayList<>();
        Map<String, InlineXbrl.Context> contexts = new HashMap<>();
        Map<String, Unit> units = new HashMap<>();
        Map<String, Boolean> unitIds = new HashMap<>();
        for (Element e : children(root)) {
            if (!XBRLI.equals(e.getNamespaceURI())) continue;
            if ("context".equals(e.getLocalName())) context(e, problems).ifPresentOrElse(c -> contexts.put(c.id(), c), () -> contexts.put(e.getAttribute("id"), null));
            else if ("unit".equals(e.getLocalName())) {
                units.put(e.getAttribute("id"), unit(e));
                unitIds.put(e.getAttribute("id"), true);
            }
        }
        List<InlineFact> facts = new ArrayList<>();
        Map<String, String> cover = new HashMap<>();
        int dropped = 0;
        for (Element e : children(root)) {
            if (XBRLI.equals(e.getNamespaceURI()) || !e.hasAttribute("contextRef")) continue;
            if (COVER.contains(e.getLocalName())) cover.putIfAbsent(e.getLocalName(), e.getTextContent().strip());
            if (!e.hasAttribute("unitRef")) continue;
            String problem = fact(e, facts.size(), contexts, units, unitIds, facts);
            if (problem != null && ++dropped <= InlineXbrl.MAX_PROBLEMS) problems.add(problem);
        }
        if (dropped > InlineXbrl.MAX_PROBLEMS) problems.add((dropped - InlineXbrl.MAX_PROBLEMS) + " more facts left out");
        return new InstanceFiling(file.getFileName().toString(), Hashes.sha256(bytes), facts, cover, problems);
    }

    /**
     * The facts as a one-page document, a line per fact ("us-gaap:Assets 2024-12-31 USD 5500000000") at the
     * fact's line, so that a tick mark to page 1, line n shows the n-th fact.
     */
    public static io.tickmark.document.Document document(InstanceFiling filing) {
        List<io.tickmark.document.TextLine> lines = new ArrayList<>();
        for (InlineFact f : filing.facts()) {
            float top = lines.size() * 12f;
            List<io.tickmark.document.Word> words = new ArrayList<>();
            float x = 20f;
            for (String w : List.of(f.concept(), f.period().toString().replace(' ', '_'), f.unitId(), f.value().toPlainString())) {
                if (w.isBlank()) continue;
                words.add(new io.tickmark.document.Word(w, x, x + w.length() * 5f, top, top + 10f, 10f, false));
                x += (w.length() + 1) * 5f;
            }
            lines.add(new io.tickmark.document.TextLine(lines.size(), top, top + 10f, words));
        }
        io.tickmark.document.Page page = new io.tickmark.document.Page(1, 612f, Math.max(12f, lines.size() * 12f), lines);
        return new io.tickmark.document.Document(filing.fileName(), filing.sha256(), io.tickmark.document.DocumentFormat.XBRL, List.of(page));
    }

    private static String fact(Element e, int index, Map<String, InlineXbrl.Context> contexts, Map<String, Unit> units,
                               Map<String, Boolean> unitIds, List<InlineFact> out) {
        String name = prefix(e) + ":" + e.getLocalName();
        if ("true".equals(e.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "nil"))) return null;
        String contextRef = e.getAttribute("contextRef");
        InlineXbrl.Context context = contexts.get(contextRef);
        if (context == null) return name + ": context '" + contextRef + "' is " + (contexts.containsKey(contextRef) ? "unreadable" : "not defined");
        String unitRef = e.getAttribute("unitRef");
        if (!unitIds.containsKey(unitRef)) return name + ": unit '" + unitRef + "' is not defined";
        String text = e.getTextContent().strip();
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException ex) {
            return name + ": '" + text + "' is not a number";
        }
        String id = e.getAttribute("id");
        out.add(new InlineFact(name, contextRef, context.period(), context.dimensions(), unitRef, units.get(unitRef), value,
                e.getAttribute("decimals"), text, 1, index, id.isEmpty() ? "fact-" + index : "#" + id));
        return null;
    }

    /** The usual prefix of the element's namespace ("us-gaap" for any FASB year), else the prefix as written. */
    private static String prefix(Element e) {
        String ns = e.getNamespaceURI() == null ? "" : e.getNamespaceURI();
        if (ns.contains("fasb.org/us-gaap")) return "us-gaap";
        if (ns.contains("xbrl.sec.gov/dei")) return "dei";
        if (ns.contains("fasb.org/srt")) return "srt";
        return e.getPrefix() == null ? "" : e.getPrefix();
    }

    private static java.util.Optional<InlineXbrl.Context> context(Element e, List<String> problems) {
        String start = null;
        String end = null;
        String instant = null;
        Map<String, String> dims = new LinkedHashMap<>();
        NodeList all = e.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element child = (Element) all.item(i);
            switch (child.getLocalName()) {
                case "startDate" -> start = child.getTextContent().strip();
                case "endDate" -> end = child.getTextContent().strip();
                case "instant" -> instant = child.getTextContent().strip();
                case "explicitMember", "typedMember" -> dims.put(child.getAttribute("dimension"), child.getTextContent().strip());
                default -> {
                }
            }
        }
        try {
            Period period = instant != null ? Period.instant(date(instant)) : Period.of(date(start), date(end));
            return java.util.Optional.of(new InlineXbrl.Context(e.getAttribute("id"), period, dims));
        } catch (IllegalArgumentException | DateTimeParseException ex) {
            if (problems.size() < InlineXbrl.MAX_PROBLEMS) {
                problems.add("context '" + e.getAttribute("id") + "': no period Tickmark can read (" + ex.getMessage() + ")");
            }
            return java.util.Optional.empty();
        }
    }

    private static LocalDate date(String text) {
        if (text == null) throw new IllegalArgumentException("missing date");
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    /** The unit's kind as {@link InlineXbrl#unit} reads it: a currency, per share, shares, pure; null otherwise. */
    private static Unit unit(Element unit) {
        List<String> numerator = new ArrayList<>();
        List<String> denominator = new ArrayList<>();
        NodeList measures = unit.getElementsByTagNameNS(XBRLI, "measure");
        for (int i = 0; i < measures.getLength(); i++) {
            Node m = measures.item(i);
            boolean below = "unitDenominator".equals(m.getParentNode().getLocalName());
            (below ? denominator : numerator).add(m.getTextContent().strip());
        }
        return InlineXbrl.unit(numerator, denominator);
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element e) out.add(e);
        return out;
    }

    private static org.w3c.dom.Document parse(Path file, byte[] bytes) throws UnreadableDocumentException {
        try {
            return builder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new UnreadableDocumentException(file, "XBRL instance declares a DOCTYPE, which Tickmark refuses (no DTD or external entity is ever resolved)", e);
            }
            throw new UnreadableDocumentException(file, "not well-formed XML (" + message + ")", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(file, "XML could not be read (" + e.getMessage() + ")", e);
        }
    }

    /** A namespace-aware DOM parser that refuses doctypes and resolves no external entity, DTD or schema. */
    static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws on fatal errors, prints nothing
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature Tickmark needs", e);
        }
    }

    private static byte[] bytes(Path file) throws IOException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new UnreadableDocumentException(file, "is " + size / (1024 * 1024) + " MB; instances over " + MAX_BYTES / (1024 * 1024) + " MB are not read");
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(file, "no such file", e);
        }
    }
}
