package io.tickmark.app;

import io.tickmark.ask.Asker;
import io.tickmark.eval.AskBench;
import io.tickmark.eval.FinanceBenchEval;
import io.tickmark.eval.FinanceBenchQuestion;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tickmark bench ask}: answer latency over the FinanceBench metric questions, documents already ingested. */
@Command(name = "ask", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time the answers to the metric questions of DIR/questions.jsonl (ingesting DIR/pdfs first if needed).",
                "Prints median and p95 latency, then one JSON line (last)."})
final class AskBenchCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    private FinanceBenchOptions bench;

    @Mixin
    private StoreOptions storeOptions;

    AskBenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        bench.check("bench ask");
        Path data = bench.data;
        int rounds = bench.rounds;
        try (FactStore store = storeOptions.open(io)) {
            List<String> documents = FinanceBenchEval.ingest(data.resolve("pdfs"), store, io.err()::println);
            List<String> questions = FinanceBenchQuestion.load(data.resolve("questions.jsonl")).stream()
                    .filter(q -> q.metric() && documents.contains(q.document())).map(FinanceBenchQuestion::question).toList();
            AskBench.Report report = AskBench.run(questions, new Asker(store)::ask, rounds);
            return SpreadingEvalCommand.print(io, report.table(), report.json());
        }
    }
}
