package io.tickmark.sample;

import io.tickmark.facts.Period;
import io.tickmark.facts.Unit;
import io.tickmark.statement.StatementType;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line a sample report printed on a statement, with the values it stands for.
 *
 * @param key       the generator's own stable name for the line (e.g. "total_liabilities_and_equity");
 *                  unique within a statement, not a taxonomy concept
 * @param label     the label as printed, wrapped lines joined by one space, footnote marks kept
 * @param statement the statement the line belongs to
 * @param concept   the standard concept id when the line is a core concept (e.g. "total_assets"), else null
 * @param page      1-based PDF page the line's values are printed on
 * @param level     indentation level: 0 at the left edge, 1 and 2 indented
 * @param unit      money, money per share or shares
 * @param values    value per column period, latest first, in whole units (already multiplied by the
 *                  scale) with the printed sign: "(1,234)" is negative, "—" is zero. Empty for headings
 *                  and lines printed without values ("Commitments and contingencies")
 */
public record TruthLine(String key, String label, StatementType statement, String concept, int page, int level,
                        Unit unit, Map<Period, BigDecimal> values) {
    public TruthLine {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("truth line '" + label + "' has no key");
        if (label == null || label.isBlank()) throw new IllegalArgumentException("truth line " + key + " has no label");
        if (statement == null) throw new IllegalArgumentException("truth line " + key + " has no statement");
        if (page < 1) throw new IllegalArgumentException("truth line %s on page %d: pages are 1-based".formatted(key, page));
        if (unit == null) throw new IllegalArgumentException("truth line " + key + " has no unit");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Whether the line printed values (false for headings such as "Current assets:"). */
    public boolean hasValues() {
        return !values.isEmpty();
    }

    /** The value printed for a period, in whole units. */
    public BigDecimal value(Period period) {
        BigDecimal value = values.get(period);
        if (value == null) {
            throw new IllegalArgumentException("line %s has no value for %s; it has %s".formatted(key, period, values.keySet()));
        }
        return value;
    }
}
