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
    private SearchIndex index;
    private volatile java.util.List<io.tickmark.store.FactOverride> corrections;
    private volatile io.tickmark.ask.Asker asker;
    private final Map<String, Spread> spreads = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Spread> eldest) {
            return size() > 64;
        }
    });

    Workspace(String name, Path dir, FactStore store, OverrideStore overrides) {
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

    /** Stores a correction (appended, never replacing) and returns it as stored. */
    synchronized io.tickmark.store.FactOverride correct(io.tickmark.store.FactOverride o) {
        try {
            return overrides.add(o);
        } finally {
            corrections = null;
        }
    }

    /** The metric engine over this workspace's facts with the corrections in force (stateless: one is shared). */
    io.tickmark.ask.Asker asker() {
        io.tickmark.ask.Asker a = asker;
        if (a == null) asker = a = new io.tickmark.ask.Asker(new CorrectedFactStore(this));
        return a;
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
        corrections = null;
    }

    /** The workspace's search index, opened on first use (a stale index is rebuilt empty: documents are added again on upload). */
    synchronized SearchIndex index() throws IOException {
        if (index == null) {
            Path path = dir.resolve("index");
            try {
                index = SearchIndex.open(path);
            } catch (IllegalArgumentException | io.tickmark.search.IndexMismatchException e) {
                index = SearchIndex.recreate(path, io.tickmark.search.IndexSettings.current());
            }
        }
        return index;
    }

    @Override
    public synchronized void close() {
        try {
            if (index != null) index.close();
        } catch (IOException ignored) {
            // closing on shutdown: nothing more to do
        }
        store.close();
    }
}
