package io.tickmark.search;

/** The index on disk was built with other settings (analyzer, chunker, embedding model) and must be rebuilt. */
public final class IndexMismatchException extends IllegalStateException {
    private final IndexSettings found;
    private final IndexSettings expected;

    public IndexMismatchException(String index, IndexSettings found, IndexSettings expected) {
        super("the search index in " + index + " was built with " + (found == null ? "unknown settings" : found.describe())
                + " but this Tickmark uses " + expected.describe() + "; rebuild it: tickmark index --rebuild PDF...");
        this.found = found;
        this.expected = expected;
    }

    /** The settings recorded in the index, or null when it records none. */
    public IndexSettings found() {
        return found;
    }

    public IndexSettings expected() {
        return expected;
    }
}
