package io.tickmark.ask;

import io.tickmark.facts.Fact;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer to a metric question: the value with its derivation, every input ticked to the page
 * it was printed on; or, when Tickmark is not sure, no value and the reason. {@code value} is the
 * exact result in base units (a fraction for a percentage, whole currency units for money);
 * {@code asked} is the same value in the unit the question asked for (percent points, USD
 * millions), unrounded; {@code display} is it rounded and labelled; {@code sources} names the
 * filings the inputs came from, with the period each reports on and its filing date (the as-of).
 */
public record Answer(String question, Status status, String message, BigDecimal value, BigDecimal asked, String display,
                     String metric, String formula, Integer fiscalYear, List<String> companies, List<Input> inputs,
                     List<String> steps, List<String> sources, List<String> notes) {

    /** Answered with a value; abstained (understood, but not sure enough to give a number); or not understood. */
    public enum Status { ANSWERED, ABSTAINED, NOT_UNDERSTOOD }

    /** A fact the answer used: the concept, the fiscal year it was read for, and the fact with its tick mark. */
    public record Input(String concept, int fiscalYear, Fact fact) {
    }

    public Answer {
        if (status == null) throw new IllegalArgumentException("answer has no status");
        if (status == Status.ANSWERED && (value == null || display == null)) {
            throw new IllegalArgumentException("an answered question needs a value and its display");
        }
        if (status != Status.ANSWERED && (message == null || message.isBlank())) {
            throw new IllegalArgumentException("an answer without a value must say why");
        }
        companies = companies == null ? List.of() : List.copyOf(companies);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        steps = steps == null ? List.of() : List.copyOf(steps);
        sources = sources == null ? List.of() : List.copyOf(sources);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public boolean answered() {
        return status == Status.ANSWERED;
    }

    /** An answer without a value. */
    public static Answer withoutValue(String question, Status status, String message, String metric, Integer fiscalYear,
                                      List<String> companies, List<String> notes) {
        return new Answer(question, status, message, null, null, null, metric, null, fiscalYear, companies, List.of(), List.of(),
                List.of(), notes);
    }
}
