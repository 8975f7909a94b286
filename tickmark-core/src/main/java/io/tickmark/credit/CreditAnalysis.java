package io.tickmark.credit;

import io.tickmark.metrics.Metric;
import io.tickmark.spread.DocumentInfo;

import io.tickmark.llm.NumberChecker;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a credit analyst brings to committee, as records: the company and the fiscal years lined up
 * (oldest first), the reports used and left out, how the years were lined up (notes) and which
 * absent lines were taken as zero or replaced (assumptions), the multi-year spread, the ratio pack,
 * the published scores of each year, the scorecard rating of the latest year, the red flags, the
 * figures the analyst supplied (never ticked, shown apart) and the narrative. Every number is a ticked fact or a {@link Figure} with its formula and ticked inputs.
 */
public record CreditAnalysis(String company, String currency, List<Integer> years, List<DocumentInfo> documents,
                             List<DocumentInfo> leftOut, List<AlignmentNote> notes, List<String> assumptions,
                             List<SpreadRow> spread, List<RatioRow> ratios, List<ScoreResult> scores, Rating rating,
                             List<RedFlag> flags, List<AnalystInput> inputs, Narrative narrative) {
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
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
    }

    public CreditAnalysis withNarrative(Narrative n) {
        return new CreditAnalysis(company, currency, years, documents, leftOut, notes, assumptions, spread, ratios, scores, rating, flags, inputs, n);
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

    /**
     * The checker of a text written about this analysis (the narrative, a model's paragraph): every number in
     * it must be one of the analysis's figures, as shown or as computed (within the rounding it is written
     * with, at any scale: "3.65 billion" for 3,650.0 million), a fiscal year, or a count the memo states
     * (years, reports, red flags, the scorecard's 5 points). The same {@link NumberChecker} checks a model's
     * cited answers; analyst inputs are not figures and are not allowed.
     */
    public NumberChecker checker() {
        List<String> texts = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        years.forEach(y -> values.add(BigDecimal.valueOf(y)));
        values.add(BigDecimal.valueOf(years.size()));
        values.add(BigDecimal.valueOf(documents.size()));
        values.add(BigDecimal.valueOf(flags.size()));
        values.add(BigDecimal.valueOf(5)); // the scorecard's top points
        for (SpreadRow r : spread) r.values().forEach(f -> { if (f != null) values.add(f.value()); });
        for (RatioRow r : ratios) {
            r.figures().forEach(f -> {
                if (f.available()) values.add(f.value());
                texts.add(f.shown());
                texts.add(f.naBecause());
            });
        }
        for (ScoreResult s : scores) texts.addAll(Arrays.asList(s.shown(), s.name(), s.formula(), s.zone(), s.naBecause()));
        if (rating != null) {
            if (rating.score() != null) texts.add(points(rating.score()));
            texts.add(rating.note());
            texts.add(rating.gradeDescription());
        }
        notes.forEach(n -> texts.add(n.text()));
        flags.forEach(f -> texts.add(f.text()));
        texts.removeIf(Objects::isNull);
        return NumberChecker.of(texts, values);
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
