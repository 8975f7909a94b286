package io.tickmark.app;

import io.tickmark.ask.Asker;
import io.tickmark.eval.FinanceBenchEval;
import io.tickmark.eval.FinanceBenchQuestion;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tickmark eval financebench}: ingest the FinanceBench PDFs, answer its metric questions, grade against the gold. */
@Command(name = "financebench", header = "Answer the FinanceBench metric questions from the spread facts and grade them.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ingest DIR/pdfs, answer the metric questions of DIR/questions.jsonl from the spread facts and",
                "grade them against the gold answers: correct, wrong, abstained, not understood, not attempted.",
                "Prints a table by question type, then one JSON line (last); writes a review file per question."})
final class FinanceBenchEvalCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/financebench",
            description = "FinanceBench folder with pdfs/ and questions.jsonl (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Where to write the per-question review (default: DATA_DIR/eval/financebench-report.md).")
    private Path report;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private Verbosity verbosity;

    FinanceBenchEvalCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        SpreadingEvalCommand.requireFolder(data.resolve("pdfs"), "eval financebench reads the FinanceBench PDFs");
        List<FinanceBenchQuestion> questions = FinanceBenchQuestion.load(data.resolve("questions.jsonl"));
        long start = System.nanoTime();
        try (FactStore store = storeOptions.open(io)) {
            List<String> documents = FinanceBenchEval.ingest(data.resolve("pdfs"), store, io.err()::println);
            Asker asker = new Asker(store);
            List<FinanceBenchEval.Graded> graded = FinanceBenchEval.grade(questions, documents, asker::ask,
                    verbosity.verbose ? io.err()::println : line -> { });
            Path file = report != null ? report : storeOptions.dataDir(io).resolve("eval/financebench-report.md");
            FinanceBenchEval.writeReport(graded, file);
            io.err().println("review file: " + file);
            double seconds = (System.nanoTime() - start) / 1e9;
            return SpreadingEvalCommand.print(io, FinanceBenchEval.table(graded), FinanceBenchEval.json(graded, seconds));
        }
    }
}
