package io.tickmark.metrics;

import io.tickmark.facts.Fact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluates one formula for one fiscal year, collecting inputs, steps, missing inputs and problems.
 * Decimal arithmetic uses {@link MathContext#DECIMAL128}; cagr alone takes a fractional power
 * through {@link Math#pow} on doubles (about 15 significant digits, ample for a rate).
 */
final class Evaluator {
    static final MathContext MATH = MathContext.DECIMAL128;
    private static final int MAX_YEARS = 50;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final MetricCatalog catalog;
    private final FactLookup lookup;
    private final Map<String, Integer> params;
    private final Map<String, Evaluation.Input> inputs = new LinkedHashMap<>();
    private final Set<Evaluation.Missing> missing = new LinkedHashSet<>();
    private final Set<String> problems = new LinkedHashSet<>();
    private final List<String> steps = new ArrayList<>();
    private final Deque<String> expanding = new ArrayDeque<>();

    /** A partial result: the value (null when unknown) and how it reads inside its parent's arithmetic. */
    private record Term(BigDecimal value, String shown) {
        static Term unknown(String shown) {
            return new Term(null, shown);
        }

        static Term of(BigDecimal value) {
            return new Term(value, Numbers.show(value));
        }

        boolean known() {
            return value != null;
        }
    }

    Evaluator(MetricCatalog catalog, FactLookup lookup, Map<String, Integer> params) {
        this.catalog = catalog;
        this.lookup = lookup;
        this.params = params;
    }

    Evaluation evaluate(Formula formula, int year) {
        Term result = eval(formula.root(), year);
        Expr root = formula.root();
        if (result.known() && !(root instanceof Expr.Ref || root instanceof Expr.Num || root instanceof Expr.Call)) {
            step(formula.root(), year, result);
        }
        return outcome(formula, year, result);
    }

    /** Evaluates a catalog metric, its last step named after it. */
    Evaluation evaluate(Metric metric, int year) {
        return outcome(metric.formula(), year, metric(metric, year));
    }

    private Evaluation outcome(Formula formula, int year, Term result) {
        boolean ok = result.known() && missing.isEmpty() && problems.isEmpty();
        return new Evaluation(formula.text(), year, params, ok ? result.value() : null, List.copyOf(inputs.values()),
                steps, List.copyOf(missing), List.copyOf(problems));
    }

    private Term eval(Expr e, int year) {
        if (e instanceof Expr.Num num) return new Term(num.value(), num.text());
        if (e instanceof Expr.Ref ref) return ref(ref.name(), year + ref.offset());
        if (e instanceof Expr.Neg neg) return negate(neg, year);
        if (e instanceof Expr.Binary b) return binary(b, year);
        return call((Expr.Call) e, year);
    }

    private Term ref(String name, int year) {
        if (catalog.isConcept(name)) return concept(name, year);
        Optional<Metric> metric = catalog.byId(name);
        if (metric.isEmpty()) {
            problems.add("'%s' is neither a concept of taxonomy %s nor a metric of the catalog".formatted(name, catalog.taxonomy().source()));
            return Term.unknown(name);
        }
        return metric(metric.get(), year);
    }

    private Term concept(String concept, int year) {
        Optional<Fact> fact = lookup.fact(concept, year);
        if (fact.isEmpty()) {
            missing.add(new Evaluation.Missing(concept, year));
            return Term.unknown(concept + " FY" + year);
        }
        Evaluation.Input input = new Evaluation.Input(concept, year, fact.get());
        if (inputs.putIfAbsent(concept + "@" + year, input) == null) steps.add(input.describe());
        return Term.of(fact.get().value());
    }

    private Term metric(Metric metric, int year) {
        if (expanding.contains(metric.id())) {
            problems.add("metric %s refers back to itself through %s".formatted(metric.id(), path(metric.id())));
            return Term.unknown(metric.id());
        }
        expanding.push(metric.id());
        Term inner = eval(metric.formula().root(), year);
        expanding.pop();
        if (!inner.known()) return Term.unknown(metric.id() + " FY" + year);
        Expr root = metric.formula().root();
        if (!(root instanceof Expr.Ref)) {
            String shown = root instanceof Expr.Call || root instanceof Expr.Num ? root.text() : inner.shown();
            steps.add("%s FY%d = %s = %s".formatted(metric.id(), year, shown, Numbers.show(inner.value())));
        }
        return Term.of(inner.value());
    }

    private String path(String back) {
        List<String> path = new ArrayList<>();
        expanding.descendingIterator().forEachRemaining(path::add);
        path.add(back);
        return String.join(" -> ", path);
    }

    private Term negate(Expr.Neg neg, int year) {
        Term operand = eval(neg.operand(), year);
        String shown = "-" + (neg.operand().precedence() < 4 ? "(" + operand.shown() + ")" : operand.shown());
        return new Term(operand.known() ? operand.value().negate() : null, shown);
    }

    private Term binary(Expr.Binary b, int year) {
        Term left = eval(b.left(), year);
        Term right = eval(b.right(), year);
        String shown = wrap(left.shown(), b.left().precedence() < b.precedence()) + " " + b.op() + " "
                + wrap(right.shown(), b.right().precedence() <= b.precedence() || right.shown().startsWith("-"));
        if (!left.known() || !right.known()) return Term.unknown(shown);
        return switch (b.op()) {
            case '+' -> new Term(left.value().add(right.value(), MATH), shown);
            case '-' -> new Term(left.value().subtract(right.value(), MATH), shown);
            case '*' -> new Term(left.value().multiply(right.value(), MATH), shown);
            default -> divide(left.value(), right.value(), shown, b, year);
        };
    }

    private Term divide(BigDecimal dividend, BigDecimal divisor, String shown, Expr e, int year) {
        if (divisor.signum() == 0) {
            problems.add("division by zero: %s FY%d = %s".formatted(e.text(), year, shown));
            return Term.unknown(shown);
        }
        return new Term(dividend.divide(divisor, MATH), shown);
    }

    private Term call(Expr.Call call, int year) {
        if (call.fn() == Expr.Fn.ABS) {
            Term inner = eval(call.argument(), year);
            return inner.known() ? Term.of(inner.value().abs()) : Term.unknown("abs(" + inner.shown() + ")");
        }
        int years = years(call);
        if (years == 0) return Term.unknown(call.text());
        List<Term> terms = yearly(call, year, years);
        if (terms.stream().anyMatch(t -> !t.known())) return Term.unknown(call.text() + " FY" + year);
        Term result = switch (call.fn()) {
            case AVG -> average(terms.get(0), terms.get(1), call, year);
            case CHANGE -> new Term(terms.get(0).value().subtract(terms.get(1).value(), MATH),
                    terms.get(0).shown() + " - " + terms.get(1).shown());
            case GROWTH -> growth(terms.get(0), terms.get(1), call, year);
            case CAGR -> cagr(terms.get(0), terms.get(1), years, call, year);
            default -> mean(terms, call, year);
        };
        if (!result.known()) return result;
        step(call, year, result);
        return Term.of(result.value());
    }

    /** The year count of the call: 1 for avg, change and growth; the literal or parameter for cagr and mean; 0 when unusable. */
    private int years(Expr.Call call) {
        if (!call.fn().takesCount()) return 1;
        Expr.Count count = call.count();
        if (count.literal() != null) return count.literal();
        Integer n = params.get(count.parameter());
        if (n == null) {
            problems.add("%s needs parameter %s (a number of years) and none was given".formatted(call.text(), count.parameter()));
            return 0;
        }
        if (n < 1 || n > MAX_YEARS) {
            problems.add("parameter %s = %d for %s is outside 1..%d".formatted(count.parameter(), n, call.text(), MAX_YEARS));
            return 0;
        }
        return n;
    }

    /** The argument at the years the function reads: this and prior year, this and n years back, or the last n years. */
    private List<Term> yearly(Expr.Call call, int year, int years) {
        List<Integer> at = switch (call.fn()) {
            case CAGR -> List.of(year, year - years);
            case MEAN -> java.util.stream.IntStream.range(0, years).mapToObj(i -> year - i).toList();
            default -> List.of(year, year - 1);
        };
        List<Term> terms = new ArrayList<>();
        for (int y : at) terms.add(argument(call.argument(), y));
        return terms;
    }

    private Term argument(Expr argument, int year) {
        Term t = eval(argument, year);
        boolean simple = argument instanceof Expr.Ref || argument instanceof Expr.Num;
        if (!t.known() || simple) return t;
        step(argument, year, t);
        return Term.of(t.value());
    }

    private Term average(Term now, Term before, Expr.Call call, int year) {
        BigDecimal sum = now.value().add(before.value(), MATH);
        return new Term(sum.divide(TWO, MATH), "(" + now.shown() + " + " + before.shown() + ") / 2");
    }

    private Term growth(Term now, Term before, Expr.Call call, int year) {
        String shown = now.shown() + " / " + before.shown() + " - 1";
        if (before.value().signum() <= 0) {
            problems.add("%s FY%d: growth from a %s base (%s) has no meaning".formatted(call.text(), year,
                    before.value().signum() == 0 ? "zero" : "negative", before.shown()));
            return Term.unknown(shown);
        }
        return new Term(now.value().divide(before.value(), MATH).subtract(BigDecimal.ONE), shown);
    }

    private Term cagr(Term now, Term start, int years, Expr.Call call, int year) {
        String shown = "(%s / %s)^(1/%d) - 1".formatted(now.shown(), start.shown(), years);
        if (start.value().signum() <= 0 || now.value().signum() < 0) {
            problems.add("%s FY%d: compound growth needs a positive start and a non-negative end, got %s and %s"
                    .formatted(call.text(), year, start.shown(), now.shown()));
            return Term.unknown(shown);
        }
        double ratio = now.value().divide(start.value(), MATH).doubleValue();
        BigDecimal rate = new BigDecimal(Math.pow(ratio, 1.0 / years), MathContext.DECIMAL64).subtract(BigDecimal.ONE);
        return new Term(rate, shown);
    }

    private Term mean(List<Term> terms, Expr.Call call, int year) {
        BigDecimal sum = terms.stream().map(Term::value).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MATH));
        String shown = "(" + terms.stream().map(Term::shown).collect(Collectors.joining(" + ")) + ") / " + terms.size();
        return new Term(sum.divide(BigDecimal.valueOf(terms.size()), MATH), shown);
    }

    private void step(Expr e, int year, Term t) {
        steps.add("%s FY%d = %s = %s".formatted(e.text(), year, t.shown(), Numbers.show(t.value())));
    }

    private static String wrap(String text, boolean parens) {
        return parens ? "(" + text + ")" : text;
    }
}
