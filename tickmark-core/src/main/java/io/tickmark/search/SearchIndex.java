package io.tickmark.search;

import io.tickmark.document.Document;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A Lucene index of filing passages on disk, searched with BM25, each hit cited to its file, page and section.
 * Adding a filing already indexed (same SHA-256) does nothing; {@link #recreate} empties the index for a
 * rebuild. The index records its {@link IndexSettings}; {@link #open} refuses one built with other settings.
 * One process writes at a time (Lucene's write lock); searches see every completed {@link #add}.
 */
public final class SearchIndex implements AutoCloseable {
    private static final String RECORD = "record";
    private static final String CHUNK = "chunk";
    private static final String FILING = "filing";
    private static final String TEXT = "text";
    private static final String SECTION = "section";
    private static final String SHA = "sha";
    private static final String FILE = "file";
    private static final String PAGE = "page";
    private static final String KIND = "kind";
    private static final String COMPANY = "company";
    private static final String TICKER = "ticker";
    private static final String TYPE = "type";
    private static final String TYPE_KEY = "type_key";
    private static final String PERIOD = "period";
    private static final String YEAR = "fiscal_year";
    private static final String PAGES = "pages";

    private final Path path;
    private final Directory directory;
    private final IndexSettings settings;
    private final Analyzer analyzer;
    private final Chunker chunker = new Chunker();
    private final Highlights highlights;
    private IndexWriter writer;
    private DirectoryReader reader;
    private List<Filing> filings;

    private SearchIndex(Path path, IndexSettings settings, boolean create) throws IOException {
        this.path = path;
        this.directory = FSDirectory.open(path);
        this.settings = settings;
        this.analyzer = analyzer(settings.analyzer());
        this.highlights = new Highlights(analyzer);
        if (create) {
            writer = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            commit();
        } else {
            check();
        }
    }

    /** Opens the index in {@code dir} (created on the first add), built with the current settings. */
    public static SearchIndex open(Path dir) throws IOException {
        return open(dir, IndexSettings.current());
    }

    /**
     * Opens the index in {@code dir} expecting the given settings.
     *
     * @throws IndexMismatchException when the index on disk was built with other settings
     */
    public static SearchIndex open(Path dir, IndexSettings settings) throws IOException {
        return new SearchIndex(dir, settings, false);
    }

    /** Empties the index in {@code dir} (whatever built it) and records the given settings: the start of a rebuild. */
    public static SearchIndex recreate(Path dir, IndexSettings settings) throws IOException {
        return new SearchIndex(dir, settings, true);
    }

    /** The outcome of adding one filing, with the time spent cutting it into passages and indexing them. */
    public record Added(Filing filing, boolean added, int chunks, long chunkingNanos, long indexingNanos) {
    }

    /** Indexes a read filing unless one with the same SHA-256 is already in; committed when this returns. */
    public Added add(Document doc) throws IOException {
        Objects.requireNonNull(doc, "document");
        if (contains(doc.sha256())) return new Added(filing(doc.sha256()), false, 0, 0, 0);
        long start = System.nanoTime();
        Filing filing = Filing.of(doc, companies());
        List<Chunk> chunks = chunker.chunk(doc);
        long chunked = System.nanoTime();
        IndexWriter w = writer();
        for (Chunk c : chunks) w.addDocument(chunkDocument(filing, c));
        w.addDocument(filingDocument(filing));
        commit();
        return new Added(filing, true, chunks.size(), chunked - start, System.nanoTime() - chunked);
    }

    /** Whether a filing with this SHA-256 is indexed. */
    public boolean contains(String sha256) throws IOException {
        IndexSearcher s = searcher();
        return s != null && s.count(filingWithSha(sha256)) > 0;
    }

    /** The indexed filings, in the order they were added. */
    public List<Filing> filings() throws IOException {
        if (filings == null) filings = readFilings();
        return filings;
    }

    /** The distinct company names as the covers print them. */
    public List<String> companies() throws IOException {
        return filings().stream().map(Filing::company).distinct().toList();
    }

    public IndexSettings settings() {
        return settings;
    }

    /**
     * The best passages for the query within the filters, at most one per page, best first.
     *
     * @throws IllegalArgumentException when the query is empty or holds only common words, when k is below 1,
     *                                  or when the company filter names no indexed company (the message says which are)
     */
    public List<Passage> search(String query, Filters filters, int k) throws IOException {
        if (query == null || query.isBlank()) throw new IllegalArgumentException("the search query is empty: type the words to look for");
        if (k < 1) throw new IllegalArgumentException("k=" + k + ": ask for at least one passage");
        Query text = new QueryBuilder(analyzer).createBooleanQuery(TEXT, query, Occur.SHOULD);
        if (text == null) throw new IllegalArgumentException("the query '" + query.strip() + "' has no searchable words, only common ones");
        IndexSearcher s = searcher();
        if (s == null) return List.of();
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(text, Occur.MUST);
        addFilters(q, filters == null ? Filters.none() : filters);
        return passages(s, q.build(), highlights.terms(query), k);
    }

    /**
     * The indexed company names a user's name or ticker means: exact name match first, else names it starts
     * (or that start it, four characters at least), else a ticker; empty when none.
     */
    public List<String> resolveCompany(String name) throws IOException {
        String key = Names.key(name);
        if (key.isEmpty()) return List.of();
        Set<String> exact = new LinkedHashSet<>();
        Set<String> prefix = new LinkedHashSet<>();
        Set<String> ticker = new LinkedHashSet<>();
        for (Filing f : filings()) {
            String k = Names.key(f.company());
            if (k.equals(key)) exact.add(f.company());
            else if (k.startsWith(key) && key.length() >= 4 || key.startsWith(k) && k.length() >= 4) prefix.add(f.company());
            if (f.tickers().stream().anyMatch(t -> t.equalsIgnoreCase(name.strip()))) ticker.add(f.company());
        }
        Set<String> found = !exact.isEmpty() ? exact : !prefix.isEmpty() ? prefix : ticker;
        return List.copyOf(found);
    }

    private void addFilters(BooleanQuery.Builder q, Filters f) throws IOException {
        q.add(new TermQuery(new Term(RECORD, CHUNK)), Occur.FILTER);
        if (f.company() != null) q.add(companyQuery(f.company()), Occur.FILTER);
        if (f.documentType() != null) q.add(new TermQuery(new Term(TYPE_KEY, Names.typeKey(f.documentType()))), Occur.FILTER);
        if (f.fiscalYear() != null) q.add(IntPoint.newExactQuery(YEAR, f.fiscalYear()), Occur.FILTER);
    }

    private Query companyQuery(String name) throws IOException {
        List<String> names = resolveCompany(name);
        if (names.isEmpty()) {
            List<String> known = companies();
            throw new IllegalArgumentException("no company named '" + name + "' in the search index; index its filings first"
                    + (known.isEmpty() ? " (the index is empty)" : " (indexed: " + String.join(", ", known.subList(0, Math.min(12, known.size())))
                    + (known.size() > 12 ? ", … " + known.size() + " in all" : "") + ")"));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String n : names) any.add(new TermQuery(new Term(COMPANY, n)), Occur.SHOULD);
        return any.build();
    }

    private List<Passage> passages(IndexSearcher s, Query q, Set<String> terms, int k) throws IOException {
        ScoreDoc[] hits = s.search(q, k * 4 + 20).scoreDocs;
        StoredFields stored = s.storedFields();
        Set<String> pages = new HashSet<>();
        List<Passage> out = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            org.apache.lucene.document.Document d = stored.document(hit.doc);
            int page = d.getField(PAGE).numericValue().intValue();
            if (!pages.add(d.get(SHA) + "#" + page)) continue;
            String text = d.get(TEXT);
            out.add(new Passage(d.get(FILE), d.get(SHA), d.get(COMPANY), d.get(TYPE), date(d.get(PERIOD)), page, d.get(SECTION),
                    Chunk.Kind.valueOf(d.get(KIND)), text, highlights.snippet(text, terms), hit.score));
            if (out.size() == k) break;
        }
        return out;
    }

    private static org.apache.lucene.document.Document chunkDocument(Filing f, Chunk c) {
        org.apache.lucene.document.Document d = common(f, CHUNK);
        d.add(new TextField(TEXT, c.text(), Field.Store.YES));
        d.add(new TextField(SECTION, c.section(), Field.Store.YES));
        d.add(new StoredField(PAGE, c.page()));
        d.add(new StoredField(KIND, c.kind().name()));
        return d;
    }

    private static org.apache.lucene.document.Document filingDocument(Filing f) {
        org.apache.lucene.document.Document d = common(f, FILING);
        f.tickers().forEach(t -> d.add(new StoredField(TICKER, t)));
        d.add(new StoredField(PAGES, f.pages()));
        return d;
    }

    private static org.apache.lucene.document.Document common(Filing f, String record) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(RECORD, record, Field.Store.NO));
        d.add(new StringField(SHA, f.sha256(), Field.Store.YES));
        d.add(new StoredField(FILE, f.fileName()));
        d.add(new StringField(COMPANY, f.company(), Field.Store.YES));
        d.add(new StoredField(TYPE, f.documentType()));
        d.add(new StringField(TYPE_KEY, Names.typeKey(f.documentType()), Field.Store.NO));
        if (f.periodEnd() != null) d.add(new StoredField(PERIOD, f.periodEnd().toString()));
        for (int y : f.fiscalYears()) {
            d.add(new IntPoint(YEAR, y));
            d.add(new StoredField(YEAR, y));
        }
        return d;
    }

    private List<Filing> readFilings() throws IOException {
        IndexSearcher s = searcher();
        if (s == null) return List.of();
        StoredFields stored = s.storedFields();
        List<Filing> out = new ArrayList<>();
        for (ScoreDoc hit : s.search(new TermQuery(new Term(RECORD, FILING)), Integer.MAX_VALUE).scoreDocs) {
            out.add(filingOf(stored.document(hit.doc)));
        }
        return List.copyOf(out);
    }

    private Filing filing(String sha256) throws IOException {
        return filings().stream().filter(f -> f.sha256().equals(sha256)).findFirst().orElseThrow();
    }

    private static Filing filingOf(org.apache.lucene.document.Document d) {
        List<String> tickers = Arrays.stream(d.getValues(TICKER)).toList();
        List<Integer> years = Arrays.stream(d.getFields(YEAR)).map(IndexableField::numericValue)
                .filter(Objects::nonNull).map(Number::intValue).toList();
        return new Filing(d.get(FILE), d.get(SHA), d.get(COMPANY), tickers, d.get(TYPE), date(d.get(PERIOD)), years,
                d.getField(PAGES).numericValue().intValue());
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static Query filingWithSha(String sha256) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(RECORD, FILING)), Occur.FILTER)
                .add(new TermQuery(new Term(SHA, sha256)), Occur.FILTER).build();
    }

    private void check() throws IOException {
        if (!DirectoryReader.indexExists(directory)) return;
        IndexSettings found = IndexSettings.fromMap(SegmentInfos.readLatestCommit(directory).getUserData());
        if (!settings.equals(found)) throw new IndexMismatchException(path.toString(), found, settings);
    }

    private IndexWriter writer() throws IOException {
        if (writer == null) writer = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        return writer;
    }

    private IndexWriterConfig config() {
        return new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(settings.toMap().entrySet());
        writer.commit();
        filings = null;
    }

    /** A searcher over the last commit, or null while the index has none. */
    private IndexSearcher searcher() throws IOException {
        if (reader == null) {
            if (!DirectoryReader.indexExists(directory)) return null;
            reader = DirectoryReader.open(directory);
        } else {
            DirectoryReader newer = DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                reader.close();
                reader = newer;
            }
        }
        return new IndexSearcher(reader);
    }

    private static Analyzer analyzer(String name) {
        return IndexSettings.STANDARD.equals(name) ? new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) : new EnglishAnalyzer();
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) reader.close();
        } finally {
            try {
                if (writer != null) writer.close();
            } finally {
                directory.close();
            }
        }
    }

    /** Where the index lives. */
    public Path path() {
        return path;
    }

}
