package io.tickmark.app;

import io.tickmark.Tickmark;
import io.tickmark.document.Document;
import io.tickmark.document.UnreadableDocumentException;
import io.tickmark.search.IndexMismatchException;
import io.tickmark.search.IndexSettings;
import io.tickmark.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tickmark index}: add filings to the search index; {@code --rebuild} empties it first. */
@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Add PDF filings (files or folders of PDFs) to the search index; a file already indexed",
                "(same content) is skipped. --rebuild empties the index first, e.g. after upgrading Tickmark."},
        footer = {"", "Exit status: 0 when every file was indexed or already in, 1 when a file could not be read."})
final class IndexCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "PDF files or folders of PDFs.")
    private List<Path> paths;

    @Option(names = "--rebuild", description = "Empty the index and index the given files from scratch.")
    private boolean rebuild;

    @Option(names = "--vectors", paramLabel = "MODEL",
            description = "Also embed the passages for hybrid search (keywords + meaning): all-minilm-l6-v2-q (English),"
                    + " bge-small-zh-v15 (Chinese), or none. Default: what the index was built with (none for a new one)."
                    + " Keyword search works at once; vectors are added after.")
    private String vectors;

    @Mixin
    private IndexOptions indexOptions;

    @Mixin
    private Verbosity verbosity;

    IndexCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = indexOptions.index(io, "index");
        int failed = 0;
        try (SearchIndex index = open(dir)) {
            for (Inputs.Input input : Inputs.expand(paths)) {
                if (input.problem() != null) {
                    io.err().println("skipped " + input.path() + ": " + input.problem());
                    failed++;
                    continue;
                }
                if (!add(index, input.path())) failed++;
            }
            int pending = index.pendingVectors();
            if (pending > 0) {
                io.out().println("keyword search ready; embedding " + pending + " passages with " + index.settings().embeddingModel() + "...");
                io.out().flush();
                long start = System.nanoTime();
                SearchIndex.Vectored v = index.embedPending(done -> {
                    if (verbosity.verbose && done % 512 == 0) io.err().println("  vectors: " + done + "/" + pending);
                });
                double seconds = (System.nanoTime() - start) / 1e9;
                io.out().println(String.format(java.util.Locale.ROOT, "embedded %d passages in %.0f s (%.1f passages/s)", v.passages(), seconds,
                        v.passages() / Math.max(seconds, 1e-9)));
            }
            io.out().println(index.filings().size() + " filings in the index " + dir);
        }
        io.out().flush();
        return failed == 0 ? 0 : 1;
    }

    private SearchIndex open(Path dir) throws IOException {
        try {
            if (rebuild) return SearchIndex.recreate(dir, IndexSettings.current().withEmbedding(vectors));
            if (vectors == null) return SearchIndex.open(dir);
            IndexSettings wanted = IndexSettings.current().withEmbedding(vectors);
            IndexSettings found = SearchIndex.recorded(dir);
            if (found == null) return SearchIndex.recreate(dir, wanted);
            return SearchIndex.open(dir, wanted);
        } catch (IndexMismatchException | IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private boolean add(SearchIndex index, Path file) throws IOException {
        Document doc;
        try {
            doc = Tickmark.read(file);
        } catch (UnreadableDocumentException | java.nio.file.NoSuchFileException e) {
            io.err().println("skipped " + file + ": " + e.getMessage());
            return false;
        }
        SearchIndex.Added added = index.add(doc);
        if (added.added()) {
            io.out().println("indexed " + file.getFileName() + ": " + added.chunks() + " passages, " + added.filing().company()
                    + ", " + added.filing().documentType() + (added.filing().periodEnd() == null ? "" : ", period end " + added.filing().periodEnd()));
        } else {
            io.out().println("already indexed " + file.getFileName() + " (same content as " + added.filing().fileName() + ")");
        }
        return true;
    }
}
