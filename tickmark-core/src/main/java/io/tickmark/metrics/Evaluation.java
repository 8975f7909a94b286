package io.tickmark.metrics;

import io.tickmark.facts.Fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of evaluating a formula for one fiscal year: the value with its derivation (every
 * input fact with its tick mark, and the arithmetic step by step), or, when it cannot be computed,
 * no value and the inputs that were missing and the problems met. A value never comes with a
 * missing input or a problem.
 */
public record Evaluation(String formula, int fiscalYear, Map<String, Integer> parameters, BigDecimal value,
                         List<Input> inputs, List<String> steps, List<Missing> missing, List<String> problems) {
    public Evaluation {
        if (formula == null || formula.isBlank()) throw new IllegalArgumentException("evaluation has no formula");
        parameters = Map.copyOf(parameters);
        inputs = List.copyOf(inputs);
        steps = List.copyOf(steps);
        missing = List.copyOf(missing);
        problems = List.copyOf(problems);
        if (value != null && (!missing.isEmpty() || !problems.isEmpty())) {
            throw new IllegalArgumentException("evaluation of '%s' FY%d has value %s despite missing %s and problems %s"
                    .formatted(formula, fiscalYear, value, missing, problems));
        }
        if (value == null && missing.isEmpty() && problems.isEmpty()) {
            throw new IllegalArgumentException("evaluation of '%s' FY%d has no value and says no why".formatted(formula, fiscalYear));
        }
    }

    /** One fact the evaluation read: the concept, the fiscal year asked of the lookup and the fact with its tick mark. */
    public record Input(String concept, int fiscalYear, Fact fact) {
        public Input {
            if (concept == null || fact == null) throw new IllegalArgumentException("input needs a concept and a fact");
        }

        /** Whether a check involving the fact failed, so an answer resting on it should abstain. */
        public boolean lowConfidence() {
            return fact.confidence() < 1;
        }

        /** "inventory FY2019 = 4,366,000,000 [10K.pdf p.60 l.12]" */
        public String describe() {
            return "%s FY%d = %s [%s]".formatted(concept, fiscalYear, Numbers.show(fact.value()), fact.source().cite());
        }
    }

    /** An input the lookup did not have. */
    public record Missing(String concept, int fiscalYear) {
        public Missing {
            if (concept == null) throw new IllegalArgumentException("missing input needs a concept");
        }

        /** "inventory FY2016 not found" */
        @Override
        public String toString() {
            return concept + " FY" + fiscalYear + " not found";
        }
    }

    /** The value when it could be computed. */
    public Optional<BigDecimal> result() {
        return Optional.ofNullable(value);
    }

    public boolean computed() {
        return value != null;
    }

    /** Inputs whose facts failed a check (confidence below 1): the caller should abstain or warn. */
    public List<Input> lowConfidence() {
        return inputs.stream().filter(Input::lowConfidence).toList();
    }

    /** Why there is no value, one line each: missing inputs first, then problems. */
    public List<String> reasons() {
        return java.util.stream.Stream.concat(missing.stream().map(Missing::toString), problems.stream()).toList();
    }
}
