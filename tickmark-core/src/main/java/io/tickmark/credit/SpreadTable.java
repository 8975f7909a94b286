package io.tickmark.credit;

import io.tickmark.facts.Fact;
import io.tickmark.statement.StatementType;
import io.tickmark.taxonomy.Concept;
import io.tickmark.taxonomy.Taxonomy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lays the lined-up facts out in the bank's layout: statements in taxonomy order, years as columns. */
final class SpreadTable {
    private SpreadTable() {
    }

    static List<SpreadRow> rows(AlignedYears aligned, Taxonomy taxonomy) {
        List<SpreadRow> rows = new ArrayList<>();
        for (StatementType type : StatementType.values()) {
            String base = type == StatementType.BALANCE_SHEET ? "total_assets" : "revenue";
            for (Concept c : taxonomy.on(type)) {
                Map<Integer, Fact> byYear = aligned.facts().get(c.id());
                if (byYear == null || byYear.isEmpty()) continue;
                if (!type.name().equals(home(byYear))) continue;
                List<Fact> values = new ArrayList<>();
                List<Double> common = new ArrayList<>();
                List<Double> yoy = new ArrayList<>();
                Fact previous = null;
                int previousYear = Integer.MIN_VALUE;
                for (int y : aligned.years()) {
                    Fact f = byYear.get(y);
                    values.add(f);
                    Fact b = aligned.fact(base, y).orElse(null);
                    common.add(f == null || b == null || b.value().signum() <= 0 ? null : f.value().divide(b.value(), MathContext.DECIMAL64).doubleValue());
                    yoy.add(f == null || previous == null || previousYear != y - 1 || previous.value().signum() == 0 ? null
                            : f.value().subtract(previous.value()).divide(previous.value().abs(), MathContext.DECIMAL64).doubleValue());
                    previous = f;
                    previousYear = y;
                }
                if (values.stream().allMatch(v -> v == null)) continue;
                rows.add(new SpreadRow(c.id(), c.label(), type.name(), taxonomy.isSubtotal(c.id()), values, common, yoy));
            }
        }
        return rows;
    }

    /** The statement most of a concept's facts come from. */
    private static String home(Map<Integer, Fact> byYear) {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (Fact f : byYear.values()) counts.merge(f.statement(), 1L, Long::sum);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    static BigDecimal value(AlignedYears a, String concept, int year) {
        return a.fact(concept, year).map(Fact::value).orElse(null);
    }
}
