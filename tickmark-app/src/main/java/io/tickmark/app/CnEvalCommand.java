package io.tickmark.app;

import io.tickmark.eval.CnEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tickmark eval cn}: Chinese annual reports against line-item truth and FinGLM metric questions. */
@Command(name = "cn", header = "Score the Chinese annual reports' statements against their line-item truth.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Spread the Chinese annual reports of a folder (PDFs and parsed-text JSON), compare the consolidated",
                "statements with line_item_truth.csv (every mismatch listed) and answer the metric questions of",
                "finglm_gold_facts.csv (correct, wrong and abstained counted apart).",
                "Prints a table, then the counts as one JSON line (last)."})
final class CnEvalCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/cn-annual-reports",
            description = "The folder of reports with line_item_truth.csv (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Mixin
    private Verbosity verbosity;

    CnEvalCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        SpreadingEvalCommand.requireFolder(data, "eval cn reads a folder of Chinese annual reports with line_item_truth.csv");
        if (!java.nio.file.Files.isRegularFile(data.resolve("line_item_truth.csv"))) {
            throw new UserError("data folder " + data + " has no line_item_truth.csv; eval cn needs it");
        }
        var result = CnEval.run(data, io.err()::println);
        return SpreadingEvalCommand.print(io, result.table(), result.json());
    }
}
