package io.tickmark.app;

import io.tickmark.Tickmark;
import io.tickmark.document.Document;
import io.tickmark.document.UnreadableDocumentException;
import io.tickmark.search.IndexMismatchException;
import io.tickmark.search.IndexRebuild;
import io.tickmark.search.IndexSettings;
import io.tickmark.search.OnnxEmbedder;
import io.tickmark.search.SearchIndex;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code tickmark index}: add filings to the search index, embed the passages still waiting for their vectors,
 * or rebuild the index from the store ({@code --rebuild} without files).
 */
@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Add PDF filings (files or folders of PDFs) to the search index; a file already indexed",
                "(same content) is skipped. Keyword search works as soon as a filing is added; with --vectors its",
                "passages are then embedded, with a progress bar. Ctrl-C stops the embedding with a valid index: the",
                "passages not yet embedded stay pending and 'tickmark index' (no files) embeds them.",
                "--rebuild without files builds the index again from the files of the documents in the store (and",
                "those the index recorded), e.g. after upgrading Tickmark; the old index is replaced only when the new",
                "one is complete."},
        footer = {"", "Exit status: 0 when every file was indexed or already in, 1 when a file could not be read or was skipped."})
final class IndexCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "PDF files or folders of PDFs (none: embed pending passages, or --rebuild from the store).")
    private List<Path> paths = List.of();

    @Option(names = "--rebuild", description = "Build the index from scratch into a new folder and swap it in: from the given files,"
            + " or without files from every document of the store (and every filing of the old index) whose file is still there.")
    private boolean rebuild;

    @Option(names = "--vectors", paramLabel = "MODEL",
            description = "Also embed the passages for hybrid search (keywords + meaning): all-minilm-l6-v2-q or bge-small-en-v15-q"
                    + " (English), bge-small-zh-v15 (Chinese), or none. Default: what the index was built with (none for a new one).")
    private String vectors;

    @Option(names = "--defer-vectors", description = "Add the passages for keyword search only; their vectors stay pending for the next 'tickmark index'.")
    private boolean deferVectors;

    @Option(names = "--store", paramLabel = "JDBC_URL",
            description = "Fact store to rebuild from (default: env " + StoreOptions.STORE_VARIABLE + ", else the embedded H2 store in the data dir).")
    private String storeUrl;

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
        if (rebuild) {
            failed = rebuild(dir);
        } else if (paths.isEmpty() && SearchIndex.recorded(dir) == null) {
            throw new UserError("no search index in " + dir + ": give PDF files to index, or --rebuild to build it from the store");
        }
        try (SearchIndex index = open(dir)) {
            if (!rebuild) {
                List<Inputs.Input> inputs = Inputs.expand(paths);
                ProgressBar bar = inputs.size() > 1 ? new ProgressBar(io.err(), terminal(), "files", inputs.size()) : null;
                int i = 0;
                for (Inputs.Input input : inputs) {
                    if (input.problem() != null) {
                        io.err().println("skipped " + input.path() + ": " + input.problem());
                        failed++;
                    } else if (!add(index, input.path())) {
                        failed++;
                    }
                    if (bar != null) bar.at(++i, input.path().getFileName().toString());
                }
            }
            int pending = index.pendingVectors();
            if (pending > 0 && deferVectors) {
                io.out().println("keyword search ready; " + pending + " passages wait for their vectors (" + index.settings().embeddingModel()
                        + "): run 'tickmark index' to embed them");
            } else if (pending > 0) {
                embed(index, pending);
            }
            io.out().println(index.filings().size() + " filings in the index " + dir);
        }
        io.out().flush();
        return failed == 0 ? 0 : 1;
    }

    /** Embeds the pending passages with a progress bar; Ctrl-C stops after the batch in hand, its vectors committed. */
    private void embed(SearchIndex index, int pending) throws IOException {
        String model = index.settings().embeddingModel();
        io.out().println("keyword search ready; embedding " + pending + " passages with " + model + " (Ctrl-C stops; the rest stay pending)...");
        io.out().flush();
        ProgressBar bar = new ProgressBar(io.err(), terminal(), "passages", pending);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean over = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            if (over.get()) return;
            stop.set(true);
            try {
                if (finished.await(60, TimeUnit.SECONDS)) {
                    bar.end();
                    io.err().println("interrupted: embedded " + done.get() + " passages; " + (pending - done.get())
                            + " still wait for their vectors (keyword search covers them): run 'tickmark index' to go on");
                    io.err().flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "index-vectors-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        long start = System.nanoTime();
        SearchIndex.Vectored v;
        try {
            v = index.embedPending(Integer.MAX_VALUE, stop::get, n -> {
                done.set(n);
                bar.at(n, null);
            });
        } finally {
            finished.countDown();
        }
        if (stop.get()) return; // the shutdown hook reports
        over.set(true);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        io.out().println(String.format(Locale.ROOT, "embedded %d passages in %.0f s (%.1f passages/s)", v.passages(), seconds,
                v.passages() / Math.max(seconds, 1e-9)));
    }

    /** Builds the index again into a new folder and swaps it in; returns how many sources were skipped. */
    private int rebuild(Path dir) throws IOException {
        IndexSettings settings = wanted(dir);
        List<IndexRebuild.Source> sources = paths.isEmpty() ? fromStore(dir) : fromFiles();
        if (sources.isEmpty()) {
            throw new UserError("nothing to rebuild the index from: the store holds no documents and the index no filings;"
                    + " ingest reports first (tickmark ingest PDF...) or give the files: tickmark index --rebuild PDF...");
        }
        io.err().println("rebuilding the search index " + dir + " from " + sources.size() + " files (" + settings.describe() + ")");
        ProgressBar bar = new ProgressBar(io.err(), terminal(), "files", sources.size());
        IndexRebuild.Result result;
        try {
            result = IndexRebuild.run(dir, settings, sources, (i, total, step) -> {
                if (step.failed()) {
                    bar.end();
                    io.err().println("skipped " + step.problem());
                }
                bar.at(i, step.source().fileName());
            });
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage(), e);
        } catch (IOException e) {
            throw new UserError("the rebuild failed, the old index is left as it was: " + e.getMessage(), e);
        }
        int passages = result.indexed().stream().mapToInt(s -> s.added().chunks()).sum();
        io.out().println("rebuilt " + dir + ": " + result.indexed().size() + " filings, " + passages + " passages"
                + (result.skipped().isEmpty() ? "" : "; " + result.skipped().size() + " skipped (named above)"));
        return result.skipped().size();
    }

    /** The given files, unchecked against the store (no SHA-256 to match). */
    private List<IndexRebuild.Source> fromFiles() {
        List<IndexRebuild.Source> out = new ArrayList<>();
        for (Inputs.Input in : Inputs.expand(paths)) {
            if (in.problem() != null) io.err().println("skipped " + in.path() + ": " + in.problem());
            else out.add(new IndexRebuild.Source(null, in.path().getFileName().toString(), in.path()));
        }
        return out;
    }

    /**
     * Every document of the store with the file it was ingested from, then every filing of the old index not in the
     * store (indexed without ingesting) with the file it was indexed from.
     */
    private List<IndexRebuild.Source> fromStore(Path dir) throws IOException {
        Map<String, IndexRebuild.Source> out = new LinkedHashMap<>();
        Map<String, Path> indexed = new LinkedHashMap<>();
        Map<String, String> indexedNames = new LinkedHashMap<>();
        for (IndexRebuild.Source s : SearchIndex.sources(dir)) {
            indexedNames.put(s.sha256(), s.fileName());
            if (s.path() != null) indexed.put(s.sha256(), s.path());
        }
        String url = storeUrl != null && !storeUrl.isBlank() ? storeUrl : io.variable(StoreOptions.STORE_VARIABLE);
        Path dataDir = indexOptions.dataDir(io);
        if (url != null || Files.exists(dataDir.resolve("tickmark.mv.db"))) {
            try (FactStore store = Tickmark.openStore(url, dataDir)) {
                Map<String, Path> files = store.sources();
                for (DocumentInfo d : store.documents()) {
                    Path p = files.getOrDefault(d.sha256(), indexed.get(d.sha256()));
                    out.put(d.sha256(), new IndexRebuild.Source(d.sha256(), d.fileName(), p));
                }
            }
        }
        indexedNames.forEach((sha, name) -> out.putIfAbsent(sha, new IndexRebuild.Source(sha, name, indexed.get(sha))));
        return new ArrayList<>(out.values());
    }

    /** The settings of the new index: the --vectors asked for, else the model the old index was built with. */
    private IndexSettings wanted(Path dir) throws IOException {
        try {
            if (vectors != null) return IndexSettings.current().withEmbedding(vectors);
            IndexSettings found = SearchIndex.recorded(dir);
            String model = found == null || !OnnxEmbedder.known(found.embeddingModel()) ? "none" : found.embeddingModel();
            return IndexSettings.current().withEmbedding(model);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private SearchIndex open(Path dir) throws IOException {
        try {
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
        SearchIndex.Added added = index.add(doc, file);
        if (added.added()) {
            io.out().println("indexed " + file.getFileName() + ": " + added.chunks() + " passages, " + added.filing().company()
                    + ", " + added.filing().documentType() + (added.filing().periodEnd() == null ? "" : ", period end " + added.filing().periodEnd()));
        } else {
            io.out().println("already indexed " + file.getFileName() + " (same content as " + added.filing().fileName() + ")");
        }
        return true;
    }

    private static boolean terminal() {
        return System.console() != null;
    }
}
