package io.tickmark.credit;

import io.tickmark.metrics.Metric;
import io.tickmark.spread.DocumentInfo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a credit analyst brings to committee, as records: the company and the fiscal years lined up
 * (oldest first), the reports used and left out, how the years were lined up (notes) and which
 * absent lines were taken as zero or replaced (assumptions), the multi-year spread, the ratio pack,
 * the published scores of each year, the scorecard rating of the latest year, the red flags and the
 * narrative. Every number is a ticked fact or a {@link Figure} with its formula and ticked inputs.
 */
public record CreditAnalysis(String company, String currency, List<Integer> years, List<DocumentInfo> documents,
                             List<DocumentInfo> leftOut, List<AlignmentNote> notes, List<String> assumptions,
                             List<SpreadRow> spread, List<RatioRow> ratios, List<ScoreResult> scores, Rating rating,
                             List<RedFlag> flags, Narrative narrative) {
    public CreditAnalysis {
        years = List.copyOf(years);
        documents = List.copyOf(documents);
        leftOut = List.copyOf(leftOut);
        notes = List.copyOf(notes);
        assumptions = List.copyOf(assumptions);
        spread = List.copyOf(spread);
        ratios = List.copyOf(ratios);
        scores = List.copyOf(scores);
        flags = List.copyOf(flags);
    }

    public CreditAnalysis withNarrative(Narrative n) {
        return new CreditAnalysis(company, currency, years, documents, leftOut, notes, assumptions, spread, ratios, scores, rating, flags, n);
    }

    public Optional<Integer> latestYear() {
        return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
    }

    public Optional<RatioRow> ratio(String id) {
        return ratios.stream().filter(r -> r.ratio().id().equals(id)).findFirst();
    }

    public Optional<SpreadRow> line(String concept) {
        return spread.stream().filter(r -> r.concept().equals(concept)).findFirst();
    }

    /** The scores of one year, in the order Altman Z, Z'', Piotroski F, Beneish M. */
    public List<ScoreResult> scores(int year) {
        return scores.stream().filter(s -> s.fiscalYear() == year).toList();
    }

    /** An amount as the memo shows it: in millions, one decimal ("1,577.0"). */
    public static String money(BigDecimal v) {
        return Metric.display(v, Metric.Unit.MONEY, 1, Metric.Scale.MILLIONS).replace(" million", "");
    }

    /** A scorecard score as shown ("3.85"). */
    public static String points(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
