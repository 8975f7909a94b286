package io.tickmark.app;

import io.tickmark.search.EvidenceEval;
import io.tickmark.search.IndexMismatchException;
import io.tickmark.search.IndexSettings;
import io.tickmark.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code tickmark eval evidence}: how often the gold evidence page of a FinanceBench question is in the top 1, 5, 10. */
@Command(name = "evidence", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Index every PDF of DIR/pdfs into one index, search each question of DIR/questions.jsonl by its text",
                "(company and year read from the text) and count the questions whose gold page is in the top 1, 5 and 10.",
                "Prints a table by question type, then one JSON line (last)."})
final class EvidenceEvalCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/financebench",
            description = "FinanceBench folder with pdfs/ and questions.jsonl (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--analyzer", paramLabel = "NAME", defaultValue = IndexSettings.STANDARD,
            description = "Text analyzer to measure: standard (no stemming) or english (Porter stemming) (default: ${DEFAULT-VALUE}).")
    private String analyzer;

    @Option(names = "--vectors", paramLabel = "MODEL", defaultValue = "none",
            description = "Embedding model for hybrid search: none, all-minilm-l6-v2-q, bge-small-en-v15-q, bge-small-zh-v15 (default: ${DEFAULT-VALUE}).")
    private String vectors;

    @Option(names = "--fold", paramLabel = "PART/PARTS",
            description = {"Only the questions of one fixed part of the companies (sorted by name, dealt round): 1/2 or 2/2 for",
                    "halves. Choose a setting on one half, report it on the other. The index still holds every PDF."})
    private String fold;

    @Mixin
    private IndexOptions indexOptions;

    @Mixin
    private Verbosity verbosity;

    EvidenceEvalCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        SpreadingEvalCommand.requireFolder(data.resolve("pdfs"), "eval evidence reads the FinanceBench PDFs and questions");
        IndexSettings settings;
        EvidenceEval.Fold part;
        try {
            settings = IndexSettings.current().withAnalyzer(analyzer).withEmbedding(vectors);
            part = fold == null ? null : EvidenceEval.Fold.parse(fold);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        // the questions first: a missing or broken file should not cost an hour of indexing before it is noticed
        Path questionsFile = data.resolve("questions.jsonl");
        if (!java.nio.file.Files.isRegularFile(questionsFile)) {
            throw new UserError("eval evidence reads its questions from " + questionsFile + ": not found (FinanceBench's questions.jsonl goes beside pdfs/)");
        }
        List<EvidenceEval.Question> questions;
        try {
            questions = EvidenceEval.load(questionsFile);
        } catch (java.io.IOException e) {
            throw new UserError(e.getMessage(), e);
        }
        if (questions.isEmpty()) throw new UserError(questionsFile + " holds no questions");
        Path dir = indexOptions.index(io, "eval/evidence-index-" + analyzer + ("none".equals(settings.embeddingModel()) ? "" : "-" + settings.embeddingModel()));
        try (SearchIndex index = open(dir, settings, indexOptions.index != null)) {
            Set<String> documents = EvidenceEval.index(data.resolve("pdfs"), index,
                    line -> {
                        if (verbosity.verbose || line.startsWith("skipped ")) io.err().println(line);
                    });
            int pending = index.pendingVectors();
            if (pending > 0) {
                io.err().println("embedding " + pending + " passages with " + settings.embeddingModel() + "...");
                long start = System.nanoTime();
                index.embedPending(done -> {
                    if (verbosity.verbose && done % 2048 == 0) io.err().println("  vectors: " + done + "/" + pending);
                });
                io.err().println(String.format(java.util.Locale.ROOT, "embedded %d passages in %.0f s", pending, (System.nanoTime() - start) / 1e9));
            }
            if (part != null) questions = part.of(questions);
            EvidenceEval.Report report = EvidenceEval.run(questions, documents, index, 10);
            if (verbosity.verbose) {
                report.ranks().forEach(io.err()::println);
                report.misses().forEach(io.err()::println);
            }
            return SpreadingEvalCommand.print(io, report.table(), report.json());
        }
    }

    /**
     * The eval's index, rebuilt when an older Tickmark built it. One the user named (--index) that was built with
     * another analyzer or embedding model is refused rather than wiped: its vectors may have taken an hour.
     */
    private SearchIndex open(Path dir, IndexSettings settings, boolean named) throws java.io.IOException {
        try {
            return SearchIndex.open(dir, settings);
        } catch (IndexMismatchException e) {
            IndexSettings found = SearchIndex.recorded(dir);
            if (named && found != null && found.format().equals(settings.format()) && found.chunker().equals(settings.chunker())) {
                throw new UserError("the index " + dir + " was built with " + found.describe() + ", not " + settings.describe()
                        + ": give the same --vectors and --analyzer, or another --index (it is not rebuilt, as you named it)", e);
            }
            if (found != null) io.err().println("rebuilding " + dir + ": it was built with " + found.describe() + ", this Tickmark builds " + settings.describe());
            return SearchIndex.recreate(dir, settings);
        }
    }
}
