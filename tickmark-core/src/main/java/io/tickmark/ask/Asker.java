package io.tickmark.ask;

import io.tickmark.metrics.Expr;
import io.tickmark.metrics.Formula;
import io.tickmark.metrics.FormulaException;
import io.tickmark.metrics.Metric;
import io.tickmark.metrics.MetricCatalog;
import io.tickmark.store.FactStore;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers metric questions from the facts in a store, without a language model: parse the question
 * (company, fiscal year, metric or the question's own definition, unit and rounding), evaluate the
 * formula over ticked facts, and answer, or abstain saying why. Never a guess.
 */
public final class Asker {
    private final MetricCatalog catalog;
    private final QuestionParser parser;
    private final MetricAnswerer answerer;

    public Asker(FactStore store) {
        this(store, MetricCatalog.standard());
    }

    public Asker(FactStore store, MetricCatalog catalog) {
        this.catalog = catalog;
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Metric m : catalog.all()) names.put(m.id(), m.names());
        this.parser = new QuestionParser(names, catalog.taxonomy());
        this.answerer = new MetricAnswerer(store, catalog);
    }

    public Answer ask(String question) {
        return answer(parser.parse(question));
    }

    /**
     * Answers the question for the given company, whatever company the question itself names (or when it names
     * none): a research grid asks one question of many companies. {@code company} holds the company's name as a
     * user writes it, then its former names ("Block", "Square"), read as {@link CompanyResolver} reads a question's
     * mentions; the rest of the question is read and answered exactly as {@link #ask(String)} does.
     */
    public Answer ask(String question, List<String> company) {
        if (company == null || company.isEmpty()) return ask(question);
        ParsedQuestion p = parser.parse(question);
        ParsedQuestion q = new ParsedQuestion(p.question(), company, p.fiscalYear(), p.shape(), p.params(),
                p.metricPhrase(), p.metricId(), p.formula(), p.inputs(), p.unit(), p.scale(), p.decimals(), p.recognised(), p.problems());
        return answer(q);
    }

    private Answer answer(ParsedQuestion q) {
        String question = q.question();
        if (!q.understood()) {
            return Answer.withoutValue(question, Answer.Status.NOT_UNDERSTOOD, q.explanation(), q.metricId(), q.fiscalYear(),
                    List.of(), List.of());
        }
        if (q.shape() == ParsedQuestion.Shape.QUARTER) {
            return Answer.withoutValue(question, Answer.Status.ABSTAINED, "quarterly metrics are not supported yet; "
                    + q.explanation(), q.metricId(), q.fiscalYear(), List.of(), List.of());
        }
        Optional<Metric> metric = q.metricId() == null ? Optional.empty() : catalog.byId(q.metricId());
        Formula formula;
        try {
            formula = Formula.parse(expression(q, metric));
        } catch (FormulaException e) {
            return notUnderstood(question, q, "the definition does not read as a formula: " + e.getMessage());
        }
        List<String> unknown = catalog.unresolved(formula);
        if (!unknown.isEmpty()) return notUnderstood(question, q, "unknown names " + unknown);
        String mismatch = inputsMismatch(q, metric);
        if (mismatch != null) {
            return Answer.withoutValue(question, Answer.Status.ABSTAINED, mismatch, q.metricId(), q.fiscalYear(), List.of(), List.of());
        }
        Metric.Unit unit = unit(q, metric);
        Metric.Scale scale = scale(q);
        int decimals = q.decimals() != null ? q.decimals()
                : unit == Metric.Unit.MONEY && scale == Metric.Scale.BILLIONS ? 2 : metric.map(Metric::decimals).orElse(2);
        MetricRequest request = new MetricRequest(q.companyMentions(), q.fiscalYear(), q.metricId(), formula, q.params(),
                unit, scale, decimals);
        return answerer.answer(question, request);
    }

    /**
     * The expression to evaluate: the question's shape around its formula or metric, except that a metric
     * that already is a growth or CAGR ("revenue growth rate" over FY2019-FY2020) is not wrapped twice.
     */
    private static String expression(ParsedQuestion q, Optional<Metric> metric) {
        if (q.formula() == null && metric.isPresent() && metric.get().formula().root() instanceof Expr.Call call) {
            boolean growth = call.fn() == Expr.Fn.GROWTH && q.shape() == ParsedQuestion.Shape.GROWTH;
            boolean cagr = call.fn() == Expr.Fn.CAGR && q.shape() == ParsedQuestion.Shape.CAGR;
            if (growth || cagr) return metric.get().id();
        }
        return q.expression();
    }

    /** "Calculate EBITDA using operating income and D&A": the catalog's formula must use exactly those inputs. */
    private String inputsMismatch(ParsedQuestion q, Optional<Metric> metric) {
        if (q.inputs().isEmpty() || q.formula() != null || metric.isEmpty()) return null;
        Set<String> uses = concepts(metric.get().formula(), new HashSet<>());
        for (String input : q.inputs()) {
            try {
                for (String ref : Formula.parse(input).references()) {
                    if (catalog.isConcept(ref) && !uses.contains(ref)) {
                        return "the question computes " + metric.get().name() + " from " + q.inputs()
                                + ", but the catalog's definition (" + metric.get().formula().text() + ") does not use " + ref;
                    }
                }
            } catch (FormulaException e) {
                return "cannot read the input '" + input + "' the question names";
            }
        }
        return null;
    }

    /** The concepts a formula uses, through the metrics it names. */
    private Set<String> concepts(Formula f, Set<String> seen) {
        Set<String> out = new HashSet<>();
        for (String ref : f.references()) {
            if (catalog.isConcept(ref)) out.add(ref);
            else if (seen.add(ref)) catalog.byId(ref).ifPresent(m -> out.addAll(concepts(m.formula(), seen)));
        }
        return out;
    }

    private static Metric.Unit unit(ParsedQuestion q, Optional<Metric> metric) {
        if (q.unit() != null) {
            return switch (q.unit()) {
                case PERCENT -> Metric.Unit.PERCENT;
                case RATIO -> Metric.Unit.RATIO;
                case MONEY -> Metric.Unit.MONEY;
                case DAYS -> Metric.Unit.DAYS;
            };
        }
        if (q.shape() == ParsedQuestion.Shape.GROWTH || q.shape() == ParsedQuestion.Shape.CAGR) return Metric.Unit.PERCENT;
        if (q.formula() != null) {
            // the question's own definition computes a plain number; show it as a percentage only when asked
            boolean percent = q.question().contains("%") && metric.map(m -> m.unit() == Metric.Unit.PERCENT).orElse(false);
            return percent ? Metric.Unit.PERCENT : metric.filter(m -> m.unit() != Metric.Unit.PERCENT).map(Metric::unit).orElse(Metric.Unit.RATIO);
        }
        return metric.map(Metric::unit).orElse(Metric.Unit.RATIO);
    }

    private static Metric.Scale scale(ParsedQuestion q) {
        if (q.scale() == null) return Metric.Scale.MILLIONS;
        return Metric.Scale.valueOf(q.scale().name());
    }

    private static Answer notUnderstood(String question, ParsedQuestion q, String why) {
        return Answer.withoutValue(question, Answer.Status.NOT_UNDERSTOOD, "I can't parse this as a metric question: " + why,
                q.metricId(), q.fiscalYear(), List.of(), List.of());
    }
}
