package io.tickmark.check;

import io.tickmark.facts.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A named identity "left = sum of signed terms" over concepts of one statement and period. */
final class Sum {
    private final String name;
    final String rule;
    private final StatementValues statement;
    private final Period period;
    private String left;
    private final List<String> concepts = new ArrayList<>();
    private final List<Integer> signs = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private final List<String> absentOptional = new ArrayList<>();

    Sum(String name, String rule, StatementValues statement, Period period) {
        this.name = name;
        this.rule = rule;
        this.statement = statement;
        this.period = period;
    }

    Sum left(String concept) {
        left = concept;
        return this;
    }

    Sum plus(String concept) {
        return term(concept, 1, false);
    }

    Sum minus(String concept) {
        return term(concept, -1, false);
    }

    /** A term that counts as zero, said in the message, when the statement does not print it. */
    Sum optional(String concept) {
        return term(concept, 1, true);
    }

    private Sum term(String concept, int sign, boolean optional) {
        if (statement.value(concept, period).isEmpty()) {
            (optional ? absentOptional : missing).add(concept);
        } else {
            concepts.add(concept);
            signs.add(sign);
        }
        return this;
    }

    CheckResult evaluate() {
        if (statement.value(left, period).isEmpty()) missing.add(0, left);
        if (!missing.isEmpty()) {
            return AccountingChecks.skipped(name, rule, period, "not printed for " + period + ": " + String.join(", ", missing));
        }
        BigDecimal l = statement.value(left, period).orElseThrow();
        BigDecimal presented = BigDecimal.ZERO;
        BigDecimal signed = BigDecimal.ZERO;
        for (int i = 0; i < concepts.size(); i++) {
            BigDecimal v = statement.value(concepts.get(i), period).orElseThrow();
            presented = presented.add(signs.get(i) < 0 ? v.negate() : v);
            signed = signed.add(v);
        }
        List<String> involved = new ArrayList<>(List.of(left));
        involved.addAll(concepts);
        String absent = absentOptional.isEmpty() ? "" : "; taken as zero, not printed: " + String.join(", ", absentOptional);
        return Tolerance.compare(name, rule, period, l, presented, signed, signs.contains(-1), statement.unit(), concepts.size(), involved, absent, false);
    }
}
