package io.tickmark.taxonomy;

import io.tickmark.facts.Unit;
import io.tickmark.statement.StatementType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A chart of accounts loaded from a CSV file a bank can edit: one row per concept, columns found by
 * header name (id, statement, label, synonyms, label_zh, synonyms_zh, balance, unit, sums_to, weight,
 * core, us_gaap; extra columns are ignored, rows whose id starts with {@code #} are comments).
 * Immutable; every rule broken in the file is reported with the file name, line and value.
 */
public final class Taxonomy {
    private static final String STANDARD = "standard.csv";
    private static final List<String> REQUIRED = List.of("id", "statement", "label", "balance", "unit");
    private static volatile Taxonomy standard;

    private final String source;
    private final Map<String, Concept> byId;
    private final Map<String, List<Concept>> children;

    private Taxonomy(String source, List<Concept> concepts) {
        this.source = source;
        Map<String, Concept> ids = new LinkedHashMap<>();
        concepts.forEach(c -> ids.put(c.id(), c));
        this.byId = java.util.Collections.unmodifiableMap(ids);
        Map<String, List<Concept>> kids = new HashMap<>();
        concepts.stream().filter(c -> c.sumsTo() != null)
                .forEach(c -> kids.computeIfAbsent(c.sumsTo(), k -> new ArrayList<>()).add(c));
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = Map.copyOf(kids);
    }

    /** Tickmark's standard chart of accounts, from the classpath. */
    public static Taxonomy standard() {
        Taxonomy t = standard;
        if (t == null) {
            try (InputStream in = Taxonomy.class.getResourceAsStream(STANDARD)) {
                if (in == null) throw new IllegalStateException("classpath resource io/tickmark/taxonomy/" + STANDARD + " is missing");
                t = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), STANDARD);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the standard taxonomy", e);
            }
            standard = t;
        }
        return t;
    }

    /** Loads a bank's own taxonomy file (UTF-8 CSV, with or without BOM). */
    public static Taxonomy load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses taxonomy CSV text; {@code sourceName} names the file in error messages.
     *
     * @throws TaxonomyFormatException when a row breaks a rule (unknown statement, duplicate id,
     *                                 missing sums_to target, bad weight, cycle...)
     */
    public static Taxonomy parse(String csv, String sourceName) {
        List<CsvRecords.Line> lines = CsvRecords.parse(csv);
        if (lines.isEmpty()) throw new TaxonomyFormatException(sourceName, 0, "the file is empty");
        Map<String, Integer> header = header(lines.get(0), sourceName);
        Map<String, Integer> lineOf = new HashMap<>();
        List<Concept> concepts = new ArrayList<>();
        for (CsvRecords.Line line : lines.subList(1, lines.size())) {
            Row row = new Row(line, header, sourceName);
            if (row.get("id").startsWith("#")) continue;
            Concept c = row.concept();
            Integer previous = lineOf.putIfAbsent(c.id(), line.number());
            if (previous != null) {
                throw new TaxonomyFormatException(sourceName, line.number(), "duplicate id '%s' (first defined on line %d)".formatted(c.id(), previous));
            }
            concepts.add(c);
        }
        checkStructure(concepts, lineOf, sourceName);
        return new Taxonomy(sourceName, concepts);
    }

    private static Map<String, Integer> header(CsvRecords.Line line, String sourceName) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < line.fields().size(); i++) header.put(line.fields().get(i).trim().toLowerCase(Locale.ROOT), i);
        for (String column : REQUIRED) {
            if (!header.containsKey(column)) {
                throw new TaxonomyFormatException(sourceName, line.number(), "header has no column '%s' (found %s)".formatted(column, line.fields()));
            }
        }
        return header;
    }

    private static void checkStructure(List<Concept> concepts, Map<String, Integer> lineOf, String sourceName) {
        Map<String, Concept> ids = new HashMap<>();
        concepts.forEach(c -> ids.put(c.id(), c));
        for (Concept c : concepts) {
            if (c.sumsTo() != null && !ids.containsKey(c.sumsTo())) {
                throw new TaxonomyFormatException(sourceName, lineOf.get(c.id()),
                        "sums_to '%s' of concept %s names no concept in the file".formatted(c.sumsTo(), c.id()));
            }
        }
        for (Concept c : concepts) {
            Set<String> seen = new HashSet<>();
            for (Concept at = c; at.sumsTo() != null; at = ids.get(at.sumsTo())) {
                if (!seen.add(at.id())) {
                    throw new TaxonomyFormatException(sourceName, lineOf.get(c.id()), "sums_to of concept %s leads back to itself through %s".formatted(c.id(), seen));
                }
            }
        }
    }

    /** The file the taxonomy was read from. */
    public String source() {
        return source;
    }

    /** Every concept in file order. */
    public List<Concept> concepts() {
        return List.copyOf(byId.values());
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The concept with this id, or an exception naming the id and the file. */
    public Concept require(String id) {
        Concept c = byId.get(id);
        if (c == null) throw new IllegalArgumentException("no concept '%s' in taxonomy %s".formatted(id, source));
        return c;
    }

    /** The concepts that appear on a statement, in file order. */
    public List<Concept> on(StatementType type) {
        return byId.values().stream().filter(c -> c.on(type)).toList();
    }

    /**
     * The concepts a US-GAAP element maps to, best first (the element's rank in each concept's
     * us_gaap list, then file order). Several concepts may share an element, e.g. NetIncomeLoss is
     * the consolidated net income of a company without noncontrolling interests.
     */
    public List<Concept> byUsGaap(String element) {
        return byId.values().stream().filter(c -> c.usGaap().contains(element))
                .sorted(Comparator.comparingInt(c -> c.usGaap().indexOf(element))).toList();
    }

    /** The concepts whose sums_to is this concept, in file order. */
    public List<Concept> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** Whether other concepts sum into this one: it is a subtotal or total. */
    public boolean isSubtotal(String id) {
        return children.containsKey(id);
    }

    /**
     * The sign with which {@code id} enters {@code ancestor} following sums_to (product of weights),
     * or 0 when it does not sum into it.
     */
    public int weightIn(String id, String ancestor) {
        int weight = 1;
        for (Concept at = byId.get(id); at != null && at.sumsTo() != null; at = byId.get(at.sumsTo())) {
            weight *= at.weight();
            if (at.sumsTo().equals(ancestor)) return weight;
        }
        return 0;
    }

    /** One data row, read by column name. */
    private static final class Row {
        private final CsvRecords.Line line;
        private final Map<String, Integer> header;
        private final String file;

        Row(CsvRecords.Line line, Map<String, Integer> header, String file) {
            this.line = line;
            this.header = header;
            this.file = file;
        }

        String get(String column) {
            Integer i = header.get(column);
            return i == null || i >= line.fields().size() ? "" : line.fields().get(i).trim();
        }

        Concept concept() {
            String id = get("id");
            String sumsTo = get("sums_to");
            try {
                return new Concept(id, statements(), get("label"), list("synonyms"), get("label_zh"), list("synonyms_zh"),
                        balance(), unit(), sumsTo.isEmpty() ? null : sumsTo, weight(), core(), list("us_gaap"),
                        list("keywords"));
            } catch (TaxonomyFormatException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw fail(e.getMessage(), e);
            }
        }

        private List<String> list(String column) {
            return Arrays.stream(get(column).split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        private Set<StatementType> statements() {
            Set<StatementType> types = EnumSet.noneOf(StatementType.class);
            for (String name : list("statement")) {
                try {
                    types.add(StatementType.valueOf(name.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw fail("unknown statement '%s' (expected %s)".formatted(name, Arrays.toString(StatementType.values())), e);
                }
            }
            return types;
        }

        private Concept.Balance balance() {
            String value = get("balance");
            try {
                return Concept.Balance.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw fail("balance '%s' is neither debit nor credit".formatted(value), e);
            }
        }

        private Unit.Kind unit() {
            String value = get("unit");
            try {
                return Unit.Kind.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw fail("unit '%s' is not one of money, per_share, shares, pure, percent".formatted(value), e);
            }
        }

        private int weight() {
            String value = get("weight");
            if (value.isEmpty()) return 1;
            return switch (value) {
                case "1", "+1" -> 1;
                case "-1" -> -1;
                default -> throw fail("weight '%s' of concept %s is not +1 or -1".formatted(value, get("id")), null);
            };
        }

        private boolean core() {
            String value = get("core").toLowerCase(Locale.ROOT);
            return switch (value) {
                case "true", "yes", "1" -> true;
                case "", "false", "no", "0" -> false;
                default -> throw fail("core '%s' is not true or false".formatted(value), null);
            };
        }

        private TaxonomyFormatException fail(String problem, Throwable cause) {
            return new TaxonomyFormatException(file, line.number(), problem, cause);
        }
    }
}
