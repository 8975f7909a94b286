package io.tickmark.check;

import io.tickmark.facts.Period;
import io.tickmark.statement.StatementType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The check that a printed subtotal equals the signed sum of the rows printed above it. */
final class Subtotal {
    private final StatementValues statement;
    private final Period period;
    private final int line;
    private final Block block;

    Subtotal(StatementValues statement, Period period, int line, Block block) {
        this.statement = statement;
        this.period = period;
        this.line = line;
        this.block = block;
    }

    CheckResult evaluate() {
        StatementValues.Line parent = statement.lines().get(line);
        String name = "subtotal:" + parent.concept();
        List<Block.Term> terms = block.signed(statement.type() == StatementType.INCOME_STATEMENT);
        String rule = parent.concept() + " = " + describe(terms);
        Optional<BigDecimal> total = StatementValues.valueAt(parent, period);
        if (total.isEmpty()) return AccountingChecks.skipped(name, rule, period, "'" + parent.label() + "' has no value for " + period);
        if (terms.size() < 2 || terms.stream().noneMatch(t -> statement.lines().get(t.line()).concept() != null)) {
            return AccountingChecks.skipped(name, rule, period, "fewer than two rows, or none mapped, printed above '" + parent.label() + "'");
        }
        BigDecimal presented = BigDecimal.ZERO;
        BigDecimal signed = BigDecimal.ZERO;
        int counted = 0;
        List<String> concepts = new ArrayList<>(List.of(parent.concept()));
        for (Block.Term t : terms) {
            StatementValues.Line l = statement.lines().get(t.line());
            Optional<BigDecimal> v = StatementValues.valueAt(l, period);
            if (v.isEmpty()) continue;
            counted++;
            presented = presented.add(t.weight() < 0 ? v.get().negate() : v.get());
            signed = signed.add(v.get());
            if (l.concept() != null) concepts.add(l.concept());
        }
        if (counted == 0) return AccountingChecks.skipped(name, rule, period, "no row above '" + parent.label() + "' has a value for " + period);
        String note = block.foreign == null ? "" : "; rows above stop at " + block.foreign + ", which belongs elsewhere";
        boolean deductions = terms.stream().anyMatch(t -> t.weight() < 0);
        return Tolerance.compare(name, rule, period, total.get(), presented, signed, deductions, statement.unit(), counted,
                concepts, note, block.foreign != null);
    }

    private String describe(List<Block.Term> terms) {
        StringBuilder sb = new StringBuilder();
        for (int i = terms.size() - 1; i >= 0; i--) {
            Block.Term t = terms.get(i);
            StatementValues.Line l = statement.lines().get(t.line());
            String name = l.concept() != null ? l.concept() : "'" + l.label() + "'";
            sb.append(sb.length() == 0 ? (t.weight() < 0 ? "- " : "") : (t.weight() < 0 ? " - " : " + ")).append(name);
        }
        return sb.toString();
    }
}
