package io.tickmark.credit;

import io.tickmark.facts.Fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The narrative written from templates over the analysis's own figures: no model, every number one of them. */
public final class TemplateNarrative implements NarrativeWriter {
    @Override
    public Narrative write(CreditAnalysis a) {
        List<String> p = new ArrayList<>();
        if (a.years().isEmpty()) {
            p.add("No annual figures could be lined up for %s, so no ratio, score or rating is given.".formatted(a.company()));
            return new Narrative("template", p, List.of());
        }
        int first = a.years().get(0), last = a.latestYear().orElseThrow();
        String span = first == last ? "FY" + last : "FY%d to FY%d".formatted(first, last);
        StringBuilder s = new StringBuilder("%s: %s, from %d annual report%s, amounts in %s millions.".formatted(a.company(), span,
                a.documents().size(), a.documents().size() == 1 ? "" : "s", a.currency()));
        Optional<Fact> revFirst = value(a, "revenue", first), revLast = value(a, "revenue", last);
        if (revLast.isPresent()) {
            if (revFirst.isPresent() && first != last) {
                s.append(" Revenue went from %s in FY%d to %s in FY%d.".formatted(CreditAnalysis.money(revFirst.get().value()), first,
                        CreditAnalysis.money(revLast.get().value()), last));
            } else {
                s.append(" Revenue was %s in FY%d.".formatted(CreditAnalysis.money(revLast.get().value()), last));
            }
        }
        value(a, "net_income", last).ifPresent(n -> s.append(n.value().signum() < 0
                ? " The year closed with a net loss of %s.".formatted(CreditAnalysis.money(n.value().abs()))
                : " Net income was %s.".formatted(CreditAnalysis.money(n.value()))));
        p.add(s.toString());
        List<String> ratioSentences = new ArrayList<>();
        for (String[] r : new String[][]{{"ebitda_margin", "EBITDA margin"}, {"debt_to_ebitda", "debt/EBITDA"}, {"ebitda_interest", "EBITDA/interest"},
                {"current_ratio", "the current ratio"}, {"cfo_to_debt", "CFO/debt"}}) {
            a.ratio(r[0]).flatMap(row -> row.year(last)).ifPresent(f -> ratioSentences.add(f.available() ? r[1] + " " + f.shown() : r[1] + " is " + f.naBecause()));
        }
        if (!ratioSentences.isEmpty()) p.add("In FY%d %s.".formatted(last, String.join("; ", ratioSentences)));
        List<String> scoreSentences = a.scores(last).stream()
                .map(sc -> sc.available() ? "%s %s, %s".formatted(sc.name(), sc.shown(), sc.zone()) : sc.name() + " " + sc.naBecause())
                .collect(Collectors.toList());
        if (!scoreSentences.isEmpty()) p.add("Scores for FY%d: %s.".formatted(last, String.join("; ", scoreSentences)));
        Rating r = a.rating();
        if (r != null) {
            p.add(r.grade() == null ? "The scorecard gives no grade: " + r.note()
                    : "The scorecard rates the company %s (%s of 5 points): %s %s".formatted(r.grade(), CreditAnalysis.points(r.score()),
                    r.gradeDescription() == null ? "" : r.gradeDescription(), r.note()));
        }
        long high = a.flags().stream().filter(f -> f.severity() == RedFlag.Severity.HIGH).count();
        if (a.flags().isEmpty()) {
            p.add("No red flag was raised.");
        } else {
            p.add("%d red flag%s raised%s: %s.".formatted(a.flags().size(), a.flags().size() == 1 ? " was" : "s were",
                    high > 0 ? ", the most serious: " + a.flags().stream().filter(f -> f.severity() == RedFlag.Severity.HIGH).findFirst().get().kind() : "",
                    a.flags().stream().map(RedFlag::kind).distinct().collect(Collectors.joining(", "))));
        }
        if (!a.notes().isEmpty()) p.add("How the years were lined up: " + a.notes().stream().map(AlignmentNote::text).collect(Collectors.joining(" ")));
        return new Narrative("template", p, List.of());
    }

    private static Optional<Fact> value(CreditAnalysis a, String concept, int year) {
        return a.line(concept).flatMap(r -> {
            int i = a.years().indexOf(year);
            return i < 0 ? Optional.empty() : Optional.ofNullable(r.values().get(i));
        });
    }
}
