package io.tickmark.check;

import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import io.tickmark.statement.Column;
import io.tickmark.statement.StatementTable;
import io.tickmark.statement.TableRow;
import io.tickmark.taxonomy.Mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One statement as the checks read it: its type, the printed unit in whole units (1,000,000 for a
 * statement "in millions"; a figure may be off by rounding of one such unit), and its lines in
 * printed order, headings included, each with its concept (null when unmapped) and its values in
 * whole units by period (a period missing from the map means a blank cell).
 */
public record StatementValues(io.tickmark.statement.StatementType type, BigDecimal unit, List<Line> lines) {
    /** A printed line: concept or null, label as printed, values by period (empty for a heading). */
    public record Line(String concept, String label, Map<Period, BigDecimal> values) {
        public Line {
            if (label == null) throw new IllegalArgumentException("line of concept " + concept + " has no label");
            values = Map.copyOf(values);
        }

        public boolean heading() {
            return values.isEmpty();
        }
    }

    public StatementValues {
        if (type == null) throw new IllegalArgumentException("statement values have no statement type");
        if (unit == null || unit.signum() <= 0) throw new IllegalArgumentException("printed unit %s of the %s is not positive".formatted(unit, type));
        lines = List.copyOf(lines);
    }

    /** From a rebuilt table and the mapper's output for its rows (same order); cells are scaled to whole units. */
    public static StatementValues from(StatementTable table, List<Mapping> mappings) {
        if (mappings.size() != table.rows().size()) {
            throw new IllegalArgumentException("%d mappings for %d rows of %s".formatted(mappings.size(), table.rows().size(), table.title()));
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            Map<Period, BigDecimal> values = new LinkedHashMap<>();
            for (Column column : table.columns()) {
                if (column.index() < row.cells().size() && row.cells().get(column.index()) != null) {
                    values.put(column.period(), row.cells().get(column.index()).value().multiply(table.scale()));
                }
            }
            lines.add(new Line(mappings.get(r).concept(), row.label(), values));
        }
        return new StatementValues(table.type(), table.scale(), lines);
    }

    /** From a spread statement: its lines and their ticked facts. */
    public static StatementValues from(StatementSpread spread) {
        List<Line> lines = new ArrayList<>();
        for (SpreadLine line : spread.lines()) {
            Map<Period, BigDecimal> values = new LinkedHashMap<>();
            for (Fact f : line.values()) if (f != null) values.put(f.period(), f.value());
            lines.add(new Line(line.concept(), line.rawLabel() == null ? line.label() : line.rawLabel(), values));
        }
        return new StatementValues(spread.type(), spread.scale(), lines);
    }

    /** Every period with a value, in first-seen order. */
    public List<Period> periods() {
        Set<Period> periods = new LinkedHashSet<>();
        lines.forEach(l -> periods.addAll(l.values().keySet()));
        return List.copyOf(periods);
    }

    /** The value of the first line mapped to the concept, for the period (or one within a week of it). */
    public Optional<BigDecimal> value(String concept, Period period) {
        return lines.stream().filter(l -> concept.equals(l.concept())).findFirst()
                .flatMap(l -> valueAt(l, period));
    }

    static Optional<BigDecimal> valueAt(Line line, Period period) {
        BigDecimal exact = line.values().get(period);
        if (exact != null) return Optional.of(exact);
        return line.values().entrySet().stream().filter(e -> e.getKey().sameAs(period)).map(Map.Entry::getValue).findFirst();
    }

    public boolean has(String concept) {
        return lines.stream().anyMatch(l -> concept.equals(l.concept()));
    }

    /** The index of the first line mapped to the concept, or -1. */
    public int lineOf(String concept) {
        for (int i = 0; i < lines.size(); i++) if (concept.equals(lines.get(i).concept())) return i;
        return -1;
    }
}
