package io.tickmark.credit;

import io.tickmark.check.CheckResult;
import io.tickmark.facts.Fact;
import io.tickmark.facts.TextFinding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the red flags in the lined-up years, the ratio pack and the reports' wording. */
final class RedFlags {
    private RedFlags() {
    }

    static List<RedFlag> find(AlignedYears a, List<RatioRow> ratios, List<TextFinding> text) {
        List<RedFlag> out = new ArrayList<>();
        for (int y : a.years()) {
            fact(a, "total_equity", y).filter(f -> f.value().signum() < 0).ifPresent(f -> out.add(new RedFlag(RedFlag.Severity.HIGH, "negative equity", y,
                    "Total equity is negative in FY%d (%s).".formatted(y, money(f.value())), List.of(f.source().cite()))));
            fact(a, "net_income", y).filter(f -> f.value().signum() < 0).ifPresent(f -> out.add(new RedFlag(RedFlag.Severity.HIGH, "loss", y,
                    "Net loss in FY%d (%s).".formatted(y, money(f.value())), List.of(f.source().cite()))));
            fact(a, "operating_income", y).filter(f -> f.value().signum() < 0).ifPresent(f -> out.add(new RedFlag(RedFlag.Severity.MEDIUM, "operating loss", y,
                    "Operating loss in FY%d (%s).".formatted(y, money(f.value())), List.of(f.source().cite()))));
            fact(a, "cash_from_operations", y).filter(f -> f.value().signum() < 0).ifPresent(f -> out.add(new RedFlag(RedFlag.Severity.HIGH, "negative operating cash flow", y,
                    "Cash from operations is negative in FY%d (%s).".formatted(y, money(f.value())), List.of(f.source().cite()))));
        }
        ratio(ratios, "current_ratio").ifPresent(r -> {
            for (Figure f : r.figures()) {
                if (f.available() && f.value().compareTo(BigDecimal.ONE) < 0) {
                    out.add(new RedFlag(RedFlag.Severity.MEDIUM, "working capital strain", f.fiscalYear(),
                            "Current ratio below 1 in FY%d (%s): current liabilities exceed current assets.".formatted(f.fiscalYear(), f.shown()), f.sources()));
                }
            }
        });
        falling(ratios, "ebit_interest", "EBIT interest coverage", out);
        falling(ratios, "ebitda_interest", "EBITDA interest coverage", out);
        rising(ratios, "cash_conversion_cycle", 15, "Cash conversion cycle", "days", out);
        rising(ratios, "dso", 15, "Days sales outstanding", "days", out);
        java.util.Map<String, List<CheckResult>> byRule = new java.util.LinkedHashMap<>();
        for (CheckResult c : a.failedChecks()) byRule.computeIfAbsent(c.rule(), k -> new ArrayList<>()).add(c);
        for (List<CheckResult> same : byRule.values()) {
            CheckResult c = same.get(0);
            String periods = same.stream().map(x -> x.period() == null ? "?" : x.period().label()).distinct().sorted().collect(java.util.stream.Collectors.joining(", "));
            out.add(new RedFlag(RedFlag.Severity.MEDIUM, "failed accounting check", c.period() == null ? 0 : c.period().fiscalYear(),
                    "Accounting check failed for %s: %s%s. Figures resting on these lines carry a caution.".formatted(periods, c.rule(), c.message() == null ? "" : " (" + c.message() + ")"), List.of()));
        }
        for (TextFinding t : text) {
            out.add(new RedFlag(t.severe() ? RedFlag.Severity.HIGH : RedFlag.Severity.INFO, t.kind(), 0,
                    "Wording found (%s): \"%s\"".formatted(t.kind(), t.excerpt()), List.of(t.document() + " p." + t.page())));
        }
        return out;
    }

    private static Optional<Fact> fact(AlignedYears a, String c, int y) {
        return a.fact(c, y);
    }

    private static Optional<RatioRow> ratio(List<RatioRow> ratios, String id) {
        return ratios.stream().filter(r -> r.ratio().id().equals(id)).findFirst();
    }

    /** Coverage that fell by more than a quarter on the year, or fell two years running. */
    private static void falling(List<RatioRow> ratios, String id, String name, List<RedFlag> out) {
        ratio(ratios, id).ifPresent(r -> {
            List<Figure> f = r.figures();
            for (int i = 1; i < f.size(); i++) {
                Figure now = f.get(i), before = f.get(i - 1);
                if (!now.available() || !before.available() || before.value().signum() <= 0 || now.fiscalYear() != before.fiscalYear() + 1) continue;
                double change = now.value().doubleValue() / before.value().doubleValue() - 1;
                boolean twoYears = i >= 2 && f.get(i - 2).available() && f.get(i - 2).fiscalYear() == before.fiscalYear() - 1 && f.get(i - 2).value().compareTo(before.value()) > 0 && before.value().compareTo(now.value()) > 0;
                if (change < -0.25 || twoYears) {
                    out.add(new RedFlag(RedFlag.Severity.MEDIUM, "falling coverage", now.fiscalYear(),
                            "%s fell from %s in FY%d to %s in FY%d%s.".formatted(name, before.shown(), before.fiscalYear(), now.shown(), now.fiscalYear(),
                                    twoYears ? ", the second fall in a row" : ""), now.sources()));
                }
            }
        });
    }

    private static void rising(List<RatioRow> ratios, String id, double threshold, String name, String unit, List<RedFlag> out) {
        ratio(ratios, id).ifPresent(r -> {
            List<Figure> f = r.figures();
            for (int i = 1; i < f.size(); i++) {
                Figure now = f.get(i), before = f.get(i - 1);
                if (!now.available() || !before.available() || now.fiscalYear() != before.fiscalYear() + 1) continue;
                if (now.value().doubleValue() - before.value().doubleValue() > threshold) {
                    out.add(new RedFlag(RedFlag.Severity.MEDIUM, "working capital strain", now.fiscalYear(),
                            "%s lengthened from %s in FY%d to %s in FY%d.".formatted(name, before.shown(), before.fiscalYear(), now.shown(), now.fiscalYear()), now.sources()));
                }
            }
        });
    }

    static String money(BigDecimal v) {
        return io.tickmark.metrics.Metric.display(v, io.tickmark.metrics.Metric.Unit.MONEY, 1, io.tickmark.metrics.Metric.Scale.MILLIONS);
    }
}
