package io.tickmark.spread;

import io.tickmark.facts.Period;
import io.tickmark.statement.Scope;
import io.tickmark.statement.StatementType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One statement of a spread: its periods (columns) and its lines, each value a ticked fact, and whose statement
 * it is (consolidated, or the parent company's own where a report prints both).
 */
public record StatementSpread(StatementType type, String title, List<Integer> pages, List<Period> periods,
                              BigDecimal scale, String currency, List<SpreadLine> lines, Scope scope) {
    public StatementSpread {
        if (scope == null) scope = Scope.CONSOLIDATED;
        pages = List.copyOf(pages);
        periods = List.copyOf(periods);
        lines = List.copyOf(lines);
    }

    /** A consolidated statement (what every report without a parent-company statement shows). */
    public StatementSpread(StatementType type, String title, List<Integer> pages, List<Period> periods,
                           BigDecimal scale, String currency, List<SpreadLine> lines) {
        this(type, title, pages, periods, scale, currency, lines, Scope.CONSOLIDATED);
    }

    /** The first line mapped to the concept, if any. */
    public Optional<SpreadLine> line(String concept) {
        return lines.stream().filter(l -> concept.equals(l.concept())).findFirst();
    }
}
