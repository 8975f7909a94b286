package io.tickmark.ask;

import java.util.List;
import java.util.Map;

/**
 * What a metric question asks, as far as it could be read: the company as written (with former names),
 * the asked fiscal year Y and the period shape around it, the metric (phrase as written and catalog id),
 * the formula the question itself defines (in the formula language, relative to Y), the answer's unit and
 * rounding, the inputs a "using A and B" clause names, and what was recognised and what was not.
 * A question with any problem is not to be answered with a number: the caller abstains and shows
 * {@link #problems()} and {@link #recognised()}.
 *
 * @param question        the question as given
 * @param companyMentions the company as written first, then aliases ("Ridge", "Basin"); empty when none found
 * @param fiscalYear      the asked fiscal year Y (the last year of a range), or null
 * @param shape           how the metric is taken over periods, or null when no period was found
 * @param params          parameters of the shape: "n" for MEAN (years averaged) and CAGR (years compounded), "quarter" (1 to 4) for QUARTER
 * @param metricPhrase    the metric as written in the question, or null
 * @param metricId        the catalog metric id the phrase matched, or null
 * @param formula         the metric's formula as defined in the question (canonical spacing), or null
 * @param inputs          formula fragments named by a "using A and B" clause, in the order written
 * @param unit            the unit the answer is asked in, or null when not stated
 * @param scale           the money scale asked for ("in USD millions"), or null
 * @param decimals        the decimal places asked for, or null when not stated
 * @param recognised      human-readable notes of what was read ("company 'Acme'", "fiscal year FY2019")
 * @param problems        human-readable reasons the question cannot be answered as read
 */
public record ParsedQuestion(String question, List<String> companyMentions, Integer fiscalYear, Shape shape,
                             Map<String, Integer> params, String metricPhrase, String metricId, String formula,
                             List<String> inputs, AnswerUnit unit, Scale scale, Integer decimals,
                             List<String> recognised, List<String> problems) {

    /** How the metric is taken over fiscal years ending at Y. */
    public enum Shape {
        /** The metric at Y. */
        SINGLE,
        /** mean(x, n): the average of the metric over the n years ending at Y. */
        MEAN,
        /** growth(x): x at Y over x at Y-1, less one. */
        GROWTH,
        /** cagr(x, n): compound annual growth over the n years ending at Y. */
        CAGR,
        /** change(x): x at Y less x at Y-1. */
        CHANGE,
        /** A fiscal quarter: recognised, not supported yet. */
        QUARTER
    }

    /** The unit an answer is asked in. */
    public enum AnswerUnit { PERCENT, RATIO, MONEY, DAYS }

    /** The scale of a money answer. */
    public enum Scale { UNITS, THOUSANDS, MILLIONS, BILLIONS }

    public ParsedQuestion {
        if (question == null) throw new IllegalArgumentException("question is null; pass the text asked");
        if (decimals != null && (decimals < 0 || decimals > 10)) {
            throw new IllegalArgumentException("decimals %d is outside 0..10".formatted(decimals));
        }
        if (scale != null && unit != AnswerUnit.MONEY) {
            throw new IllegalArgumentException("scale %s is given for unit %s; a scale belongs to money only".formatted(scale, unit));
        }
        if ((shape == Shape.MEAN || shape == Shape.CAGR) && (params == null || params.getOrDefault("n", 0) < 1)) {
            throw new IllegalArgumentException("shape %s needs a parameter n >= 1, got %s".formatted(shape, params));
        }
        companyMentions = List.copyOf(companyMentions);
        params = params == null ? Map.of() : Map.copyOf(params);
        inputs = List.copyOf(inputs);
        recognised = List.copyOf(recognised);
        problems = List.copyOf(problems);
    }

    /** Whether the question was read completely as a metric question: a year, a metric or formula, no problems. */
    public boolean understood() {
        return problems.isEmpty() && fiscalYear != null && shape != null && (metricId != null || formula != null);
    }

    /**
     * The whole expression to evaluate at Y: the question's formula (or else the metric id) wrapped in its
     * shape, e.g. {@code mean(capex_to_revenue, 3)} or {@code growth(revenue)}; null when not understood.
     */
    public String expression() {
        if (!understood()) return null;
        String x = formula != null ? formula : metricId;
        return switch (shape) {
            case SINGLE -> x;
            case MEAN -> "mean(%s, %d)".formatted(x, params.get("n"));
            case CAGR -> "cagr(%s, %d)".formatted(x, params.get("n"));
            case GROWTH -> "growth(%s)".formatted(x);
            case CHANGE -> "change(%s)".formatted(x);
            case QUARTER -> null;
        };
    }

    /** The quarter (1 to 4) a QUARTER question asks about, or null. */
    public Integer quarter() {
        return shape == Shape.QUARTER ? params.get("quarter") : null;
    }

    /** One sentence for a user: what was understood, then what was not. */
    public String explanation() {
        String found = recognised.isEmpty() ? "nothing recognisable" : String.join(", ", recognised);
        if (problems.isEmpty()) return "understood: " + found;
        return "I can't parse this as a metric question: found " + found + "; but " + String.join("; ", problems);
    }
}
