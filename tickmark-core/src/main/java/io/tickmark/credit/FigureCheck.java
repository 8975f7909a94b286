package io.tickmark.credit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every number in a text is one of the figures of an analysis as shown in the memo
 * (a ratio "1.52x" allows 1.52, an amount "1,577.0 million" allows 1,577.0), a fiscal year of the
 * analysis, or a count the analysis states (years, reports, red flags).
 */
public final class FigureCheck {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    private FigureCheck() {
    }

    /** The numbers of {@code text} that are not among the analysis's figures; empty when the text passes. */
    public static List<String> unverified(String text, CreditAnalysis analysis) {
        Set<String> allowed = allowed(analysis);
        List<String> bad = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String n = normal(m.group());
            if (!allowed.contains(n) && !allowed.contains(n.startsWith("-") ? n.substring(1) : n)) bad.add(m.group());
        }
        return bad;
    }

    static Set<String> allowed(CreditAnalysis a) {
        Set<String> shown = new LinkedHashSet<>();
        a.years().forEach(y -> shown.add(String.valueOf(y)));
        shown.add(String.valueOf(a.years().size()));
        shown.add(String.valueOf(a.documents().size()));
        shown.add(String.valueOf(a.flags().size()));
        shown.add("5"); // the scorecard's top points
        for (SpreadRow r : a.spread()) r.values().forEach(f -> { if (f != null) shown.add(CreditAnalysis.money(f.value())); });
        for (RatioRow r : a.ratios()) r.figures().forEach(f -> { shown.add(f.shown()); shown.add(f.naBecause()); });
        for (ScoreResult s : a.scores()) {
            shown.addAll(List.of(s.shown(), s.name(), s.formula()));
            shown.add(s.zone());
            shown.add(s.naBecause());
        }
        if (a.rating() != null) {
            if (a.rating().score() != null) shown.add(CreditAnalysis.points(a.rating().score()));
            shown.add(a.rating().note());
            shown.add(a.rating().gradeDescription());
        }
        a.notes().forEach(n -> shown.add(n.text()));
        a.flags().forEach(f -> shown.add(f.text()));
        Set<String> numbers = new LinkedHashSet<>();
        for (String s : shown) {
            if (s == null) continue;
            Matcher m = NUMBER.matcher(s);
            while (m.find()) {
                String n = normal(m.group());
                numbers.add(n);
                numbers.add(n.startsWith("-") ? n.substring(1) : n);
            }
        }
        return numbers;
    }

    private static String normal(String number) {
        return number.replace(",", "");
    }
}
