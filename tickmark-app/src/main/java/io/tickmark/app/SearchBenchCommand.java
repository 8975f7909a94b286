package io.tickmark.app;

import io.tickmark.search.EvidenceEval;
import io.tickmark.search.IndexSettings;
import io.tickmark.search.SearchBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tickmark bench search}: indexing throughput by step and question latency over FinanceBench. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Index DIR/pdfs into a fresh index, timing text extraction, chunking and indexing, then time the",
                "search of every question of DIR/questions.jsonl. Prints pages/s, median and p95 latency, then one JSON line."})
final class SearchBenchCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    private FinanceBenchOptions bench;

    @Mixin
    private IndexOptions indexOptions;

    @picocli.CommandLine.Option(names = "--vectors", paramLabel = "MODEL", defaultValue = "none",
            description = "Also embed every passage with this model and time it: none, all-minilm-l6-v2-q, bge-small-zh-v15 (default: ${DEFAULT-VALUE}).")
    private String vectors;

    SearchBenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        bench.check("bench search");
        Path data = bench.data;
        int rounds = bench.rounds;
        List<Path> pdfs = Inputs.pdfsUnder(data.resolve("pdfs"));
        List<String> questions = EvidenceEval.load(data.resolve("questions.jsonl")).stream().map(EvidenceEval.Question::question).toList();
        IndexSettings settings;
        try {
            settings = IndexSettings.current().withEmbedding(vectors);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        SearchBench.Report report = SearchBench.run(pdfs, indexOptions.index(io, "eval/bench-index"), questions, rounds, settings);
        return SpreadingEvalCommand.print(io, report.table(), report.json());
    }
}
