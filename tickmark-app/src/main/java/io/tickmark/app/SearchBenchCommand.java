package io.tickmark.app;

import io.tickmark.search.EvidenceEval;
import io.tickmark.search.SearchBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tickmark bench search}: indexing throughput by step and question latency over FinanceBench. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Index DIR/pdfs into a fresh index, timing text extraction, chunking and indexing, then time the",
                "search of every question of DIR/questions.jsonl. Prints pages/s, median and p95 latency, then one JSON line."})
final class SearchBenchCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/financebench",
            description = "FinanceBench folder with pdfs/ and questions.jsonl (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Timed rounds over all questions (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Mixin
    private IndexOptions indexOptions;

    SearchBenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        SpreadingEvalCommand.requireFolder(data.resolve("pdfs"), "bench search reads the FinanceBench PDFs and questions");
        if (rounds < 1) throw new UserError("--rounds must be at least 1, got " + rounds);
        List<Path> pdfs = Inputs.pdfsUnder(data.resolve("pdfs"));
        List<String> questions = EvidenceEval.load(data.resolve("questions.jsonl")).stream().map(EvidenceEval.Question::question).toList();
        SearchBench.Report report = SearchBench.run(pdfs, indexOptions.index(io, "eval/bench-index"), questions, rounds);
        return SpreadingEvalCommand.print(io, report.table(), report.json());
    }
}
