package io.tickmark.credit.memo;

import io.tickmark.credit.CreditAnalysis;
import io.tickmark.credit.Figure;
import io.tickmark.credit.RatioRow;
import io.tickmark.credit.SpreadRow;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Source;
import io.tickmark.statement.StatementType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What every memo format shows the same way: series for the charts, how cells and sources read. */
final class Memo {
    private Memo() {
    }

    record Series(String name, List<Double> values) {
    }

    record Chart(String title, String unit, List<Series> series) {
    }

    static List<Chart> charts(CreditAnalysis a) {
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart("Revenue", a.currency() + " millions", List.of(line(a, "revenue", "Revenue"), line(a, "net_income", "Net income"))));
        charts.add(new Chart("Margins", "%", List.of(ratio(a, "gross_margin", 100), ratio(a, "ebitda_margin", 100), ratio(a, "net_margin", 100))));
        charts.add(new Chart("Leverage", "x", List.of(ratio(a, "debt_to_ebitda", 1), ratio(a, "debt_to_equity", 1))));
        charts.add(new Chart("Coverage", "x", List.of(ratio(a, "ebit_interest", 1), ratio(a, "ebitda_interest", 1))));
        return charts;
    }

    private static Series line(CreditAnalysis a, String concept, String name) {
        List<Double> v = new ArrayList<>();
        SpreadRow row = a.line(concept).orElse(null);
        for (int i = 0; i < a.years().size(); i++) {
            Fact f = row == null ? null : row.values().get(i);
            v.add(f == null ? null : f.value().doubleValue() / 1e6);
        }
        return new Series(name, v);
    }

    private static Series ratio(CreditAnalysis a, String id, double factor) {
        List<Double> v = new ArrayList<>();
        RatioRow row = a.ratio(id).orElse(null);
        for (int y : a.years()) {
            Figure f = row == null ? null : row.year(y).orElse(null);
            v.add(f == null || !f.available() ? null : f.value().doubleValue() * factor);
        }
        return new Series(row == null ? id : row.ratio().name(), v);
    }

    static String statementTitle(String statement) {
        try {
            return StatementType.valueOf(statement).title();
        } catch (IllegalArgumentException e) {
            return statement;
        }
    }

    static String money(BigDecimal v) {
        return CreditAnalysis.money(v);
    }

    static String percent(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f%%", d * 100);
    }

    static String cite(Source s) {
        return s.document() + " p." + s.page() + (AlignedNotPrinted.is(s) ? " (not printed: taken as 0)" : " l." + (s.line() + 1));
    }

    static String familyTitle(String family) {
        String f = family.replace('_', ' ');
        return Character.toUpperCase(f.charAt(0)) + f.substring(1);
    }

    /** Whether a source is a zero taken for a line the statement does not print. */
    static final class AlignedNotPrinted {
        static boolean is(Source s) {
            return io.tickmark.credit.AlignedLookup.NOT_PRINTED.equals(s.rawValue());
        }
    }
}
