package io.tickmark.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.tickmark.facts.Period;
import io.tickmark.taxonomy.Taxonomy;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The XBRL facts of one filing, read from a flattened facts CSV (columns {@code concept, value, unit,
 * decimals, start, end, instant, dims, context[, displayed, scale]}): the truth a spread of the same
 * filing is measured against. Rows with a text value ("no", "three") or a period Tickmark cannot
 * represent (longer than 24 months) are counted in {@link #skipped()}; exact duplicates are dropped.
 */
public final class XbrlTruth {
    private static final CsvMapper CSV = new CsvMapper();
    private static final int WEEK = 7;

    private final String source;
    private final List<XbrlFact> facts;
    private final int skipped;

    private XbrlTruth(String source, List<XbrlFact> facts, int skipped) {
        this.source = source;
        this.facts = List.copyOf(facts);
        this.skipped = skipped;
    }

    /** Reads a facts CSV file (UTF-8). */
    public static XbrlTruth load(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return parse(reader, csv.getFileName().toString());
        }
    }

    /** Reads facts CSV text; {@code source} names it in messages. */
    public static XbrlTruth parse(Reader reader, String source) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        Set<XbrlFact> facts = new LinkedHashSet<>();
        int skipped = 0;
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(schema).readValues(reader)) {
            while (rows.hasNext()) {
                Optional<XbrlFact> fact = fact(rows.next());
                if (fact.isPresent()) facts.add(fact.get());
                else skipped++;
            }
        }
        return new XbrlTruth(source, new ArrayList<>(facts), skipped);
    }

    /** Builds an instance from facts already read, e.g. in tests. */
    public static XbrlTruth of(String source, List<XbrlFact> facts) {
        return new XbrlTruth(source, new ArrayList<>(new LinkedHashSet<>(facts)), 0);
    }

    private static Optional<XbrlFact> fact(Map<String, String> row) {
        String concept = text(row, "concept");
        int colon = concept.lastIndexOf(':');
        try {
            BigDecimal value = new BigDecimal(text(row, "value"));
            return Optional.of(new XbrlFact(colon < 0 ? "" : concept.substring(0, colon), concept.substring(colon + 1),
                    value, text(row, "unit"), period(row), text(row, "dims")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Period period(Map<String, String> row) {
        LocalDate end = LocalDate.parse(text(row, "end"));
        String start = text(row, "start");
        boolean instant = Boolean.parseBoolean(text(row, "instant")) || start.isEmpty();
        return instant ? Period.instant(end) : Period.of(LocalDate.parse(start), end);
    }

    private static String text(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null ? "" : value.trim();
    }

    /** The file or name the facts came from. */
    public String source() {
        return source;
    }

    /** Every numeric fact, in file order. */
    public List<XbrlFact> facts() {
        return facts;
    }

    /** The facts without dimensions: those a face statement shows. */
    public List<XbrlFact> faceFacts() {
        return facts.stream().filter(XbrlFact::faceStatement).toList();
    }

    /** Rows left out: text values and periods longer than 24 months. */
    public int skipped() {
        return skipped;
    }

    /** The first face fact of the US-GAAP element for the period (same period within a week). */
    public Optional<XbrlFact> face(String element, Period period) {
        return facts.stream().filter(f -> f.faceStatement() && f.usGaap() && f.element().equals(element)
                && f.period().sameAs(period)).findFirst();
    }

    /**
     * The periods the filing's primary statements show, derived from the truth so that a statement
     * Tickmark failed to find still counts: balance-sheet dates from the elements of
     * {@code total_assets}, statement durations from those of {@code net_income} and {@code revenue}.
     * Supplementary figures tagged without dimensions are left out: in an annual filing only durations
     * as long as the year's (not quarterly data) and the two latest year ends; in an interim filing
     * durations ending at the period end or a year before, and dates within the year before the period end.
     */
    public List<Period> statementPeriods(Taxonomy taxonomy) {
        List<Period> instants = anchorPeriods(taxonomy, List.of("total_assets"), Period::isInstant);
        List<Period> durations = anchorPeriods(taxonomy, List.of("net_income", "revenue"), p -> !p.isInstant());
        Optional<LocalDate> end = latestEnd(instants, durations);
        if (end.isEmpty()) return List.of();
        int yearMonths = yearMonths(durations, end.get());
        List<Period> periods = new ArrayList<>();
        if (yearMonths >= 12) {
            durations.stream().filter(p -> p.months() == yearMonths).forEach(periods::add);
            instants.stream().filter(p -> near(p.end(), end.get()) || near(p.end(), end.get().minusYears(1))).forEach(periods::add);
        } else {
            durations.stream().filter(p -> near(p.end(), end.get()) || near(p.end(), end.get().minusYears(1))).forEach(periods::add);
            instants.stream().filter(p -> !p.end().isBefore(end.get().minusYears(1).minusDays(WEEK))).forEach(periods::add);
        }
        return distinct(periods);
    }

    private List<Period> anchorPeriods(Taxonomy taxonomy, List<String> concepts, Predicate<Period> kind) {
        Set<String> elements = new LinkedHashSet<>();
        concepts.forEach(c -> taxonomy.concept(c).ifPresent(concept -> elements.addAll(concept.usGaap())));
        return distinct(facts.stream().filter(f -> f.faceStatement() && f.usGaap() && elements.contains(f.element()))
                .map(XbrlFact::period).filter(kind).toList());
    }

    private static Optional<LocalDate> latestEnd(List<Period> instants, List<Period> durations) {
        return java.util.stream.Stream.concat(instants.stream(), durations.stream()).map(Period::end)
                .max(Comparator.naturalOrder());
    }

    /** The longest duration ending at the period end: 12 for an annual filing, 3, 6 or 9 for an interim one. */
    private static int yearMonths(List<Period> durations, LocalDate end) {
        return durations.stream().filter(p -> near(p.end(), end)).mapToInt(Period::months).max()
                .orElse(durations.stream().mapToInt(Period::months).max().orElse(0));
    }

    private static boolean near(LocalDate a, LocalDate b) {
        return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a, b)) <= WEEK;
    }

    private static List<Period> distinct(List<Period> periods) {
        List<Period> out = new ArrayList<>();
        for (Period p : periods) {
            if (out.stream().noneMatch(p::sameAs)) out.add(p);
        }
        out.sort(Comparator.comparing(Period::months).thenComparing(Period::end, Comparator.reverseOrder()));
        return out;
    }
}
