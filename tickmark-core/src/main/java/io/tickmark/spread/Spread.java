package io.tickmark.spread;

import io.tickmark.check.CheckResult;
import io.tickmark.facts.Fact;
import io.tickmark.statement.StatementType;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document's primary statements in the standard chart of accounts, with the results of the
 * accounting checks and any warnings met on the way (a statement not found, a column without a
 * period). A failed check is part of the spread, never a reason to drop it.
 */
public record Spread(DocumentInfo document, List<StatementSpread> statements, List<CheckResult> checks,
                     List<String> warnings) {
    public Spread {
        Objects.requireNonNull(document, "spread has no document");
        statements = List.copyOf(statements);
        checks = List.copyOf(checks);
        warnings = List.copyOf(warnings);
    }

    public Optional<StatementSpread> statement(StatementType type) {
        return statements.stream().filter(s -> s.type() == type).findFirst();
    }

    /** Every fact of every statement, in statement and line order. */
    public List<Fact> facts() {
        return statements.stream()
                .flatMap(s -> s.lines().stream())
                .flatMap(l -> l.values().stream())
                .filter(Objects::nonNull)
                .toList();
    }
}
