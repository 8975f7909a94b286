package io.tickmark.spread;

import io.tickmark.facts.Period;
import io.tickmark.statement.StatementType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One statement of a spread: its periods (columns) and its lines, each value a ticked fact. */
public record StatementSpread(StatementType type, String title, List<Integer> pages, List<Period> periods,
                              BigDecimal scale, String currency, List<SpreadLine> lines) {
    public StatementSpread {
        pages = List.copyOf(pages);
        periods = List.copyOf(periods);
        lines = List.copyOf(lines);
    }

    /** The first line mapped to the concept, if any. */
    public Optional<SpreadLine> line(String concept) {
        return lines.stream().filter(l -> concept.equals(l.concept())).findFirst();
    }
}
