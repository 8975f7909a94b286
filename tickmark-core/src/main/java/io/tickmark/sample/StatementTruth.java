package io.tickmark.sample;

import io.tickmark.facts.Period;
import io.tickmark.statement.StatementType;

import java.util.List;
import java.util.Optional;

/**
 * What a sample report printed for one primary statement.
 *
 * @param type    which statement
 * @param title   the title as printed, e.g. "CONSOLIDATED BALANCE SHEETS"
 * @param pages   1-based PDF pages it spans, in order (the balance sheet spans two)
 * @param periods the column periods, latest first
 * @param lines   every printed line top to bottom, headings included
 */
public record StatementTruth(StatementType type, String title, List<Integer> pages, List<Period> periods,
                             List<TruthLine> lines) {
    public StatementTruth {
        if (type == null) throw new IllegalArgumentException("statement truth has no type");
        if (pages.isEmpty()) throw new IllegalArgumentException("statement " + type + " was printed on no page");
        pages = List.copyOf(pages);
        periods = List.copyOf(periods);
        lines = List.copyOf(lines);
    }

    /** The line with the generator's key, e.g. "total_liabilities_and_equity". */
    public TruthLine line(String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("statement %s has no line %s".formatted(type, key)));
    }

    /** The line standing for a standard concept, if this statement printed one. */
    public Optional<TruthLine> concept(String conceptId) {
        return lines.stream().filter(l -> conceptId.equals(l.concept())).findFirst();
    }

    /** The lines that map to standard concepts. */
    public List<TruthLine> conceptLines() {
        return lines.stream().filter(l -> l.concept() != null).toList();
    }
}
