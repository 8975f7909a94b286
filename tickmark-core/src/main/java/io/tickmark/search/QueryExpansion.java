package io.tickmark.search;

import io.tickmark.metrics.Metric;
import io.tickmark.metrics.MetricCatalog;
import io.tickmark.statement.StatementType;
import io.tickmark.taxonomy.Concept;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds to a question the words its pages print: a metric it names (from the metric catalog, multi-word names
 * and acronyms only) brings the labels of the line items its formula uses and the statements they sit on; an
 * analyst phrase of {@code analyst-terms.csv} ("capital intensive", "legal battles") brings the words filings
 * use and the statements that hold the answer. The statements become a boost on statement pages.
 */
final class QueryExpansion {
    private static final int SYNONYMS = 2;

    /** The words to add and the statements whose pages should rank higher. */
    record Expanded(String terms, Set<StatementType> statements) {
    }

    private record Rule(List<Pattern> phrases, Set<StatementType> statements, String terms) {
    }

    private final List<Rule> rules;

    private QueryExpansion(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    private static QueryExpansion standard;

    /** The standard metric catalog and the bundled analyst terms. */
    static synchronized QueryExpansion standard() {
        if (standard == null) {
            List<Rule> rules = new ArrayList<>(analystTerms());
            rules.addAll(metrics(MetricCatalog.standard()));
            standard = new QueryExpansion(rules);
        }
        return standard;
    }

    Expanded expand(String question) {
        Set<String> words = new LinkedHashSet<>();
        Set<StatementType> statements = EnumSet.noneOf(StatementType.class);
        for (Rule r : rules) {
            if (r.phrases().stream().noneMatch(p -> p.matcher(question).find())) continue;
            if (!r.terms().isBlank()) words.add(r.terms());
            statements.addAll(r.statements());
        }
        return new Expanded(String.join(" ", words), statements);
    }

    private static List<Rule> metrics(MetricCatalog catalog) {
        List<Rule> out = new ArrayList<>();
        for (Metric m : catalog.all()) {
            List<Pattern> names = new ArrayList<>();
            for (String n : m.names()) if (distinctive(n)) names.add(phrase(n));
            if (names.isEmpty()) continue;
            Set<StatementType> statements = EnumSet.noneOf(StatementType.class);
            Set<String> terms = new LinkedHashSet<>();
            concepts(catalog, m, statements, terms, 0);
            out.add(new Rule(names, statements, String.join(" ", terms)));
        }
        return out;
    }

    /** A name that means the metric wherever it is written: two words or more, or an acronym of three letters or more. */
    private static boolean distinctive(String name) {
        String n = name.strip();
        if (n.contains(" ")) return true;
        return n.length() >= 3 && n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter);
    }

    private static void concepts(MetricCatalog catalog, Metric m, Set<StatementType> statements, Set<String> terms, int depth) {
        if (depth > 3) return;
        for (String ref : m.formula().references()) {
            if (catalog.isConcept(ref)) {
                Concept c = catalog.taxonomy().require(ref);
                statements.addAll(c.statements());
                List<String> names = c.englishNames();
                terms.addAll(names.subList(0, Math.min(1 + SYNONYMS, names.size())));
            } else {
                catalog.byId(ref).ifPresent(inner -> concepts(catalog, inner, statements, terms, depth + 1));
            }
        }
    }

    private static List<Rule> analystTerms() {
        try (InputStream in = QueryExpansion.class.getResourceAsStream("analyst-terms.csv")) {
            if (in == null) throw new IllegalStateException("analyst-terms.csv is missing from the search package");
            List<Rule> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) continue;
                List<String> cells = cells(lines[i]);
                if (cells.size() != 3) throw new IllegalStateException("analyst-terms.csv line " + (i + 1) + " has " + cells.size() + " cells, expected 3");
                List<Pattern> phrases = new ArrayList<>();
                for (String p : cells.get(0).split("\\|")) if (!p.isBlank()) phrases.add(phrase(p));
                Set<StatementType> statements = EnumSet.noneOf(StatementType.class);
                for (String s : cells.get(1).split("\\|")) if (!s.isBlank()) statements.add(StatementType.valueOf(s.strip()));
                out.add(new Rule(phrases, statements, cells.get(2)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else cell.append(c);
        }
        out.add(cell.toString().strip());
        return out;
    }

    private static Pattern phrase(String p) {
        String quoted = Pattern.quote(p.strip());
        boolean acronym = p.strip().equals(p.strip().toUpperCase(Locale.ROOT)) && !p.strip().contains(" ");
        return Pattern.compile((acronym ? "" : "(?i)") + "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])");
    }
}
