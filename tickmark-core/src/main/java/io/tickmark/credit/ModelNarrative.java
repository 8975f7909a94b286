package io.tickmark.credit;

import io.tickmark.facts.Fact;
import io.tickmark.llm.LanguageModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The memo's narrative written by a language model from the analysis's own figures, each given to it as the
 * memo shows it. The model is told to use no other number; {@link CreditAnalyst} then checks every number of
 * its text against the figures ({@link CreditAnalysis#checker()}) and keeps the template narrative, saying
 * why, when one is not among them or when the model fails.
 */
public final class ModelNarrative implements NarrativeWriter {
    static final String SYSTEM = """
            You write the short narrative of a credit memo for a bank's credit committee.
            Use only the figures listed by the user, written exactly as listed (amounts are in millions of the currency given).
            Do not compute any new number: no growth rates, differences, sums or averages. Do not round differently.
            Write 3 to 5 short paragraphs in plain prose, separated by blank lines; no headings, no lists, no markdown.
            Say what the figures mean for the company's credit: size and profitability, leverage and coverage, liquidity, the scores, the rating, the red flags.""";

    private final LanguageModel model;

    public ModelNarrative(LanguageModel model) {
        this.model = Objects.requireNonNull(model);
    }

    @Override
    public Narrative write(CreditAnalysis analysis) {
        String reply = model.complete(SYSTEM, figures(analysis));
        List<String> paragraphs = Arrays.stream(reply.strip().split("\\R\\s*\\R"))
                .map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
                .filter(p -> !p.isEmpty())
                .toList();
        if (paragraphs.isEmpty()) throw new IllegalStateException("the model " + model.describe() + " wrote no narrative");
        return new Narrative("language model " + model.describe(), paragraphs, List.of());
    }

    /** What the model is given: the figures as the memo shows them, nothing else. */
    static String figures(CreditAnalysis a) {
        StringBuilder b = new StringBuilder();
        b.append("Company: ").append(a.company()).append('\n');
        b.append("Currency: ").append(a.currency()).append(", amounts in millions\n");
        b.append("Fiscal years: ").append(a.years().stream().map(y -> "FY" + y).collect(Collectors.joining(", "))).append('\n');
        b.append("Annual reports used: ").append(a.documents().size()).append('\n');
        b.append("\nSpread (").append(a.years().stream().map(y -> "FY" + y).collect(Collectors.joining(" | "))).append("):\n");
        for (SpreadRow r : a.spread()) {
            if (!r.subtotal() && !KEY_LINES.contains(r.concept())) continue;
            List<String> cells = new ArrayList<>();
            for (Fact f : r.values()) cells.add(f == null ? "-" : CreditAnalysis.money(f.value()));
            if (cells.stream().allMatch("-"::equals)) continue;
            b.append("- ").append(r.label()).append(": ").append(String.join(" | ", cells)).append('\n');
        }
        b.append("\nRatios (").append(a.years().stream().map(y -> "FY" + y).collect(Collectors.joining(" | "))).append("):\n");
        for (RatioRow r : a.ratios()) {
            if (r.figures().stream().noneMatch(Figure::available)) continue;
            b.append("- ").append(r.ratio().name()).append(": ")
                    .append(r.figures().stream().map(f -> f.available() ? f.shown() : "n/a").collect(Collectors.joining(" | "))).append('\n');
        }
        a.latestYear().ifPresent(last -> {
            b.append("\nScores FY").append(last).append(":\n");
            for (ScoreResult s : a.scores(last)) {
                b.append("- ").append(s.name()).append(": ").append(s.available() ? s.shown() + ", " + s.zone() : s.naBecause()).append('\n');
            }
        });
        Rating r = a.rating();
        if (r != null) {
            b.append("\nScorecard rating: ").append(r.grade() == null ? "none (" + r.note() + ")"
                    : r.grade() + ", " + CreditAnalysis.points(r.score()) + " of 5 points" + (r.gradeDescription() == null ? "" : ", " + r.gradeDescription())).append('\n');
        }
        b.append("\nRed flags: ").append(a.flags().isEmpty() ? "none" : "").append('\n');
        for (RedFlag f : a.flags()) b.append("- ").append(f.severity()).append(": ").append(f.text()).append('\n');
        if (!a.notes().isEmpty()) {
            b.append("\nHow the years were lined up:\n");
            for (AlignmentNote n : a.notes()) b.append("- ").append(n.text()).append('\n');
        }
        return b.toString();
    }

    private static final java.util.Set<String> KEY_LINES = java.util.Set.of("revenue", "gross_profit", "operating_income", "net_income",
            "cash_and_equivalents", "total_current_assets", "total_assets", "total_current_liabilities", "total_liabilities", "long_term_debt",
            "total_equity", "cash_from_operations", "capital_expenditure");
}
