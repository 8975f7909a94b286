package io.tickmark.server;

import io.tickmark.search.SearchIndex;
import io.tickmark.spread.Spread;
import io.tickmark.store.FactStore;
import io.tickmark.store.OverrideStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One workspace's own world: its fact store (a database of its own), its corrections, its search
 * index and its uploaded files. Nothing here is reachable from another workspace's key.
 */
final class Workspace implements AutoCloseable {
    private final String name;
    private final Path dir;
    private final FactStore store;
    private final OverrideStore overrides;
    /** The embedding model of the workspace's search index ("none": keywords only). */
    private final String vectors;
    private volatile SearchIndex index;
    /** While the index is rebuilt: how far it is ("12 of 40 filings"); null otherwise. */
    private volatile String rebuilding;
    /** Set when the workspace is closing: a rebuild running then stops after the filing it is reading. */
    private volatile boolean closing;
    private volatile java.util.List<io.tickmark.store.FactOverride> corrections;
    private final CorrectedFactStore view = new CorrectedFactStore(this);
    private final io.tickmark.ask.Asker asker = new io.tickmark.ask.Asker(view);
    private final Map<String, Spread> spreads = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Spread> eldest) {
            return size() > 64;
        }
    });

    Workspace(String name, Path dir, FactStore store, OverrideStore overrides, String vectors) {
        this.vectors = vectors == null ? "none" : vectors;
        this.name = name;
        this.dir = dir;
        this.store = store;
        this.overrides = overrides;
    }

    String name() {
        return name;
    }

    FactStore store() {
        return store;
    }

    OverrideStore overrides() {
        return overrides;
    }

    /** Every correction of the workspace, oldest first; read once and kept until the next correction. */
    java.util.List<io.tickmark.store.FactOverride> corrections() {
        java.util.List<io.tickmark.store.FactOverride> c = corrections;
        if (c == null) corrections = c = overrides.all();
        return c;
    }

    /** The corrections of one document, oldest first. */
    java.util.List<io.tickmark.store.FactOverride> corrections(String sha256) {
        return corrections().stream().filter(o -> o.sha256().equals(sha256)).toList();
    }

    /** Rendered answers kept until the next change (e.g. a company's facts as JSON). */
    private final Map<String, byte[]> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    byte[] rendered(String key, java.util.function.Supplier<byte[]> render) {
        if (rendered.size() > 256) rendered.clear();
        return rendered.computeIfAbsent(key, k -> render.get());
    }

    /** Stores a correction (appended, never replacing) and returns it as stored. */
    synchronized io.tickmark.store.FactOverride correct(io.tickmark.store.FactOverride o) {
        try {
            return overrides.add(o);
        } finally {
            changed();
        }
    }

    /** The metric engine over this workspace's facts with the corrections in force (stateless: one is shared). */
    io.tickmark.ask.Asker asker() {
        return asker;
    }

    /**
     * The workspace's facts as the API shows and the metric engine reads them: corrections in force, reads cached
     * until the next change. Save and delete documents through it so the caches follow.
     */
    CorrectedFactStore facts() {
        return view;
    }

    private volatile io.tickmark.grid.Grid grid;

    /**
     * The research grid over this workspace's facts (corrections in force) and search index: built on first use
     * and shared by cells and grid jobs until the next change.
     */
    io.tickmark.grid.Grid grid() throws IOException {
        io.tickmark.grid.Grid g = grid;
        if (g == null) {
            io.tickmark.search.SearchIndex i = index();
            synchronized (this) {
                g = grid;
                if (g == null) grid = g = new io.tickmark.grid.Grid(view, new io.tickmark.grid.SearchEvidence(i));
            }
        }
        return g;
    }

    /** A grid seeing only what was filed on or before {@code asOf} (a grid job's point in time). */
    io.tickmark.grid.Grid grid(java.time.LocalDate asOf) throws IOException {
        if (asOf == null) return grid();
        return new io.tickmark.grid.Grid(view, new io.tickmark.grid.SearchEvidence(index()), io.tickmark.metrics.MetricCatalog.standard(),
                new io.tickmark.grid.KeyTermJudge(), new io.tickmark.grid.PointInTime(asOf, null, null));
    }

    /** Something was stored, deleted or corrected: cached reads are stale. */
    void changed() {
        grid = null;
        corrections = null;
        rendered.clear();
        view.changed();
    }

    /** Where uploads of a document are kept: {@code uploads/SHA/original-name}. */
    Path uploads() {
        return dir.resolve("uploads");
    }

    /** The uploaded file of a document, if it is still there. */
    Optional<Path> file(String sha256) throws IOException {
        Path folder = uploads().resolve(sha256);
        if (!Files.isDirectory(folder)) return Optional.empty();
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).findFirst();
        }
    }

    /** The stored spread, from a small cache (stored spreads never change; a delete evicts). */
    Optional<Spread> spread(String sha256) {
        Spread cached = spreads.get(sha256);
        if (cached != null) return Optional.of(cached);
        Optional<Spread> loaded = store.load(sha256);
        loaded.ifPresent(s -> spreads.put(sha256, s));
        return loaded;
    }

    void evict(String sha256) {
        spreads.remove(sha256);
        changed();
    }

    /**
     * The workspace's search index, opened on first use. One built with other settings (an older Tickmark, another
     * embedding model), or missing while the store holds documents, is rebuilt from the uploaded files of the stored
     * documents, keywords first: vectors are then pending for the background worker. Blocks while that runs: request
     * threads ask {@link #openedIndex()} and {@link #indexNeedsRebuild()} first and leave the rebuild to a job.
     */
    SearchIndex index() throws IOException {
        return index((fraction, step) -> { });
    }

    /** As {@link #index()}, telling {@code progress} how a rebuild goes (fraction done, step). */
    synchronized SearchIndex index(java.util.function.BiConsumer<Double, String> progress) throws IOException {
        if (closing) throw new IOException("the server is stopping: the search index is closed");
        if (index == null) {
            Path path = dir.resolve("index");
            io.tickmark.search.IndexSettings wanted = wantedSettings();
            if (indexNeedsRebuild()) {
                java.util.List<io.tickmark.search.IndexRebuild.Source> sources = new java.util.ArrayList<>();
                for (io.tickmark.spread.DocumentInfo d : store.documents()) {
                    sources.add(new io.tickmark.search.IndexRebuild.Source(d.sha256(), d.fileName(), file(d.sha256()).orElse(null)));
                }
                rebuilding = "0 of " + sources.size() + " filings";
                try {
                    io.tickmark.search.IndexRebuild.run(path, wanted, sources, (i, total, step) -> {
                        if (closing && i < total) throw new Stopped(total - i);
                        rebuilding = i + " of " + total + " filings";
                        progress.accept(i / (double) Math.max(1, total), "indexed " + i + " of " + total + " filings");
                    });
                } catch (Stopped e) {
                    // the old index stays as it was (the rebuild swaps only a complete one in): the next start rebuilds it
                    throw new IOException("the server is stopping: the index rebuild stopped with " + e.left
                            + " filing(s) to go and starts again when the server next starts", e);
                } catch (IOException | RuntimeException e) {
                    // nothing could be read again: start empty rather than refuse every search
                    io.tickmark.search.IndexRebuild.run(path, wanted, java.util.List.of(), (i, t, st) -> { });
                } finally {
                    rebuilding = null;
                }
            }
            index = SearchIndex.recorded(path) == null ? SearchIndex.recreate(path, wanted) : SearchIndex.open(path, wanted);
        }
        return index;
    }

    private io.tickmark.search.IndexSettings wantedSettings() {
        return io.tickmark.search.IndexSettings.current().withEmbedding(vectors);
    }

    /** The index when it is open, else null (never blocks). */
    SearchIndex openedIndex() {
        return index;
    }

    /** How far a rebuild of the index has come, or null when none runs. */
    String rebuilding() {
        return rebuilding;
    }

    /**
     * Whether opening the index means building it again first: it was built with other settings, or is gone while
     * the store holds documents. Reads only the index's recorded settings.
     */
    boolean indexNeedsRebuild() throws IOException {
        if (index != null) return false;
        io.tickmark.search.IndexSettings found = SearchIndex.recorded(dir.resolve("index"));
        return found == null ? !store.documents().isEmpty() : !found.equals(wantedSettings());
    }

    /** The embedding model of the search index, "none" for keywords only. */
    String vectors() {
        return vectors;
    }

    /** A rebuild stopped because the workspace is closing. */
    private static final class Stopped extends RuntimeException {
        final int left;

        Stopped(int left) {
            super(null, null, false, false);
            this.left = left;
        }
    }

    /**
     * Closes the store and the index. A rebuild running is told to stop first (after the filing it reads) rather
     * than waited for to the end: a server shutting down should not take as long as reindexing every filing.
     */
    @Override
    public void close() {
        closing = true;
        closeNow();
    }

    private synchronized void closeNow() {
        try {
            if (index != null) index.close();
        } catch (IOException ignored) {
            // closing on shutdown: nothing more to do
        }
        store.close();
    }
}
