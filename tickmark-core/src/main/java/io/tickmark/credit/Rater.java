package io.tickmark.credit;

import io.tickmark.metrics.FactLookup;
import io.tickmark.metrics.Formula;
import io.tickmark.metrics.Metric;
import io.tickmark.metrics.MetricCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Applies a {@link Scorecard} to the ratios and scores of the latest year. */
final class Rater {
    /** Below this share of the weight scored, no grade is given. */
    static final double MIN_WEIGHT_SHARE = 0.6;

    private final Scorecard card;
    private final MetricCatalog metrics;

    Rater(Scorecard card, MetricCatalog metrics) {
        this.card = card;
        this.metrics = metrics;
    }

    Rating rate(int year, List<RatioRow> ratios, List<ScoreResult> scores, FactLookup lookup) {
        List<Rating.FactorScore> out = new ArrayList<>();
        double total = 0, scored = 0, sum = 0;
        for (Scorecard.Factor f : card.factors()) {
            total += f.weight();
            Figure figure = figure(f.metric(), year, ratios, scores, lookup);
            String rule = rule(f);
            if (!figure.available()) {
                out.add(new Rating.FactorScore(f.name(), f.metric(), f.weight(), figure, null, null, rule));
                continue;
            }
            int points = f.points(figure.value().doubleValue());
            scored += f.weight();
            sum += points * f.weight();
            out.add(new Rating.FactorScore(f.name(), f.metric(), f.weight(), figure, points, null, rule));
        }
        List<Rating.FactorScore> withShare = new ArrayList<>();
        for (Rating.FactorScore fs : out) {
            Double contribution = fs.points() == null || scored == 0 ? null : fs.points() * fs.weight() / scored;
            withShare.add(new Rating.FactorScore(fs.name(), fs.metric(), fs.weight(), fs.figure(), fs.points(), contribution, fs.rule()));
        }
        if (scored < MIN_WEIGHT_SHARE * total) {
            return new Rating(card.source(), year, withShare, null, null, null, scored, total,
                    String.format(Locale.ROOT, "No grade: only %.0f of %.0f weight could be scored (at least %.0f%% needed).", scored, total, MIN_WEIGHT_SHARE * 100));
        }
        double score = sum / scored;
        Scorecard.Grade g = card.grade(score);
        String note = scored < total
                ? String.format(Locale.ROOT, "Weights re-normalised over the %.0f of %.0f weight that could be scored.", scored, total)
                : "All factors scored.";
        return new Rating(card.source(), year, withShare, score, g.grade(), g.description(), scored, total, note);
    }

    private Figure figure(String metric, int year, List<RatioRow> ratios, List<ScoreResult> scores, FactLookup lookup) {
        for (RatioRow r : ratios) {
            if (r.ratio().id().equals(metric)) {
                Optional<Figure> f = r.year(year);
                if (f.isPresent()) return f.get();
            }
        }
        for (ScoreResult s : scores) {
            if (s.id().equals(metric)) {
                return s.available() ? new Figure(metric, year, s.value(), s.shown(), null, s.formula(), null, List.of())
                        : new Figure(metric, year, null, null, s.naBecause(), s.formula(), null, List.of());
            }
        }
        Optional<Metric> m = metrics.byId(metric);
        Formula formula = m.map(Metric::formula).orElseGet(() -> Formula.parse(metric));
        Metric.Unit unit = m.map(Metric::unit).orElse(Metric.Unit.MONEY);
        return RatioPack.evaluate(metrics, metric, formula, null, unit, unit == Metric.Unit.MONEY ? 1 : 2, year, lookup);
    }

    private static String rule(Scorecard.Factor f) {
        List<Double> c = f.cutoffs();
        return (f.higherIsBetter() ? "higher is better: " : "lower is better: ") + "1 pt beyond " + num(c.get(0)) + ", 2 at " + num(c.get(0))
                + ", 3 at " + num(c.get(1)) + ", 4 at " + num(c.get(2)) + ", 5 at " + num(c.get(3));
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%s", d);
    }
}
