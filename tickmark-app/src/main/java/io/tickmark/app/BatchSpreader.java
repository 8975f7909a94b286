package io.tickmark.app;

import io.tickmark.Tickmark;
import io.tickmark.facts.TextFinding;
import io.tickmark.credit.TextScan;
import io.tickmark.document.Document;
import io.tickmark.document.Hashes;
import io.tickmark.document.UnreadableDocumentException;
import io.tickmark.spread.Spread;
import io.tickmark.spread.Spreader;
import io.tickmark.store.FactStore;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Spreads files one after another: from the store when it already holds the file's SHA-256,
 * otherwise by reading and spreading it and saving the result. A file that cannot be spread is
 * an outcome with its reason; the batch goes on.
 */
final class BatchSpreader {
    static final String NO_STATEMENTS = "no balance sheet, income statement or cash flow statement found";

    /** Told of each outcome as soon as it is known, with its 1-based place in the batch. */
    @FunctionalInterface
    interface Listener {
        void done(int index, int total, Outcome outcome);
    }

    private final FactStore store;
    private final boolean refresh;
    private final Spreader spreader;
    private Indexer indexer;

    /** Where stored documents are also made searchable (the search index), when one is given. */
    interface Indexer {
        /** Whether the document of that SHA-256 is searchable already. */
        boolean contains(String sha256) throws IOException;

        /** Makes the document searchable (nothing when it already is). */
        void add(Document document, Path file) throws IOException;
    }

    /** Also adds every stored document (and every one found stored but not yet searchable) to the indexer; returns this. */
    BatchSpreader indexingInto(Indexer indexer) {
        this.indexer = indexer;
        return this;
    }

    /** Spreads into {@code store} over the standard taxonomy; null spreads without storing or looking up. */
    BatchSpreader(FactStore store) {
        this(store, false, Spreader.standard());
    }

    /** With {@code refresh}, spreads even what the store holds and replaces the stored spread. */
    BatchSpreader(FactStore store, boolean refresh, Spreader spreader) {
        this.store = store;
        this.refresh = refresh;
        this.spreader = spreader;
    }

    /** The outcome of every input, in order. */
    List<Outcome> run(List<Inputs.Input> inputs, Listener listener) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Outcome outcome = one(inputs.get(i));
            outcomes.add(outcome);
            listener.done(i + 1, inputs.size(), outcome);
        }
        return outcomes;
    }

    private Outcome one(Inputs.Input input) {
        long start = System.nanoTime();
        if (input.problem() != null) return Outcome.failed(input.path(), input.problem(), null, Duration.ZERO);
        try {
            return spread(input.path(), start);
        } catch (UnreadableDocumentException e) {
            return Outcome.failed(input.path(), e.reason(), e, since(start));
        } catch (IOException e) {
            return Outcome.failed(input.path(), unreadable(e), e, since(start));
        } catch (RuntimeException e) {
            return Outcome.failed(input.path(), "could not be spread: " + OneLineErrors.describe(e, false), e, since(start));
        }
    }

    private Outcome spread(Path file, long start) throws IOException {
        String sha = store == null || refresh ? null : sha256(file);
        Optional<Spread> stored = sha == null ? Optional.empty() : store.load(sha);
        if (stored.isPresent()) {
            recordSource(sha, file);
            String note = indexer == null ? null : indexIfMissing(sha, file);
            return new Outcome(file, Outcome.Status.ALREADY_STORED, stored.get(), null, null, note, since(start));
        }
        Document document = Tickmark.read(file);
        Spread spread = spreader.spread(document);
        if (spread.statements().isEmpty()) return searchableOnly(file, spread, document, start);
        return store == null
                ? new Outcome(file, Outcome.Status.SPREAD, spread, null, null, null, since(start))
                : indexed(save(file, spread, TextScan.scan(document), start), document);
    }

    /**
     * A filing without statements (an 8-K, a press release) holds no figures to store, but its text answers questions:
     * with a search index, it is added there; without one, it failed.
     */
    private Outcome searchableOnly(Path file, Spread spread, Document document, long start) {
        if (indexer == null) return Outcome.failed(file, NO_STATEMENTS, null, since(start));
        try {
            if (!indexer.contains(document.sha256())) indexer.add(document, file);
            return new Outcome(file, Outcome.Status.INDEXED, spread, null, null, null, since(start));
        } catch (IOException | RuntimeException e) {
            return Outcome.failed(file, NO_STATEMENTS + "; nor could it be added to the search index: " + OneLineErrors.describe(e, false), e, since(start));
        }
    }

    /** A stored document made searchable too; a failure is the outcome's note, never a failed ingest (the spread is stored). */
    private Outcome indexed(Outcome saved, Document document) {
        if (indexer == null || saved.status() == Outcome.Status.SPREAD) return saved;
        try {
            indexer.add(document, saved.file());
            return saved;
        } catch (IOException | RuntimeException e) {
            return new Outcome(saved.file(), saved.status(), saved.spread(), null, e, "stored, but not added to the search index: "
                    + OneLineErrors.describe(e, false), saved.took());
        }
    }

    private String indexIfMissing(String sha, Path file) {
        try {
            if (!indexer.contains(sha)) indexer.add(Tickmark.read(file), file);
            return null;
        } catch (IOException | RuntimeException e) {
            return "not added to the search index: " + OneLineErrors.describe(e, false);
        }
    }

    /** Stores the spread with what its text says of going concern and the audit opinion, so a credit memo never reads the file again. */
    private Outcome save(Path file, Spread spread, List<TextFinding> text, long start) {
        try {
            Outcome.Status status = Outcome.Status.STORED;
            if (refresh) {
                store.replace(spread, text);
            } else if (!store.save(spread, text)) {
                status = Outcome.Status.ALREADY_STORED;
            }
            recordSource(spread.document().sha256(), file);
            return new Outcome(file, status, spread, null, null, null, since(start));
        } catch (RuntimeException e) {
            String note = "spread but not stored: " + OneLineErrors.describe(e, false);
            return new Outcome(file, Outcome.Status.SPREAD, spread, null, e, note, since(start));
        }
    }

    /** Where the stored document's file is, for rebuilding the search index from the store (best effort: the spread is stored). */
    private void recordSource(String sha256, Path file) {
        try {
            store.recordSource(sha256, file);
        } catch (RuntimeException e) {
            // the spread is stored; only a later `index --rebuild` misses this file, and says so
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return Hashes.sha256(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException(file, "cannot be read: permission denied", e);
        }
    }

    private static String unreadable(IOException e) {
        return "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
