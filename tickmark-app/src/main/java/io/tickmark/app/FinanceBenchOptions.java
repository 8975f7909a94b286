package io.tickmark.app;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data DIR --rounds N} of the benchmarks that run over the FinanceBench PDFs and questions. */
final class FinanceBenchOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/financebench",
            description = "FinanceBench folder with pdfs/ and questions.jsonl (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Timed rounds over all questions (default: ${DEFAULT-VALUE}).")
    int rounds;

    /** Ends the command with one line when the data folder or the rounds are off. */
    void check(String command) {
        SpreadingEvalCommand.requireFolder(data.resolve("pdfs"), command + " reads the FinanceBench PDFs and questions");
        if (rounds < 1) throw new UserError("--rounds must be at least 1, got " + rounds);
    }
}
