package io.tickmark.metrics;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.tickmark.taxonomy.Taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metrics Tickmark answers, loaded from a CSV file a bank can edit (UTF-8, columns id, names,
 * formula, unit, decimals, description; names separated by {@code |}; rows whose id starts with
 * {@code #} are comments). Immutable. Loading checks that every formula parses, that every name
 * it uses is a taxonomy concept or a catalog metric, that no metric refers back to itself, that a
 * metric whose id is a concept id is that plain line item, and that no name belongs to two metrics.
 *
 * <p>A name in a formula is a concept when the taxonomy has it, otherwise a metric. Year counts of
 * cagr and mean may be a parameter, conventionally {@code n} ("revenue_cagr" is
 * {@code cagr(revenue, n)}); its value comes with each evaluation in the parameter map, taken from
 * the question ("3-year revenue CAGR" gives n = 3).
 */
public final class MetricCatalog {
    private static final String STANDARD = "standard.csv";
    private static final List<String> REQUIRED = List.of("id", "names", "formula", "unit");
    private static final int DEFAULT_DECIMALS = 2;
    private static volatile MetricCatalog standard;

    private final String source;
    private final Taxonomy taxonomy;
    private final Map<String, Metric> byId;

    private MetricCatalog(String source, Taxonomy taxonomy, List<Metric> metrics) {
        this.source = source;
        this.taxonomy = taxonomy;
        Map<String, Metric> ids = new LinkedHashMap<>();
        metrics.forEach(m -> ids.put(m.id(), m));
        this.byId = java.util.Collections.unmodifiableMap(ids);
    }

    /** Tickmark's standard metrics over the standard taxonomy, from the classpath. */
    public static MetricCatalog standard() {
        MetricCatalog c = standard;
        if (c == null) {
            try (InputStream in = MetricCatalog.class.getResourceAsStream(STANDARD)) {
                if (in == null) throw new IllegalStateException("classpath resource io/tickmark/metrics/" + STANDARD + " is missing");
                c = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), STANDARD, Taxonomy.standard());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the standard metric catalog", e);
            }
            standard = c;
        }
        return c;
    }

    /** Loads a bank's own catalog file over the standard taxonomy. */
    public static MetricCatalog load(Path file) throws IOException {
        return load(file, Taxonomy.standard());
    }

    /** Loads a bank's own catalog file over its own taxonomy. */
    public static MetricCatalog load(Path file, Taxonomy taxonomy) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), taxonomy);
    }

    /**
     * Parses catalog CSV text; {@code sourceName} names the file in error messages.
     *
     * @throws CatalogFormatException when a row breaks a rule (bad formula, unknown name, cycle, duplicate id or name...)
     */
    public static MetricCatalog parse(String csv, String sourceName, Taxonomy taxonomy) {
        List<Row> rows = rows(csv, sourceName);
        if (rows.isEmpty()) throw new CatalogFormatException(sourceName, 0, "the file is empty");
        Map<String, Integer> header = header(rows.get(0), sourceName);
        Map<String, Integer> lineOf = new HashMap<>();
        List<Metric> metrics = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            String id = row.get(header, "id");
            if (id.startsWith("#")) continue;
            Metric m = metric(row, header, sourceName);
            Integer previous = lineOf.putIfAbsent(m.id(), row.line());
            if (previous != null) {
                throw new CatalogFormatException(sourceName, row.line(), "duplicate id '%s' (first defined on line %d)".formatted(m.id(), previous));
            }
            metrics.add(m);
        }
        new CatalogCheck(sourceName, taxonomy, metrics, lineOf).run();
        return new MetricCatalog(sourceName, taxonomy, metrics);
    }

    /** The file the catalog was read from. */
    public String source() {
        return source;
    }

    /** The taxonomy whose concepts the formulas name. */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Every metric in file order. */
    public List<Metric> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Metric> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The metric one of whose names is {@code name}, ignoring case and runs of spaces. */
    public Optional<Metric> byName(String name) {
        return byId.values().stream().filter(m -> m.isNamed(name)).findFirst();
    }

    /** Whether a formula name is a taxonomy concept (concepts win over metrics of the same id). */
    public boolean isConcept(String name) {
        return taxonomy.concept(name).isPresent();
    }

    /** Names in the formula that are neither concepts nor metrics: a question definition should be rejected when any. */
    public List<String> unresolved(Formula formula) {
        return formula.references().stream().filter(n -> !isConcept(n) && !byId.containsKey(n)).toList();
    }

    /**
     * Evaluates a formula (a metric's or a question's own) for a fiscal year; {@code params} gives the
     * year-count parameters such as n. Never throws for missing facts, division by zero or unknown names:
     * those come back as missing inputs and problems with no value.
     */
    public Evaluation evaluate(Formula formula, int fiscalYear, Map<String, Integer> params, FactLookup lookup) {
        if (formula == null || params == null || lookup == null) throw new IllegalArgumentException("evaluate needs a formula, parameters and a lookup");
        return new Evaluator(this, lookup, params).evaluate(formula, fiscalYear);
    }

    /** Evaluates a catalog metric for a fiscal year. */
    public Evaluation evaluate(Metric metric, int fiscalYear, Map<String, Integer> params, FactLookup lookup) {
        if (metric == null || params == null || lookup == null) throw new IllegalArgumentException("evaluate needs a metric, parameters and a lookup");
        return new Evaluator(this, lookup, params).evaluate(metric, fiscalYear);
    }

    private static Metric metric(Row row, Map<String, Integer> header, String file) {
        try {
            List<String> names = Arrays.stream(row.get(header, "names").split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            String decimals = row.get(header, "decimals");
            return new Metric(row.get(header, "id"), names, Formula.parse(row.get(header, "formula")),
                    Metric.Unit.parse(row.get(header, "unit")), decimals.isEmpty() ? DEFAULT_DECIMALS : Integer.parseInt(decimals),
                    row.get(header, "description"));
        } catch (IllegalArgumentException e) {
            throw new CatalogFormatException(file, row.line(), "metric '%s': %s".formatted(row.get(header, "id"), e.getMessage()), e);
        }
    }

    private static Map<String, Integer> header(Row row, String file) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < row.fields().size(); i++) header.put(row.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        for (String column : REQUIRED) {
            if (!header.containsKey(column)) {
                throw new CatalogFormatException(file, row.line(), "header has no column '%s' (found %s)".formatted(column, row.fields()));
            }
        }
        return header;
    }

    private static List<Row> rows(String csv, String file) {
        if (csv.startsWith("\uFEFF")) csv = csv.substring(1);
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                List<String> fields = it.nextValue();
                if (fields.stream().anyMatch(f -> f != null && !f.isBlank())) rows.add(new Row(line, fields));
            }
        } catch (IOException | RuntimeException e) {
            throw new CatalogFormatException(file, 0, "not readable as CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    /** One CSV record and the 1-based line it starts on. */
    private record Row(int line, List<String> fields) {
        String get(Map<String, Integer> header, String column) {
            Integer i = header.get(column);
            return i == null || i >= fields.size() || fields.get(i) == null ? "" : fields.get(i).strip();
        }
    }

    /** The cross-row rules of a catalog file. */
    private record CatalogCheck(String file, Taxonomy taxonomy, List<Metric> metrics, Map<String, Integer> lineOf) {
        void run() {
            Map<String, Metric> ids = new HashMap<>();
            metrics.forEach(m -> ids.put(m.id(), m));
            Map<String, String> owners = new HashMap<>();
            for (Metric m : metrics) {
                lineItem(m);
                m.formula().references().forEach(name -> known(m, name, ids));
                m.names().forEach(name -> uniqueName(m, name, owners));
            }
            metrics.forEach(m -> acyclic(m, ids, new ArrayList<>()));
        }

        private void lineItem(Metric m) {
            if (taxonomy.concept(m.id()).isPresent() && !m.formula().isBareReference(m.id())) {
                fail(m, "id '%s' is a concept, so its formula must be just '%s', not '%s'".formatted(m.id(), m.id(), m.formula().text()));
            }
        }

        private void known(Metric m, String name, Map<String, Metric> ids) {
            if (taxonomy.concept(name).isEmpty() && !ids.containsKey(name)) {
                fail(m, "formula '%s' names '%s', which is neither a concept of %s nor a metric".formatted(m.formula().text(), name, taxonomy.source()));
            }
        }

        private void uniqueName(Metric m, String name, Map<String, String> owners) {
            String other = owners.putIfAbsent(Metric.normalize(name), m.id());
            if (other != null && !other.equals(m.id())) fail(m, "name '%s' already belongs to metric %s".formatted(name, other));
        }

        private void acyclic(Metric m, Map<String, Metric> ids, List<String> path) {
            if (path.contains(m.id())) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(m.id()), path.size()));
                cycle.add(m.id());
                fail(m, "refers back to itself through " + String.join(" -> ", cycle));
            }
            path.add(m.id());
            for (String name : m.formula().references()) {
                if (taxonomy.concept(name).isEmpty() && ids.containsKey(name)) acyclic(ids.get(name), ids, path);
            }
            path.remove(path.size() - 1);
        }

        private void fail(Metric m, String problem) {
            throw new CatalogFormatException(file, lineOf.getOrDefault(m.id(), 0), "metric %s: %s".formatted(m.id(), problem));
        }
    }
}
