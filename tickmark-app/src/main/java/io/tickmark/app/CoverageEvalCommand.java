package io.tickmark.app;

import io.tickmark.eval.SpreadingEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tickmark eval coverage}: spreads a folder of reports without truth and counts statements found and identities passed. */
@Command(name = "coverage", header = "Count how many PDFs of a folder yield all three statements that balance.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Spread every PDF of a folder (no truth needed) and count how many yield all three statements",
                "and pass the balance-sheet identity, with 10-K filings counted apart.",
                "Prints a table, then the counts as one JSON line (last)."})
final class CoverageEvalCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/financebench/pdfs",
            description = "A folder of PDFs, or one with a pdfs/ folder (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Mixin
    private Verbosity verbosity;

    CoverageEvalCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        SpreadingEvalCommand.requireFolder(data, "eval coverage reads a folder of report PDFs");
        var report = SpreadingEval.coverage(data, io.err()::println);
        return SpreadingEvalCommand.print(io, report.table(), report.json());
    }
}
