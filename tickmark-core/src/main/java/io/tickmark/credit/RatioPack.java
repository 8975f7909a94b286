package io.tickmark.credit;

import io.tickmark.metrics.Evaluation;
import io.tickmark.metrics.FactLookup;
import io.tickmark.metrics.Formula;
import io.tickmark.metrics.Metric;
import io.tickmark.metrics.MetricCatalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes the ratios of a {@link RatioCatalog} for each fiscal year through the metric engine, so
 * each value has its formula and ticked inputs. A missing input gives "n/a because ..." and so does
 * a denominator that is zero or negative (a debt/equity ratio over negative equity means nothing);
 * never a zero in place of an unknown.
 */
public final class RatioPack {
    private final MetricCatalog metrics;
    private final RatioCatalog ratios;

    public RatioPack(MetricCatalog metrics, RatioCatalog ratios) {
        this.metrics = metrics;
        this.ratios = ratios;
    }

    public List<RatioRow> compute(FactLookup lookup, List<Integer> years) {
        List<RatioRow> rows = new ArrayList<>();
        for (Ratio r : ratios.all()) {
            List<Figure> figures = new ArrayList<>();
            for (int y : years) figures.add(figure(r, y, lookup));
            rows.add(new RatioRow(r, figures));
        }
        return rows;
    }

    public Figure figure(Ratio r, int year, FactLookup lookup) {
        return evaluate(metrics, r.id(), r.formula(), r.denominator(), r.unit(), r.decimals(), year, lookup);
    }

    /** Evaluates a formula whose denominator must be positive, into a figure shown in its unit. */
    static Figure evaluate(MetricCatalog metrics, String id, Formula formula, Formula denominator, Metric.Unit unit, int decimals,
                           int year, FactLookup lookup) {
        Evaluation e = metrics.evaluate(formula, year, Map.of(), lookup);
        if (!e.computed()) return new Figure(id, year, null, null, Reasons.of(e), formula.text(), e, cautions(e));
        if (denominator != null) {
            Evaluation d = metrics.evaluate(denominator, year, Map.of(), lookup);
            if (d.computed() && d.value().signum() <= 0) {
                String why = "n/a because %s is %s (%s) in FY%d".formatted(denominator.text().replace('_', ' '),
                        d.value().signum() == 0 ? "zero" : "negative", PeriodAligner.plain(d.value()), year);
                return new Figure(id, year, null, null, why, formula.text(), e, cautions(e));
            }
        }
        BigDecimal v = e.value();
        return new Figure(id, year, v, unit == Metric.Unit.MONEY ? CreditAnalysis.money(v) : Metric.display(v, unit, decimals, null),
                null, formula.text(), e, cautions(e));
    }

    static List<String> cautions(Evaluation e) {
        return e.lowConfidence().stream().map(i -> "%s FY%d [%s] is part of a failed accounting check".formatted(i.concept(), i.fiscalYear(), i.fact().source().cite())).toList();
    }
}
