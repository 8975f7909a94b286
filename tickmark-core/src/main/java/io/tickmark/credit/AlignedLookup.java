package io.tickmark.credit;

import io.tickmark.facts.Fact;
import io.tickmark.facts.Source;
import io.tickmark.metrics.FactLookup;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The metric engine's view of lined-up years: the chosen fact of a concept for a fiscal year, or
 * when the statement of that year was found but prints no such line, what {@link AbsentLines} says
 * it means: a zero ticked to the statement's page ("not printed"), or another concept's fact. Each
 * such use is remembered so the memo can say so.
 */
public final class AlignedLookup implements FactLookup {
    /** The raw value of a zero taken for a line that is not printed. */
    public static final String NOT_PRINTED = "not printed";

    private final AlignedYears years;
    private final AbsentLines absent;
    private final Set<String> used = new LinkedHashSet<>();

    public AlignedLookup(AlignedYears years, AbsentLines absent) {
        this.years = years;
        this.absent = absent;
    }

    @Override
    public Optional<Fact> fact(String concept, int fiscalYear) {
        Optional<Fact> fact = years.fact(concept, fiscalYear);
        if (fact.isPresent()) return fact;
        Optional<AbsentLines.Rule> rule = absent.rule(concept);
        if (rule.isEmpty()) return Optional.empty();
        AbsentLines.Rule r = rule.get();
        if (!r.zero()) {
            Optional<Fact> other = years.fact(r.use(), fiscalYear);
            other.ifPresent(f -> used.add("%s: %s, so %s is used.".formatted(concept.replace('_', ' '), r.reason(), r.use().replace('_', ' '))));
            return other;
        }
        Optional<Fact> anchor = anchor(r.statement(), fiscalYear);
        if (anchor.isEmpty()) return Optional.empty();
        Fact a = anchor.get();
        Source s = a.source();
        String lookalike = r.lookalike(years.unmapped(s.sha256(), r.statement()));
        if (lookalike != null) {
            used.add("%s FY%d not taken as 0: %s p.%d prints '%s', which Tickmark did not map and may be that line; ratios needing it are n/a."
                    .formatted(concept.replace('_', ' '), fiscalYear, s.document(), s.page(), lookalike));
            return Optional.empty();
        }
        used.add("%s taken as 0 where %s.".formatted(concept.replace('_', ' '), r.reason()));
        return Optional.of(new Fact(concept, concept.replace('_', ' ') + " (not printed)", r.statement(), a.period(), BigDecimal.ZERO, a.unit(),
                new Source(s.document(), s.sha256(), s.page(), s.line(), s.top(), concept.replace('_', ' ') + ": " + r.reason(), NOT_PRINTED), 1.0));
    }

    /** A fact that proves the statement was found for the year, on whose page the zero is ticked. */
    private Optional<Fact> anchor(String statement, int year) {
        List<String> anchors = switch (statement) {
            case "BALANCE_SHEET" -> List.of("total_assets", "total_liabilities_and_equity");
            case "CASH_FLOW" -> List.of("cash_from_operations", "cash_from_financing");
            default -> List.of("revenue", "net_income");
        };
        for (String c : anchors) {
            Optional<Fact> f = years.fact(c, year);
            if (f.isPresent() && f.get().statement().equals(statement)) return f;
        }
        return Optional.empty();
    }

    /** The absent-line rules applied so far, one sentence each. */
    public List<String> assumptions() {
        return List.copyOf(used);
    }
}
