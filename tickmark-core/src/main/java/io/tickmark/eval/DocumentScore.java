package io.tickmark.eval;

import io.tickmark.check.CheckResult;
import io.tickmark.statement.StatementType;

import java.util.List;
import java.util.Set;

/**
 * How well one document was spread against its XBRL truth: statements found, the balance-sheet
 * identity, the core concepts right or wrong per period, the share of our numbers the truth
 * confirms (precision) and of the truth's face-statement facts we found (recall), and the time
 * taken. {@code failure} is null unless spreading threw; a failed document scores as an empty spread.
 */
public record DocumentScore(String document, String failure, Set<StatementType> statements,
                            CheckResult.Status bsIdentity, List<CoreOutcome> core, int factsTotal, int factsMatched,
                            int truthTotal, int truthFound, List<UnmatchedNumber> unmatched, List<XbrlFact> missed,
                            long millis) {
    public DocumentScore {
        if (document == null || document.isBlank()) throw new IllegalArgumentException("document score has no document name");
        if (factsMatched > factsTotal) {
            throw new IllegalArgumentException("%d matched facts exceed the %d facts of %s".formatted(factsMatched, factsTotal, document));
        }
        if (truthFound > truthTotal) {
            throw new IllegalArgumentException("%d found truth facts exceed the %d truth facts of %s".formatted(truthFound, truthTotal, document));
        }
        statements = Set.copyOf(statements);
        core = List.copyOf(core);
        unmatched = List.copyOf(unmatched);
        missed = List.copyOf(missed);
    }

    public boolean failed() {
        return failure != null;
    }

    public int coreCorrect() {
        return (int) core.stream().filter(CoreOutcome::correct).count();
    }

    public int coreTotal() {
        return core.size();
    }

    /** Correct core pairs among those whose truth value is printed on the located statement pages. */
    public int printedCoreCorrect() {
        return (int) core.stream().filter(c -> c.printed() && c.correct()).count();
    }

    /** Core pairs whose truth value is printed on the located statement pages ({@link CoreOutcome#printed()}). */
    public int printedCoreTotal() {
        return (int) core.stream().filter(CoreOutcome::printed).count();
    }

    /** Correct core (concept, period) pairs over those the truth has; NaN when it has none. */
    public double coreAccuracy() {
        return Ratios.of(coreCorrect(), coreTotal());
    }

    /** Share of the spread's numbers that a truth fact of the same period confirms; NaN for an empty spread. */
    public double precision() {
        return Ratios.of(factsMatched, factsTotal);
    }

    /** Share of the truth's face-statement facts found in the spread; NaN when the truth has none. */
    public double recall() {
        return Ratios.of(truthFound, truthTotal);
    }
}
