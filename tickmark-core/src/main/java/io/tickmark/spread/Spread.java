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
 * period). A failed check is part of the spread, never a reason to drop it. {@code statements} are the
 * consolidated ones, which everything downstream reads by default; a report that also prints the parent
 * company's own statements (Chinese annual reports: 母公司) keeps them apart in {@code parentStatements}.
 */
public record Spread(DocumentInfo document, List<StatementSpread> statements, List<CheckResult> checks,
                     List<String> warnings, List<StatementSpread> parentStatements) {
    public Spread {
        Objects.requireNonNull(document, "spread has no document");
        statements = List.copyOf(statements);
        parentStatements = parentStatements == null ? List.of() : List.copyOf(parentStatements);
        checks = List.copyOf(checks);
        warnings = List.copyOf(warnings);
    }

    /** A spread of consolidated statements only. */
    public Spread(DocumentInfo document, List<StatementSpread> statements, List<CheckResult> checks, List<String> warnings) {
        this(document, statements, checks, warnings, List.of());
    }

    /** The parent company's own statement of that type, where the report prints one (never mixed into {@link #statements()}). */
    public Optional<StatementSpread> parentStatement(StatementType type) {
        return parentStatements.stream().filter(s -> s.type() == type).findFirst();
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
