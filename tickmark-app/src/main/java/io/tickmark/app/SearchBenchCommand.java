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
            description = "Also embed every passage with this model and time it: none, all-minilm-l6-v2-q, bge-small-en-v15-q, bge-small-zh-v15 (default: ${DEFAULT-VALUE}).")
    private String vectors;

    @picocli.CommandLine.Option(names = "--sample", paramLabel = "N",
            description = "Index only N of the PDFs, spread evenly over the sorted list (a quicker measurement over several companies).")
    private Integer sample;

    @picocli.CommandLine.Option(names = "--files", paramLabel = "PATH", split = ",",
            description = "Index these files or folders instead of DIR/pdfs (e.g. a Chinese report to time bge-small-zh-v15).")
    private List<Path> files;

    @picocli.CommandLine.Option(names = "--query", paramLabel = "TEXT",
            description = "Time these queries instead of the questions of DIR/questions.jsonl (repeatable).")
    private List<String> queries;

    SearchBenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (files == null || queries == null) bench.check("bench search");
        if (bench.rounds < 1) throw new UserError("--rounds must be at least 1, got " + bench.rounds);
        Path data = bench.data;
        int rounds = bench.rounds;
        List<Path> pdfs = new java.util.ArrayList<>();
        if (files == null) {
            pdfs.addAll(Inputs.pdfsUnder(data.resolve("pdfs")));
        } else {
            for (Inputs.Input in : Inputs.expand(files)) {
                if (in.problem() != null) throw new UserError(in.path() + ": " + in.problem());
                pdfs.add(in.path());
            }
        }
        if (sample != null) {
            if (sample < 1) throw new UserError("--sample must be at least 1, got " + sample);
            pdfs = spread(pdfs, sample);
        }
        List<String> questions = queries != null ? queries
                : EvidenceEval.load(data.resolve("questions.jsonl")).stream().map(EvidenceEval.Question::question).toList();
        IndexSettings settings;
        try {
            settings = IndexSettings.current().withEmbedding(vectors);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        io.err().println("bench search: indexing " + pdfs.size() + " files" + (sample == null ? "" : " (a sample of " + sample + ")") + ", "
                + settings.describe());
        SearchBench.Report report = SearchBench.run(pdfs, indexOptions.index(io, "eval/bench-index"), questions, rounds, settings);
        return SpreadingEvalCommand.print(io, report.table(), report.json());
    }

    /** {@code n} of the files, evenly spaced over the list (all of them when it holds no more). */
    static List<Path> spread(List<Path> all, int n) {
        if (all.size() <= n) return all;
        List<Path> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) out.add(all.get((int) ((long) i * all.size() / n)));
        return out;
    }
}
