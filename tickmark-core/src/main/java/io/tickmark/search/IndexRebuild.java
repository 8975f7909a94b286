package io.tickmark.search;

import io.tickmark.Tickmark;
import io.tickmark.document.Document;
import io.tickmark.document.UnreadableDocumentException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rebuilds a search index from the files its filings were read from (the store records them; so does the index
 * itself), atomically: the new index is built in a folder beside the old one and swapped in only when it is
 * complete, so a rebuild that fails or is killed leaves the old index as it was. A file that is gone, changed
 * since it was stored, or unreadable is named and skipped; the others are indexed. Vectors are not embedded here:
 * the new index holds them pending ({@link SearchIndex#embedPending}).
 */
public final class IndexRebuild {
    private IndexRebuild() {
    }

    /** A filing to index again: its SHA-256 as stored, its file name and where its file was (null when not recorded). */
    public record Source(String sha256, String fileName, Path path) {
    }

    /** What happened to one source. */
    public record Step(Source source, SearchIndex.Added added, String problem) {
        public boolean failed() {
            return problem != null;
        }
    }

    /** Hears each source as it is done (index 1-based). */
    public interface Listener {
        void done(int index, int total, Step step);
    }

    /** The sources indexed and those skipped, each with why. */
    public record Result(List<Step> steps) {
        public Result {
            steps = List.copyOf(steps);
        }

        public List<Step> indexed() {
            return steps.stream().filter(s -> !s.failed()).toList();
        }

        public List<Step> skipped() {
            return steps.stream().filter(Step::failed).toList();
        }
    }

    /**
     * Builds a fresh index of the sources with the given settings into a folder beside {@code dir}, then puts it in
     * place of the index in {@code dir} (if any).
     *
     * @throws IOException when the new index cannot be written or swapped in (the old one is left in place), or when
     *                     sources were given and none of them could be read (nothing to rebuild from: the old
     *                     index is kept rather than replaced by an empty one)
     * @throws IllegalStateException when another process is writing the index (e.g. a running server)
     */
    public static Result run(Path dir, IndexSettings settings, List<Source> sources, Listener listener) throws IOException {
        recover(dir);
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path fresh = parent.resolve("." + dir.getFileName() + ".rebuild");
        deleteTree(fresh);
        List<Step> steps = new ArrayList<>();
        try (Directory old = Files.isDirectory(dir) ? FSDirectory.open(dir) : null; Lock lock = lock(old, dir)) {
            try (SearchIndex index = SearchIndex.recreate(fresh, settings)) {
                int i = 0;
                for (Source s : sources) {
                    Step step = one(index, s);
                    steps.add(step);
                    listener.done(++i, sources.size(), step);
                }
            }
            if (!sources.isEmpty() && steps.stream().allMatch(Step::failed)) {
                deleteTree(fresh);
                throw new IOException("none of the " + sources.size() + " files could be read again (first: " + steps.get(0).problem()
                        + "); the index in " + dir + " is left as it was");
            }
            swap(fresh, dir);
        } catch (IOException | RuntimeException e) {
            deleteTree(fresh);
            throw e;
        }
        return new Result(steps);
    }

    private static Step one(SearchIndex index, Source s) throws IOException {
        if (s.path() == null) {
            return new Step(s, null, s.fileName() + ": no file recorded for it (stored before Tickmark recorded files); index it again with: tickmark index FILE");
        }
        if (!Files.isRegularFile(s.path())) return new Step(s, null, s.path() + ": the file is gone (moved or deleted since it was stored)");
        Document doc;
        try {
            doc = Tickmark.read(s.path());
        } catch (UnreadableDocumentException e) {
            return new Step(s, null, s.path() + ": " + e.reason());
        } catch (IOException e) {
            return new Step(s, null, s.path() + ": cannot be read (" + e.getMessage() + ")");
        }
        if (s.sha256() != null && !s.sha256().equals(doc.sha256())) {
            return new Step(s, null, s.path() + ": the file changed since it was stored (another SHA-256); ingest it again to index the new content");
        }
        return new Step(s, index.add(doc, s.path()), null);
    }

    /** Takes the write lock of the old index for the rebuild, so a rebuild never swaps out an index another process writes. */
    private static Lock lock(Directory old, Path dir) throws IOException {
        if (old == null) return null;
        try {
            return old.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("the search index " + dir + " is being written by another Tickmark process (a server or another index command); stop it first", e);
        }
    }

    /**
     * Puts {@code fresh} in the place of {@code dir}: the old folder is renamed aside, the new one renamed in, then
     * the old one deleted. Should the process die between the two renames, {@link #recover} puts the old one back.
     */
    static void swap(Path fresh, Path dir) throws IOException {
        Path aside = aside(dir);
        deleteTree(aside);
        if (Files.exists(dir)) Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (Files.exists(aside) && !Files.exists(dir)) Files.move(aside, dir, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(aside);
    }

    /** Undoes a swap cut off between its renames: the old index is put back when no index stands in its place. */
    static void recover(Path dir) throws IOException {
        Path aside = aside(dir);
        if (Files.isDirectory(aside)) {
            if (!Files.exists(dir)) Files.move(aside, dir, StandardCopyOption.ATOMIC_MOVE);
            else deleteTree(aside);
        }
    }

    private static Path aside(Path dir) {
        Path abs = dir.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".old");
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
