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
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Lucene index of filing passages on disk, searched with BM25 (and, when built with an embedding model, by
 * meaning too: its keyword pages reordered by their passages' closeness to the question), each hit cited to its file, page and section. Adding a filing already
 * indexed (same SHA-256) does nothing; {@link #recreate} empties the index, {@link IndexRebuild} rebuilds it aside
 * and swaps it in. The index records its {@link IndexSettings}; {@link #open} refuses one built with other settings.
 * One process writes at a time (Lucene's write lock). Within it, searches may run on several threads while one
 * thread adds filings and another embeds pending passages; searches see every completed {@link #add}.
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
    /** The parts of the fiscal year a filing reports on ("Q2", "H1", "FY"), one term each. */
    private static final String FISCAL_PERIOD = "fiscal_period";
    /** The day a filing was filed or issued: a point (epoch day) to filter on, and stored as an ISO date. */
    private static final String FILED = "filed";
    private static final String FILED_DAY = "filed_day";
    private static final String PAGES = "pages";
    private static final String STATEMENT = "statement";
    private static final String ID = "id";
    /** Where a filing's file was read from (absolute path), when the caller said: to rebuild the index from the files. */
    private static final String PATH = "path";
    /** The text of a Chinese passage again, cut into words by the SmartChinese analyzer. */
    private static final String TEXT_ZH = "text_zh";
    private static final String VECTOR = "vector";
    /**
     * The weight of a page's meaning beside its keyword score when the index has vectors: both min-max normalised
     * over the query's keyword pages, the page scores keywords + 0.3 x cosine (see {@link #reranked}). Measured
     * with {@code eval evidence} on all 57 FinanceBench PDFs, 91 questions, MiniLM-q, the model reading the
     * question as written (top 1 / 5 / 10): keywords alone 0.484 / 0.890 / 0.912; this 0.505 / 0.890 / 0.923, and
     * on each half of the companies ({@code --fold}) no worse at top 5 than keywords. Weight 0.6: 0.549 / 0.879 /
     * 0.934; 1.0: 0.593 / 0.846 / 0.934 (more first places, fewer top 5s). Reciprocal rank fusion, which this
     * replaces, at vector weight 0.03: 0.484 / 0.879 / 0.912; also adding the vectors' nearest pages that keywords
     * missed: 0.505 / 0.879 / 0.923; the model reading the keyword query instead of the question: 0.484 / 0.846 / 0.923.
     */
    static final double VECTOR_WEIGHT = 0.3;
    private static final int EMBED_BATCH = 32;
    /** How many recent passage texts keep their vector for a repeat of the same text. */
    private static final int REUSE = 4096;
    /** How many passages' vectors are written between commits (what a killed process may have to embed again). */
    private static final int COMMIT_EVERY = 512;
    /** How many chunk hits are gathered before they are summed up per page. */
    private static final int POOL = 300;
    /** The weight of a page's second and third best passages beside its best one. */
    private static final float SUPPORT = 0.25f;
    /** How much more a page of a statement the query asks for scores (its keyword page score times this). */
    private static final float STATEMENT_BOOST = 1.5f;
    /** The weight of a query's match on the section heading beside its match on the passage text. */
    private static final float SECTION_WEIGHT = 0.3f;
    /** How much a Chinese query's words found side by side add, beside each word's own score. */
    private static final float CHINESE_PHRASE_WEIGHT = 1.0f;

    private final Path path;
    private final Directory directory;
    private final IndexSettings settings;
    private final Analyzer analyzer;
    private final Chunker chunker = new Chunker();
    private final Highlights highlights;
    private final Analyzer chinese = new org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer();
    private final Highlights chineseHighlights = new Highlights(chinese);
    private final Embedder embedder;
    private IndexWriter writer;
    private DirectoryReader reader;
    /** The reader before {@link #reader}, closed only when a newer one replaces it: a search still using it finishes. */
    private DirectoryReader retired;
    private volatile List<Filing> filings;
    /** Held while the index is written (adding a filing, writing a batch of vectors); searches never wait for it. */
    private final Object writing = new Object();
    /** Test seam: the embedder used instead of the ONNX model the settings name (same name and dimension). */
    private static volatile Embedder embedderOverride;

    private SearchIndex(Path path, IndexSettings settings, boolean create) throws IOException {
        this.path = path;
        this.directory = FSDirectory.open(path);
        this.settings = settings;
        this.analyzer = analyzer(settings.analyzer());
        this.highlights = new Highlights(analyzer);
        this.embedder = "none".equals(settings.embeddingModel()) ? null
                : embedderOverride != null ? embedderOverride : OnnxEmbedder.named(settings.embeddingModel());
        if (create) {
            writer = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            commit();
        } else {
            check();
        }
    }

    /** Opens the index in {@code dir} (created on the first add), built with the current settings. */
    public static SearchIndex open(Path dir) throws IOException {
        IndexRebuild.recover(dir);
        IndexSettings found = recorded(dir);
        if (found != null && !"none".equals(found.embeddingModel()) && IndexSettings.current().sameButEmbedding(found)) {
            if (!OnnxEmbedder.known(found.embeddingModel())) {
                throw new IndexMismatchException(dir.toString(), found, IndexSettings.current());
            }
            if (OnnxEmbedder.named(found.embeddingModel()).dimension() != found.embeddingDimension()) {
                throw new IndexMismatchException(dir.toString(), found, found.withEmbedding(found.embeddingModel()));
            }
            return open(dir, found);
        }
        return open(dir, IndexSettings.current());
    }

    /** The settings recorded in the index in {@code dir}, or null when there is no index there (or it records none). */
    public static IndexSettings recorded(Path dir) throws IOException {
        IndexRebuild.recover(dir);
        if (!java.nio.file.Files.isDirectory(dir)) return null;
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) return null;
            return IndexSettings.fromMap(SegmentInfos.readLatestCommit(d).getUserData());
        }
    }

    /**
     * Opens the index in {@code dir} expecting the given settings.
     *
     * @throws IndexMismatchException when the index on disk was built with other settings
     */
    public static SearchIndex open(Path dir, IndexSettings settings) throws IOException {
        IndexRebuild.recover(dir);
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
        return add(doc, null);
    }

    /**
     * Indexes a read filing unless one with the same SHA-256 is already in, recording the file it was read from
     * (null when unknown) so that {@link IndexRebuild} can read it again; committed when this returns. The
     * passages are searchable by keywords at once; their vectors (when the index has a model) wait for
     * {@link #embedPending}.
     */
    public Added add(Document doc, Path source) throws IOException {
        Objects.requireNonNull(doc, "document");
        synchronized (writing) {
            if (contains(doc.sha256())) return new Added(filing(doc.sha256()), false, 0, 0, 0);
            long start = System.nanoTime();
            Filing filing = Filing.of(doc, companies());
            List<Chunk> chunks = chunker.chunk(doc);
            java.util.Map<Integer, io.tickmark.statement.StatementType> statements = StatementPages.of(doc);
            long chunked = System.nanoTime();
            IndexWriter w = writer();
            for (Chunk c : chunks) w.addDocument(chunkDocument(filing, c, statements.get(c.page())));
            org.apache.lucene.document.Document fd = filingDocument(filing);
            if (source != null) fd.add(new StoredField(PATH, source.toAbsolutePath().normalize().toString()));
            w.addDocument(fd);
            commit();
            return new Added(filing, true, chunks.size(), chunked - start, System.nanoTime() - chunked);
        }
    }

    /**
     * Embeds the passages that have no vector yet (all of them right after {@link #add}: a filing is searchable by
     * keywords at once, its vectors follow); commits every few hundred passages so that searches meanwhile use the
     * vectors done. Does nothing when the index has no embedding model. Returns the passages embedded.
     */
    public Vectored embedPending(java.util.function.IntConsumer progress) throws IOException {
        return embedPending(Integer.MAX_VALUE, () -> false, progress);
    }

    /**
     * Embeds at most {@code max} of the passages that have no vector yet, checking {@code stop} before each batch
     * of {@value #EMBED_BATCH}: when it says stop, the vectors done so far are committed and the rest stay pending
     * (the next call goes on with them). Commits every few hundred passages and at the end, so that an index killed
     * meanwhile is valid and loses at most the last uncommitted vectors, never a passage. Adding a filing waits
     * for the batch being written, never for the whole run; searches never wait.
     */
    public Vectored embedPending(int max, java.util.function.BooleanSupplier stop, java.util.function.IntConsumer progress) throws IOException {
        if (embedder == null || !DirectoryReader.indexExists(directory)) return new Vectored(0, 0, 0);
        long embedNanos = 0;
        long indexNanos = 0;
        int done = 0;
        int committed = 0;
        int reused = 0;
        // the same text (a page header, a repeated table) gets the same vector: embed it once per run
        java.util.Map<String, float[]> recent = new java.util.LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<String, float[]> eldest) {
                return size() > REUSE;
            }
        };
        // a reader of its own: the passages pending when the run began, read while other threads add and search
        try (DirectoryReader snapshot = DirectoryReader.open(directory)) {
            IndexSearcher s = new IndexSearcher(snapshot);
            StoredFields stored = s.storedFields();
            ScoreDoc[] pending = s.search(pendingQuery(), Math.max(1, Math.min(max, Math.max(1, snapshot.maxDoc())))).scoreDocs;
            try {
                for (int from = 0; from < pending.length && !stop.getAsBoolean(); from += EMBED_BATCH) {
                    List<org.apache.lucene.document.Document> docs = new ArrayList<>();
                    List<String> texts = new ArrayList<>();
                    for (int i = from; i < Math.min(pending.length, from + EMBED_BATCH); i++) {
                        org.apache.lucene.document.Document d = stored.document(pending[i].doc);
                        docs.add(d);
                        texts.add(embeddable(d.get(SECTION), d.get(TEXT)));
                    }
                    java.util.Map<String, float[]> known = new java.util.HashMap<>();
                    for (String t : texts) {
                        float[] v = recent.get(t);
                        if (v != null) known.put(t, v);
                    }
                    List<String> fresh = texts.stream().filter(t -> !known.containsKey(t)).distinct().toList();
                    reused += texts.size() - fresh.size();
                    long t0 = System.nanoTime();
                    List<float[]> computed = fresh.isEmpty() ? List.of() : embedder.embed(fresh);
                    long t1 = System.nanoTime();
                    for (int i = 0; i < fresh.size(); i++) {
                        known.put(fresh.get(i), computed.get(i));
                        recent.put(fresh.get(i), computed.get(i));
                    }
                    List<float[]> vectors = new ArrayList<>();
                    for (String t : texts) vectors.add(known.get(t));
                    synchronized (writing) {
                        IndexWriter w = writer();
                        for (int i = 0; i < docs.size(); i++) {
                            org.apache.lucene.document.Document d = rebuilt(docs.get(i));
                            d.add(new org.apache.lucene.document.KnnFloatVectorField(VECTOR, vectors.get(i), org.apache.lucene.index.VectorSimilarityFunction.COSINE));
                            w.updateDocument(new Term(ID, d.get(ID)), d);
                        }
                        done += docs.size();
                        if (done - committed >= COMMIT_EVERY) {
                            commit();
                            committed = done;
                        }
                    }
                    indexNanos += System.nanoTime() - t1;
                    embedNanos += t1 - t0;
                    progress.accept(done);
                }
            } finally {
                if (done > committed) {
                    long t = System.nanoTime();
                    commit();
                    indexNanos += System.nanoTime() - t;
                }
            }
        }
        if (done > 0 && !stop.getAsBoolean()) {
            long t = System.nanoTime();
            expungeReplaced();
            indexNanos += System.nanoTime() - t;
        }
        return new Vectored(done, embedNanos, indexNanos, reused);
    }

    /**
     * Drops the keyword-only copies that adding vectors replaced, once no passage waits for its vector. Lucene
     * counts a replaced document in the BM25 statistics (document frequency, average length) until a merge drops
     * it, so a freshly embedded index otherwise ranks by keywords a little unlike the same index without vectors
     * (FinanceBench: 2 of 91 questions moved a rank, one out of the top 5).
     */
    void expungeReplaced() throws IOException {
        synchronized (writing) {
            if (pendingVectors() > 0) return;
            IndexWriter w = writer();
            if (!w.hasDeletions()) return;
            w.forceMergeDeletes();
            commit();
        }
    }

    /** Passages embedded, and the time spent embedding them and writing their vectors. */
    public record Vectored(int passages, long embeddingNanos, long indexingNanos, int reused) {
        public Vectored(int passages, long embeddingNanos, long indexingNanos) {
            this(passages, embeddingNanos, indexingNanos, 0);
        }

        /** The passages the model read (the others had the text of one read just before and took its vector). */
        public int modelled() {
            return passages - reused;
        }
    }

    /** Recent query vectors: a question's fallback searches (all years, all companies) reuse its embedding. */
    private final Map<String, float[]> queryVectors = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > 64;
                }
            });

    private float[] queryVector(String query) {
        float[] known = queryVectors.get(query);
        if (known != null) return known;
        float[] computed = embedder.embedQuery(query);
        queryVectors.put(query, computed);
        return computed;
    }

    /** How many passages still wait for their vector (0 when the index has no embedding model). */
    public int pendingVectors() throws IOException {
        if (embedder == null) return 0;
        IndexSearcher s = searcher();
        return s == null ? 0 : s.count(pendingQuery());
    }

    private static Query pendingQuery() {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(RECORD, CHUNK)), Occur.FILTER)
                .add(new org.apache.lucene.search.FieldExistsQuery(VECTOR), Occur.MUST_NOT).build();
    }

    /** What the model reads of a passage: its section heading, then its text (the model cuts the rest). */
    private static String embeddable(String section, String text) {
        String head = section == null || section.isBlank() ? "" : section + "\n";
        return head + text;
    }

    /** A chunk's Lucene document made again from its stored fields (to add its vector). */
    private static org.apache.lucene.document.Document rebuilt(org.apache.lucene.document.Document stored) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(RECORD, CHUNK, Field.Store.NO));
        d.add(new StringField(ID, stored.get(ID), Field.Store.YES));
        d.add(new StringField(SHA, stored.get(SHA), Field.Store.YES));
        d.add(new StoredField(FILE, stored.get(FILE)));
        d.add(new StringField(COMPANY, stored.get(COMPANY), Field.Store.YES));
        d.add(new StoredField(TYPE, stored.get(TYPE)));
        d.add(new StringField(TYPE_KEY, Names.typeKey(stored.get(TYPE)), Field.Store.NO));
        if (stored.get(PERIOD) != null) d.add(new StoredField(PERIOD, stored.get(PERIOD)));
        addPeriods(d, periods(stored.getValues(FISCAL_PERIOD)), date(stored.get(FILED)));
        for (IndexableField y : stored.getFields(YEAR)) {
            int year = y.numericValue().intValue();
            d.add(new IntPoint(YEAR, year));
            d.add(new StoredField(YEAR, year));
        }
        d.add(new TextField(TEXT, stored.get(TEXT), Field.Store.YES));
        if (Languages.chinese(stored.get(TEXT))) d.add(new TextField(TEXT_ZH, stored.get(TEXT), Field.Store.NO));
        d.add(new TextField(SECTION, stored.get(SECTION), Field.Store.YES));
        d.add(new StoredField(PAGE, stored.getField(PAGE).numericValue().intValue()));
        d.add(new StoredField(KIND, stored.get(KIND)));
        if (stored.get(STATEMENT) != null) d.add(new StringField(STATEMENT, stored.get(STATEMENT), Field.Store.YES));
        return d;
    }

    /** Whether a filing with this SHA-256 is indexed. */
    public boolean contains(String sha256) throws IOException {
        IndexSearcher s = searcher();
        return s != null && s.count(filingWithSha(sha256)) > 0;
    }

    /** The indexed filings, in the order they were added. */
    public List<Filing> filings() throws IOException {
        List<Filing> f = filings;
        if (f == null) filings = f = readFilings();
        return f;
    }

    /**
     * The filings of the index in {@code dir} with the files they were read from, whatever settings built it (to
     * rebuild it with other ones); empty when there is no index there.
     */
    public static List<IndexRebuild.Source> sources(Path dir) throws IOException {
        IndexRebuild.recover(dir);
        if (!java.nio.file.Files.isDirectory(dir)) return List.of();
        try (Directory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) return List.of();
            try (DirectoryReader r = DirectoryReader.open(d)) {
                IndexSearcher s = new IndexSearcher(r);
                StoredFields stored = s.storedFields();
                List<IndexRebuild.Source> out = new ArrayList<>();
                for (ScoreDoc hit : s.search(new TermQuery(new Term(RECORD, FILING)), Integer.MAX_VALUE).scoreDocs) {
                    org.apache.lucene.document.Document doc = stored.document(hit.doc, Set.of(SHA, FILE, PATH));
                    out.add(new IndexRebuild.Source(doc.get(SHA), doc.get(FILE), doc.get(PATH) == null ? null : Path.of(doc.get(PATH))));
                }
                return out;
            }
        }
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
        return search(query, filters, k, Set.of());
    }

    /**
     * The best passages for the query within the filters, at most one per page, best first; pages of the given
     * statements (a balance sheet, an income statement) rank higher.
     */
    public List<Passage> search(String query, Filters filters, int k, Set<io.tickmark.statement.StatementType> statements) throws IOException {
        return search(query, filters, k, Priors.statements(statements, STATEMENT_BOOST));
    }

    /**
     * The best passages for the query within the filters, at most one per page, best first; each page's keyword
     * score is multiplied by the factors the priors give its statement, section and form.
     */
    public List<Passage> search(String query, Filters filters, int k, Priors priors) throws IOException {
        return search(query, null, filters, k, priors);
    }

    /**
     * The same, with the text the embedding model reads given apart from the keyword query: a question as the user
     * wrote it reads better to a model trained on sentences than its keywords do (null: the query).
     */
    public List<Passage> search(String query, String meaning, Filters filters, int k, Priors priors) throws IOException {
        if (query == null || query.isBlank()) throw new IllegalArgumentException("the search query is empty: type the words to look for");
        if (k < 1) throw new IllegalArgumentException("k=" + k + ": ask for at least one passage");
        boolean zh = Languages.chinese(query);
        Query text = zh ? new QueryBuilder(chinese).createBooleanQuery(TEXT_ZH, query, Occur.SHOULD)
                : new QueryBuilder(analyzer).createBooleanQuery(TEXT, query, Occur.SHOULD);
        if (text == null) throw new IllegalArgumentException("the query '" + query.strip() + "' has no searchable words, only common ones");
        IndexSearcher s = searcher();
        if (s == null) return List.of();
        if (zh && s.count(new org.apache.lucene.search.FieldExistsQuery(TEXT_ZH)) == 0) {
            throw new IllegalArgumentException("the query is in Chinese but no indexed filing is: ask in the language of the filings (English)");
        }
        if (!zh && s.count(new org.apache.lucene.search.FieldExistsQuery(TEXT_ZH)) > 0 && s.count(new TermQuery(new Term(RECORD, CHUNK)))
                == s.count(new org.apache.lucene.search.FieldExistsQuery(TEXT_ZH))) {
            throw new IllegalArgumentException("every indexed filing is in Chinese: ask in Chinese (用中文提问)");
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (zh) {
            // SmartChinese cuts a compound into words (主要业务: 主要, 业务): the words standing together, as asked, count too
            for (String part : query.strip().split("\\s+")) {
                Query phrase = new QueryBuilder(chinese).createPhraseQuery(TEXT_ZH, part);
                if (phrase instanceof org.apache.lucene.search.PhraseQuery) q.add(new org.apache.lucene.search.BoostQuery(phrase, CHINESE_PHRASE_WEIGHT), Occur.SHOULD);
            }
        }
        // the words of the section heading a passage falls under count too, a little: a page continuing the
        // "Legal Proceedings" note is about legal proceedings even where its text does not say so
        Query heading = zh ? null : new QueryBuilder(analyzer).createBooleanQuery(SECTION, query, Occur.SHOULD);
        if (heading != null) q.add(new org.apache.lucene.search.BoostQuery(heading, SECTION_WEIGHT), Occur.SHOULD);
        Filters f = filters == null ? Filters.none() : filters;
        addFilters(q, f);
        float[] meant = embedder != null && hasVectors(s) ? queryVector(meaning == null || meaning.isBlank() ? query : meaning) : null;
        return passages(s, q.build(), meant, (zh ? chineseHighlights : highlights).terms(query), k, priors == null ? Priors.none() : priors,
                zh ? chineseHighlights : highlights);
    }

    /**
     * The indexed company names a user's name or ticker means: exact name match first, else names it starts
     * (or that start it, four characters at least), else a ticker; empty when none.
     */
    public List<String> resolveCompany(String name) throws IOException {
        return namesFor(name);
    }

    /**
     * The indexed filings of the company a user's name or ticker means (see {@link #resolveCompany}), and the
     * filings that share a ticker symbol with them (a press release read before its company's annual report).
     */
    private List<Filing> filingsOf(String name) throws IOException {
        Set<String> names = new HashSet<>(namesFor(name));
        if (names.isEmpty()) return List.of();
        Set<String> tickers = new HashSet<>();
        for (Filing f : filings()) if (names.contains(f.company())) f.tickers().forEach(t -> tickers.add(t.toUpperCase(java.util.Locale.ROOT)));
        List<Filing> out = new ArrayList<>();
        for (Filing f : filings()) {
            if (names.contains(f.company()) || f.tickers().stream().anyMatch(t -> tickers.contains(t.toUpperCase(java.util.Locale.ROOT)))) out.add(f);
        }
        return out;
    }

    private List<String> namesFor(String name) throws IOException {
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
        if (f.fiscalYear() != null) q.add(yearQuery(f.fiscalYear()), Occur.FILTER);
        if (f.period() != null) q.add(periodQuery(f.period()), Occur.FILTER);
        if (f.filedAfter() != null || f.filedBefore() != null) q.add(filedQuery(f.filedAfter(), f.filedBefore()), Occur.FILTER);
    }

    /** Filings that report on that part of the year, and filings that do not say which part they report on. */
    private Query periodQuery(FiscalPeriod period) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(new TermQuery(new Term(FISCAL_PERIOD, period.name())), Occur.SHOULD);
        return orUnknown(any, fl -> fl.periods().isEmpty());
    }

    /** Filings filed within the days (both ends included, either open), and filings whose filing date could not be read. */
    private Query filedQuery(LocalDate after, LocalDate before) throws IOException {
        long from = after == null ? Long.MIN_VALUE : after.toEpochDay();
        long to = before == null ? Long.MAX_VALUE : before.toEpochDay();
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(org.apache.lucene.document.LongPoint.newRangeQuery(FILED_DAY, from, to), Occur.SHOULD);
        return orUnknown(any, fl -> fl.filed() == null);
    }

    private Query orUnknown(BooleanQuery.Builder any, java.util.function.Predicate<Filing> unknown) throws IOException {
        List<org.apache.lucene.util.BytesRef> shas = filings().stream().filter(unknown)
                .map(fl -> new org.apache.lucene.util.BytesRef(fl.sha256())).toList();
        if (!shas.isEmpty()) any.add(new org.apache.lucene.search.TermInSetQuery(SHA, shas), Occur.SHOULD);
        return any.build();
    }

    /** Filings of that fiscal year, and filings whose year could not be read (a release without a date: unknown is not another year). */
    private Query yearQuery(int year) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(IntPoint.newExactQuery(YEAR, year), Occur.SHOULD);
        List<org.apache.lucene.util.BytesRef> undated = filings().stream().filter(fl -> fl.fiscalYears().isEmpty())
                .map(fl -> new org.apache.lucene.util.BytesRef(fl.sha256())).toList();
        if (!undated.isEmpty()) any.add(new org.apache.lucene.search.TermInSetQuery(SHA, undated), Occur.SHOULD);
        return any.build();
    }

    private Query companyQuery(String name) throws IOException {
        List<Filing> of = filingsOf(name);
        if (of.isEmpty()) {
            List<String> known = companies();
            throw new IllegalArgumentException("no company named '" + name + "' in the search index; index its filings first"
                    + (known.isEmpty() ? " (the index is empty)" : " (indexed: " + String.join(", ", known.subList(0, Math.min(12, known.size())))
                    + (known.size() > 12 ? ", … " + known.size() + " in all" : "") + ")"));
        }
        return new org.apache.lucene.search.TermInSetQuery(SHA, of.stream().map(fl -> new org.apache.lucene.util.BytesRef(fl.sha256())).toList());
    }

    /**
     * Sums chunk hits up per page: a page scores its best passage plus {@value #SUPPORT} of its next two (a page
     * whose several passages match beats one lucky line), and is shown by its best passage.
     */
    private boolean hasVectors(IndexSearcher s) throws IOException {
        return s.count(new org.apache.lucene.search.FieldExistsQuery(VECTOR)) > 0;
    }

    private List<Passage> passages(IndexSearcher s, Query q, float[] meant, Set<String> terms, int k, Priors priors,
                                   Highlights highlights) throws IOException {
        ScoreDoc[] hits = s.search(q, Math.max(POOL, k * 4 + 20)).scoreDocs;
        StoredFields stored = s.storedFields();
        java.util.Map<String, ScoreDoc> best = new java.util.LinkedHashMap<>();
        java.util.Map<String, float[]> support = new java.util.HashMap<>();
        java.util.Map<Integer, String> pageOf = new java.util.HashMap<>();
        // read only the stored fields the priors look at: a section heading is long and most questions name none
        Set<String> fields = new HashSet<>(Set.of(SHA, PAGE, STATEMENT));
        if (!priors.sections().isEmpty()) fields.add(SECTION);
        if (!priors.forms().isEmpty()) fields.add(TYPE);
        for (ScoreDoc hit : hits) {
            org.apache.lucene.document.Document d = stored.document(hit.doc, fields);
            String key = d.get(SHA) + "#" + d.getField(PAGE).numericValue().intValue();
            pageOf.put(hit.doc, key);
            if (!best.containsKey(key)) {
                best.put(key, hit);
                support.put(key, new float[]{hit.score, 0, 0, priors.statement(d.get(STATEMENT)) * priors.section(d.get(SECTION)) * priors.form(d.get(TYPE))
                        * priors.filing(d.get(SHA))});
            } else {
                float[] sc = support.get(key);
                if (sc[2] < 2) {
                    sc[1] += hit.score;
                    sc[2]++;
                }
            }
        }
        List<String> pages = new ArrayList<>(best.keySet());
        pages.sort((a, b) -> Float.compare(pageScore(support.get(b)), pageScore(support.get(a))));
        if (meant != null) {
            java.util.Map<String, Float> keyword = new java.util.LinkedHashMap<>();
            for (String key : pages) keyword.put(key, pageScore(support.get(key)));
            pages = reranked(s, hits, pageOf, keyword, meant);
        }
        List<Passage> out = new ArrayList<>();
        for (String key : pages.subList(0, Math.min(k, pages.size()))) {
            ScoreDoc hit = best.get(key);
            org.apache.lucene.document.Document d = stored.document(hit.doc);
            int page = d.getField(PAGE).numericValue().intValue();
            String text = d.get(TEXT);
            float[] sc = support.get(key);
            out.add(new Passage(d.get(FILE), d.get(SHA), d.get(COMPANY), d.get(TYPE), date(d.get(PERIOD)), page, d.get(SECTION),
                    Chunk.Kind.valueOf(d.get(KIND)), text, highlights.snippet(text, terms), sc == null ? 0 : pageScore(sc),
                    periods(d.getValues(FISCAL_PERIOD)), date(d.get(FILED))));
        }
        return out;
    }

    /**
     * The keyword pages reordered by meaning: each page's keyword score min-max normalised over the query's keyword
     * pages, plus {@value #VECTOR_WEIGHT} times the cosine of its closest keyword passage to the query, min-max
     * normalised over the same pages (models spread cosines differently: bge's sit high for any text, MiniLM's
     * lower and wider). The cosines are exact, from the passages' stored vectors. Vectors only reorder what keywords
     * found: adding the pages nearest by meaning that keywords missed measured no better (see the weight).
     */
    private static List<String> reranked(IndexSearcher s, ScoreDoc[] hits, java.util.Map<Integer, String> pageOf,
                                         java.util.Map<String, Float> keyword, float[] meant) throws IOException {
        java.util.Map<String, Float> cosine = new java.util.HashMap<>();
        cosines(s, Arrays.stream(hits).map(h -> h.doc).toList(), meant).forEach((doc, c) -> cosine.merge(pageOf.get(doc), c, Math::max));
        double kwMin = Double.MAX_VALUE, kwMax = -Double.MAX_VALUE, cMin = Double.MAX_VALUE, cMax = -Double.MAX_VALUE;
        for (var e : keyword.entrySet()) {
            kwMin = Math.min(kwMin, e.getValue());
            kwMax = Math.max(kwMax, e.getValue());
            Float c = cosine.get(e.getKey());
            if (c != null) {
                cMin = Math.min(cMin, c);
                cMax = Math.max(cMax, c);
            }
        }
        java.util.Map<String, Double> score = new java.util.HashMap<>();
        for (var e : keyword.entrySet()) {
            double k = kwMax > kwMin ? (e.getValue() - kwMin) / (kwMax - kwMin) : 1;
            Float c = cosine.get(e.getKey());
            // a page whose passages wait for their vectors ranks by its keywords alone
            double m = c == null ? 0 : cMax > cMin ? (c - cMin) / (cMax - cMin) : 1;
            score.put(e.getKey(), k + VECTOR_WEIGHT * m);
        }
        List<String> out = new ArrayList<>(keyword.keySet());
        out.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
        return out;
    }

    /** The cosine of each passage's stored vector to the query (passages without a vector yet are left out). */
    private static java.util.Map<Integer, Float> cosines(IndexSearcher s, List<Integer> docs, float[] q) throws IOException {
        java.util.Map<Integer, Float> out = new java.util.HashMap<>();
        int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        int i = 0;
        for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            org.apache.lucene.index.FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
            for (; i < sorted.length && sorted[i] < end; i++) {
                if (values == null) continue;
                int local = sorted[i] - leaf.docBase;
                if (values.docID() < local) values.advance(local);
                if (values.docID() != local) continue;
                float c = org.apache.lucene.util.VectorUtil.cosine(values.vectorValue(), q);
                out.put(sorted[i], Float.isNaN(c) ? 0f : c);
            }
        }
        return out;
    }

    private static float pageScore(float[] s) {
        return (s[0] + SUPPORT * s[1]) * s[3];
    }

    private static org.apache.lucene.document.Document chunkDocument(Filing f, Chunk c, io.tickmark.statement.StatementType statement) {
        org.apache.lucene.document.Document d = common(f, CHUNK);
        d.add(new StringField(ID, c.sha256() + "#" + c.ordinal(), Field.Store.YES));
        if (Languages.chinese(c.text())) d.add(new TextField(TEXT_ZH, c.text(), Field.Store.NO));
        if (statement != null) d.add(new StringField(STATEMENT, statement.name(), Field.Store.YES));
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
        addPeriods(d, f.periods(), f.filed());
        for (int y : f.fiscalYears()) {
            d.add(new IntPoint(YEAR, y));
            d.add(new StoredField(YEAR, y));
        }
        return d;
    }

    /** The parts of the year a filing reports on and its filing date, searchable and stored (the same for a rebuilt passage). */
    private static void addPeriods(org.apache.lucene.document.Document d, List<FiscalPeriod> periods, LocalDate filed) {
        for (FiscalPeriod p : periods) d.add(new StringField(FISCAL_PERIOD, p.name(), Field.Store.YES));
        if (filed != null) {
            d.add(new org.apache.lucene.document.LongPoint(FILED_DAY, filed.toEpochDay()));
            d.add(new StoredField(FILED, filed.toString()));
        }
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
                d.getField(PAGES).numericValue().intValue(), periods(d.getValues(FISCAL_PERIOD)), date(d.get(FILED)));
    }

    private static List<FiscalPeriod> periods(String[] names) {
        List<FiscalPeriod> out = new ArrayList<>();
        for (String n : names) out.add(FiscalPeriod.valueOf(n));
        return out;
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
        return new IndexWriterConfig(new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(analyzer, java.util.Map.of(TEXT_ZH, chinese)))
                .setRAMBufferSizeMB(64);
    }

    private void commit() throws IOException {
        synchronized (writing) {
            writer.setLiveCommitData(settings.toMap().entrySet());
            writer.commit();
            filings = null;
        }
    }

    /**
     * A searcher over the last commit, or null while the index has none. The reader it replaces stays open until
     * the next one replaces it, so a search that began on it (another thread) is not cut off.
     */
    private synchronized IndexSearcher searcher() throws IOException {
        if (reader == null) {
            if (!DirectoryReader.indexExists(directory)) return null;
            reader = DirectoryReader.open(directory);
        } else {
            DirectoryReader newer = DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                if (retired != null) retired.close();
                retired = reader;
                reader = newer;
            }
        }
        return new IndexSearcher(reader);
    }

    /** Test seam: build every index opened from now on with this embedder instead of the ONNX model (null to undo). */
    static void useEmbedder(Embedder e) {
        embedderOverride = e;
    }

    private static Analyzer analyzer(String name) {
        return IndexSettings.STANDARD.equals(name) ? new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) : new EnglishAnalyzer();
    }

    @Override
    public void close() throws IOException {
        try {
            if (retired != null) retired.close();
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
