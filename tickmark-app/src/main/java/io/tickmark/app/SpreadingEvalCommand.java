package io.tickmark.app;

import io.tickmark.eval.HtmlSpreadingEval;
import io.tickmark.eval.SpreadingEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tickmark eval spreading}: spreads the real-world test PDFs and scores them against their truth. */
@Command(name = "spreading", header = "Score spread line items of real PDFs and HTML filings against their XBRL truth.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Spread the real-world test PDFs (or HTML filings with inline XBRL, each X.html beside its X.facts.csv)",
                "and score every line item against its truth.",
                "Prints a table, then the scores as one JSON line (last)."})
final class SpreadingEvalCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/financebench",
            description = "The real-world test data folder (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Mixin
    private Verbosity verbosity;

    SpreadingEvalCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        requireFolder(data, "eval spreading reads the real-world test data (financebench/, sec-ixbrl-pdf/, sec-ixbrl/)");
        if (HtmlSpreadingEval.applies(data)) {
            var html = HtmlSpreadingEval.run(data, io.err()::println);
            return print(io, html.table(), html.json());
        }
        var report = SpreadingEval.run(data, io.err()::println);
        return print(io, report.table(), report.json());
    }

    /** Prints an evaluation's table, then its JSON line last, for scripts to collect. */
    static int print(Io io, String table, String json) {
        io.out().println(table.stripTrailing());
        io.out().println(json.strip());
        io.out().flush();
        return 0;
    }

    /** Ends the command with one line when the folder is not there. */
    static void requireFolder(Path folder, String why) {
        if (!Files.isDirectory(folder)) {
            throw new UserError("data folder " + folder + " not found: " + why + "; give it with --data DIR");
        }
    }
}
