package io.tickmark.app;

import io.tickmark.ask.Asker;
import io.tickmark.eval.AskBench;
import io.tickmark.eval.FinanceBenchEval;
import io.tickmark.eval.FinanceBenchQuestion;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tickmark bench ask}: answer latency over the FinanceBench metric questions, documents already ingested. */
@Command(name = "ask", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time the answers to the metric questions of DIR/questions.jsonl (ingesting DIR/pdfs first if needed).",
                "Prints median and p95 latency, then one JSON line (last)."})
final class AskBenchCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/financebench",
            description = "FinanceBench folder with pdfs/ and questions.jsonl (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Timed rounds over all questions (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Mixin
    private StoreOptions storeOptions;

    AskBenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        SpreadingEvalCommand.requireFolder(data.resolve("pdfs"), "bench ask reads the FinanceBench PDFs and questions");
        if (rounds < 1) throw new UserError("--rounds must be at least 1, got " + rounds);
        try (FactStore store = storeOptions.open(io)) {
            List<String> documents = FinanceBenchEval.ingest(data.resolve("pdfs"), store, io.err()::println);
            List<String> questions = FinanceBenchQuestion.load(data.resolve("questions.jsonl")).stream()
                    .filter(q -> q.metric() && documents.contains(q.document())).map(FinanceBenchQuestion::question).toList();
            AskBench.Report report = AskBench.run(questions, new Asker(store)::ask, rounds);
            return SpreadingEvalCommand.print(io, report.table(), report.json());
        }
    }
}
