package io.tickmark.ask;

import io.tickmark.cas.CasCompany;
import io.tickmark.cas.CasText;
import io.tickmark.facts.Fact;
import io.tickmark.metrics.Evaluation;
import io.tickmark.metrics.Formula;
import io.tickmark.metrics.Metric;
import io.tickmark.metrics.MetricCatalog;
import io.tickmark.spread.CasSpread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers Chinese metric questions ("2019年四方科技的营业收入是多少元?", "…资产负债率 保留两位小数",
 * "研发费用增长率") from the consolidated statements of spread Chinese reports, through the metric engine:
 * the company by full name, 简称 or stock code, the fiscal year, the metrics by their Chinese names
 * ({@code metrics/names_zh.csv}, keyed by the catalog's metric ids; a row with a formula defines a CAS metric
 * the English catalog lacks). Answers and refusals are in Chinese; every input is ticked to its page and line.
 * Where it is unsure (no such company or year, an input missing or failing a check) it says so and gives no figure.
 */
public final class ChineseQuestions {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年");
    private static final Pattern DECIMALS = Pattern.compile("(?:保留|精确到|小数点后)\\s*(?:至小数点后)?\\s*([0-9一二两三四五])\\s*位");

    /** A Chinese metric name and how to compute it. */
    record ZhMetric(String id, List<String> names, Formula formula, Metric.Unit unit, int decimals) {}

    /**
     * The answer: whether it answered, its text, the values in the order the question asked for them, and whether
     * the question asks for a metric at all (when not, the filings' passages answer it, not a computation).
     */
    public record Reply(boolean answered, String text, List<BigDecimal> values, boolean metric) {
        public Reply {
            values = List.copyOf(values);
        }

        public Reply(boolean answered, String text, List<BigDecimal> values) {
            this(answered, text, values, true);
        }

        /** Not a metric question: nothing to compute. */
        static Reply notAMetric(String why) {
            return new Reply(false, why, List.of(), false);
        }
    }

    private final List<CasSpread> spreads;
    private final MetricCatalog catalog;
    private final List<ZhMetric> metrics;

    public ChineseQuestions(List<CasSpread> spreads) {
        this(spreads, MetricCatalog.standard());
    }

    public ChineseQuestions(List<CasSpread> spreads, MetricCatalog catalog) {
        this.spreads = List.copyOf(spreads);
        this.catalog = catalog;
        this.metrics = load(catalog);
    }

    /** Whether a question is written in Chinese. */
    public static boolean isChinese(String question) {
        return CasText.isChinese(question);
    }

    public Reply ask(String rawQuestion) {
        String q = CasText.normalize(rawQuestion);
        Optional<CasSpread> spread = company(q);
        List<ZhMetric> asked = metricsIn(q);
        if (spread.isEmpty()) {
            String why = "无法回答：问题中的公司不在已读取的年报中（可用全称、简称或股票代码）。";
            return asked.isEmpty() ? Reply.notAMetric(why) : refuse(why);
        }
        CasCompany company = spread.get().company();
        Matcher y = YEAR.matcher(q);
        if (!y.find()) return asked.isEmpty() ? Reply.notAMetric("无法回答：没有识别出指标，问题也没有写明年份。") : refuse("无法回答：问题没有写明年份。");
        int year = Integer.parseInt(y.group(1));
        if (asked.isEmpty()) return Reply.notAMetric("无法回答：没有识别出指标。已识别：公司 " + company.fullName() + "，年份 " + year + "。");
        Integer decimals = decimals(q);
        List<BigDecimal> values = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (ZhMetric m : asked) {
            Evaluation e = catalog.evaluate(m.formula(), year, Map.of("n", 1), lookup(spread.get()));
            if (!e.computed()) {
                List<String> missing = e.missing().stream().map(x -> label(x.concept()) + "（" + x.fiscalYear() + "年）").distinct().toList();
                return refuse("无法回答" + year + "年" + company.fullName() + "的" + m.names().get(0) + "："
                        + (missing.isEmpty() ? String.join("；", e.problems()) : "年报中没有" + String.join("、", missing) + "的数据") + "。");
            }
            List<Evaluation.Input> low = e.lowConfidence();
            if (!low.isEmpty()) {
                return refuse("不作回答：" + m.names().get(0) + "所用的数据未通过勾稽检查（"
                        + String.join("；", low.stream().map(Evaluation.Input::describe).toList()) + "）。");
            }
            BigDecimal v = e.value();
            values.add(v);
            if (text.length() > 0) text.append('\n');
            text.append(year).append("年").append(company.fullName()).append("的").append(m.names().get(0)).append("为")
                    .append(show(v, m, decimals)).append("。");
            text.append("\n  公式：").append(e.formula());
            for (Evaluation.Input in : e.inputs()) {
                Fact f = in.fact();
                text.append("\n  ").append(label(in.concept())).append(" ").append(in.fiscalYear()).append("年 = ")
                        .append(f.value().toPlainString()).append(" [").append(f.source().document()).append(" 第")
                        .append(f.source().page()).append("页 第").append(f.source().line() + 1).append("行 “").append(f.source().rawLabel()).append("”]");
            }
        }
        return new Reply(true, text.toString(), values);
    }

    private static Reply refuse(String why) {
        return new Reply(false, why, List.of());
    }

    private String label(String concept) {
        return catalog.taxonomy().concept(concept).map(c -> c.labelZh().isBlank() ? c.label() : c.labelZh()).orElse(concept);
    }

    private static String show(BigDecimal v, ZhMetric m, Integer decimals) {
        int d = decimals != null ? decimals : m.decimals();
        return switch (m.unit()) {
            case PERCENT -> v.multiply(BigDecimal.valueOf(100)).setScale(d, RoundingMode.HALF_UP).toPlainString() + "%";
            case MONEY -> v.setScale(Math.max(d, Math.min(2, Math.max(0, v.scale()))), RoundingMode.HALF_UP).toPlainString() + "元";
            case PER_SHARE -> v.setScale(Math.max(d, 2), RoundingMode.HALF_UP).toPlainString() + "元/股";
            default -> v.setScale(d, RoundingMode.HALF_UP).toPlainString();
        };
    }

    static Integer decimals(String q) {
        Matcher m = DECIMALS.matcher(q);
        if (!m.find()) return null;
        String d = m.group(1);
        return switch (d) {
            case "一" -> 1;
            case "二", "两" -> 2;
            case "三" -> 3;
            case "四" -> 4;
            case "五" -> 5;
            default -> Integer.parseInt(d);
        };
    }

    /** The spread of the company the question names: the longest full name, short name or stock code it contains. */
    private Optional<CasSpread> company(String q) {
        CasSpread best = null;
        int bestLength = 0;
        for (CasSpread s : spreads) {
            for (String alias : s.company().aliases()) {
                if (alias.length() > bestLength && q.contains(alias)) {
                    best = s;
                    bestLength = alias.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The metrics named in the question, left to right, the longest name winning where names overlap. */
    List<ZhMetric> metricsIn(String q) {
        record Hit(int start, int end, ZhMetric metric) {}
        List<Hit> hits = new ArrayList<>();
        for (ZhMetric m : metrics) {
            for (String name : m.names()) {
                int at = q.indexOf(name);
                while (at >= 0) {
                    hits.add(new Hit(at, at + name.length(), m));
                    at = q.indexOf(name, at + 1);
                }
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> -(h.end() - h.start())).thenComparingInt(Hit::start));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            boolean overlaps = kept.stream().anyMatch(k -> h.start() < k.end() && k.start() < h.end());
            boolean same = kept.stream().anyMatch(k -> k.metric().id().equals(h.metric().id()));
            if (!overlaps && !same) kept.add(h);
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept.stream().map(Hit::metric).toList();
    }

    /** Consolidated facts of the company by concept and fiscal year: year-end balances, twelve-month flows. */
    private static io.tickmark.metrics.FactLookup lookup(CasSpread spread) {
        return (concept, fiscalYear) -> {
            for (StatementSpread s : spread.spread().statements()) {
                for (SpreadLine l : s.lines()) {
                    if (!concept.equals(l.concept())) continue;
                    for (Fact f : l.values()) {
                        if (f == null) continue;
                        boolean year = f.period().end().getYear() == fiscalYear;
                        if (year && (f.period().isInstant() || f.period().months() == 12)) return Optional.of(f);
                    }
                }
            }
            return Optional.empty();
        };
    }

    private static List<ZhMetric> load(MetricCatalog catalog) {
        String csv;
        try (InputStream in = ChineseQuestions.class.getResourceAsStream("/io/tickmark/metrics/names_zh.csv")) {
            if (in == null) throw new IllegalStateException("metrics/names_zh.csv is missing from the classpath");
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ZhMetric> out = new ArrayList<>();
        List<String> lines = csv.lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split(",", -1);
            if (f.length < 5) throw new IllegalStateException("names_zh.csv line " + (i + 1) + " has " + f.length + " fields, not 5");
            String id = f[0].strip();
            List<String> names = List.of(f[1].strip().split("\\|"));
            Optional<Metric> english = catalog.byId(id);
            Formula formula;
            Metric.Unit unit;
            int decimals;
            if (!f[2].isBlank()) {
                formula = Formula.parse(f[2].strip());
                unit = Metric.Unit.parse(f[3]);
                decimals = f[4].isBlank() ? 2 : Integer.parseInt(f[4].strip());
            } else if (english.isPresent()) {
                formula = english.get().formula();
                unit = english.get().unit();
                decimals = english.get().unit() == Metric.Unit.MONEY ? 2 : english.get().decimals();
            } else {
                throw new IllegalStateException("names_zh.csv line " + (i + 1) + ": metric '" + id + "' is not in the catalog and has no formula");
            }
            out.add(new ZhMetric(id, names, formula, unit, decimals));
        }
        return out;
    }
}
