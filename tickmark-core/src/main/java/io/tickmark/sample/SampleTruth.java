package io.tickmark.sample;

import io.tickmark.facts.Period;
import io.tickmark.statement.StatementType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a sample report printed that an extractor should find: the statements line by line,
 * and what each page holds, so golden tests compare extraction against known values.
 *
 * @param company    the company printed
 * @param pages      the kind of each page, index 0 being PDF page 1
 * @param statements the three primary statements
 */
public record SampleTruth(SampleCompany company, List<PageKind> pages, Map<StatementType, StatementTruth> statements) {
    public SampleTruth {
        if (company == null) throw new IllegalArgumentException("sample truth has no company");
        pages = List.copyOf(pages);
        for (StatementType type : StatementType.values()) {
            if (!statements.containsKey(type)) throw new IllegalArgumentException("sample truth lacks the " + type);
        }
        statements = Collections.unmodifiableMap(new EnumMap<>(statements));
    }

    /** What the report printed for one statement. */
    public StatementTruth statement(StatementType type) {
        return statements.get(type);
    }

    /** The 1-based PDF pages of a kind, in order. */
    public List<Integer> pagesOf(PageKind kind) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) if (pages.get(i) == kind) found.add(i + 1);
        return found;
    }

    /** The value a core concept printed for a period, from the first statement that printed it there. */
    public BigDecimal value(String conceptId, Period period) {
        for (StatementTruth statement : statements.values()) {
            var line = statement.concept(conceptId);
            if (line.isPresent() && line.get().values().containsKey(period)) return line.get().value(period);
        }
        throw new IllegalArgumentException("no statement printed %s for %s".formatted(conceptId, period));
    }
}
