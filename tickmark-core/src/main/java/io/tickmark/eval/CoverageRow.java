package io.tickmark.eval;

import io.tickmark.check.CheckResult;
import io.tickmark.statement.StatementType;

import java.util.Locale;
import java.util.Set;

/**
 * What spreading one filing without truth gave: its document type (from the spread's cover page, or
 * the file name), the statements found, the balance-sheet identity, the time taken, and why it
 * failed ({@code null} unless spreading threw).
 */
public record CoverageRow(String file, String documentType, Set<StatementType> statements,
                          CheckResult.Status bsIdentity, String failure, long millis) {
    public CoverageRow {
        if (file == null || file.isBlank()) throw new IllegalArgumentException("coverage row has no file name");
        statements = Set.copyOf(statements);
    }

    /** Whether the file name says it is an annual report on Form 10-K ("10K" or "10-K" in any case). */
    public boolean tenK() {
        String name = file.toUpperCase(Locale.ROOT);
        return name.contains("10K") || name.contains("10-K");
    }

    public boolean allThree() {
        return statements.size() == StatementType.values().length;
    }

    public boolean failed() {
        return failure != null;
    }
}
