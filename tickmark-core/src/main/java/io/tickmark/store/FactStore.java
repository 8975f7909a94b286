package io.tickmark.store;

import io.tickmark.facts.TextFinding;
import io.tickmark.facts.Fact;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Keeps spreads and their ticked facts across runs, keyed by the SHA-256 of the source file, so a
 * file is ingested once and the metric engine can ask for a concept of a company over all periods.
 * Implementations are safe for use from several threads; every method throws
 * {@link FactStoreException} when the database fails.
 */
public interface FactStore extends AutoCloseable {

    /**
     * Opens the store at a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql://...}, credentials
     * as URL parameters) and brings its schema up to date. An H2 file URL of your own should carry
     * {@code ;WRITE_DELAY=0} as {@link #openDefault} does, or a killed process loses its last saves.
     *
     * @throws FactStoreException naming the URL (password masked) and the cause when the database
     *                            cannot be reached or migrated
     */
    static FactStore open(String jdbcUrl) {
        return JdbcFactStore.open(jdbcUrl);
    }

    /**
     * Opens the embedded default store: an H2 file database at {@code dataDir/tickmark}, creating
     * the directory when missing.
     */
    static FactStore openDefault(Path dataDir) {
        return JdbcFactStore.openDefault(dataDir);
    }

    /** Whether the document with this SHA-256 is stored. */
    boolean contains(String sha256);

    /**
     * Stores the whole spread in one transaction: either all of it is stored or nothing.
     *
     * @return false, storing nothing, when its document's SHA-256 is already stored
     * @throws IllegalArgumentException when the spread has no SHA-256 or holds a value the store
     *                                  cannot keep exactly
     */
    boolean save(Spread spread);

    /**
     * Saves the spread in place of the stored one of the same document (same SHA-256), in one
     * transaction: readers see the old spread or the new one, never a mix. Used after Tickmark itself
     * improved, to spread a document again.
     *
     * @return true when a spread of the document was replaced, false when there was none before
     */
    boolean replace(Spread spread);

    /**
     * Stores the whole spread and what {@link io.tickmark.credit.TextScan} found in its document's text (an
     * empty list: scanned, nothing found) in one transaction, so a credit memo of the stored document never
     * reads its file again. {@link #save(Spread)} alone leaves the text never scanned.
     *
     * @return false, storing nothing, when its document's SHA-256 is already stored
     */
    boolean save(Spread spread, List<TextFinding> text);

    /** {@link #replace(Spread)} with the text findings of the document, in the same one transaction. */
    boolean replace(Spread spread, List<TextFinding> text);

    /**
     * What the text scan found in a stored document: empty when its text was never scanned (it was stored
     * before Tickmark kept text findings, or saved without them), an empty list when it was scanned and
     * nothing was found.
     */
    Optional<List<TextFinding>> textFindings(String sha256);

    /**
     * Records the text scan of a stored document, in place of any earlier one (a document stored before
     * Tickmark kept text findings, scanned once now).
     *
     * @return false, storing nothing, when the document is not stored
     */
    boolean saveTextFindings(String sha256, List<TextFinding> text);

    /** The stored spread, equal to the one saved, or empty when the document is not stored. */
    Optional<Spread> load(String sha256);

    /** The cover-page information of every stored document, by company, period end and file name. */
    List<DocumentInfo> documents();

    /** The names of the companies with stored documents, sorted. */
    List<String> companies();

    /**
     * Every stored fact of one concept for one company (exact name), over all periods and
     * documents, ordered by period end and length, then latest filing first (by the filing's own
     * period end). The same period may come from several filings (a year is reported again as a
     * prior year, perhaps restated): callers pick, e.g. the first of each period.
     */
    List<Fact> facts(String company, String concept);

    /**
     * Records where the file of a stored document was read from (made absolute), replacing what was recorded: the
     * search index is rebuilt from these files. Does nothing when the document is not stored.
     */
    void recordSource(String sha256, Path file);

    /** Where the file of each stored document was read from, by SHA-256; documents stored without one are absent. */
    java.util.Map<String, Path> sources();

    /** Removes a document and everything stored of it; false when it was not stored. */
    boolean delete(String sha256);

    /** Releases the database; the store cannot be used afterwards. */
    @Override
    void close();
}
