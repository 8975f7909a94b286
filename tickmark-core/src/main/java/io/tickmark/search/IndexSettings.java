package io.tickmark.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an index was built: its storage format, the analyzer of the passage text, the chunker version and the
 * embedding model and dimension ("none" and 0 for keywords only). Stored in the index; an index whose settings differ from the
 * code's is refused with the advice to rebuild, since its passages or vectors would not match the queries.
 */
public record IndexSettings(String format, String analyzer, String chunker, String embeddingModel, int embeddingDimension) {
    /** The storage layout of the Lucene documents written by {@link SearchIndex} (6: fiscal period and filing date per filing). */
    public static final String FORMAT = "6";
    /** English analyzer: standard tokens, possessives, stop words and Porter stemming. */
    public static final String ENGLISH = "english";
    /** Standard analyzer: lower-cased tokens without English stop words, no stemming (measured better than stemming on FinanceBench). */
    public static final String STANDARD = "standard";

    public IndexSettings {
        if (!ENGLISH.equals(analyzer) && !STANDARD.equals(analyzer)) {
            throw new IllegalArgumentException("analyzer '" + analyzer + "' is not one of " + ENGLISH + ", " + STANDARD);
        }
        if (embeddingDimension < 0) throw new IllegalArgumentException("embedding dimension " + embeddingDimension + " is negative");
        embeddingModel = embeddingModel == null || embeddingModel.isBlank() ? "none" : embeddingModel;
    }

    /** What this version of Tickmark builds: standard analyzer, current chunker, no embeddings. */
    public static IndexSettings current() {
        return new IndexSettings(FORMAT, STANDARD, Chunker.VERSION, "none", 0);
    }

    /** The same settings with vectors of the named embedding model ("none" for keywords only). */
    public IndexSettings withEmbedding(String model) {
        if (model == null || model.isBlank() || "none".equals(model)) return new IndexSettings(format, analyzer, chunker, "none", 0);
        return new IndexSettings(format, analyzer, chunker, model, OnnxEmbedder.named(model).dimension());
    }

    /** Whether the other settings differ from these at most in the embedding model. */
    boolean sameButEmbedding(IndexSettings other) {
        return other != null && format.equals(other.format) && analyzer.equals(other.analyzer) && chunker.equals(other.chunker);
    }

    /** The same settings with another analyzer (for measuring one against the other). */
    public IndexSettings withAnalyzer(String name) {
        return new IndexSettings(format, name, chunker, embeddingModel, embeddingDimension);
    }

    Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tickmark.format", format);
        m.put("tickmark.analyzer", analyzer);
        m.put("tickmark.chunker", chunker);
        m.put("tickmark.embedding.model", embeddingModel);
        m.put("tickmark.embedding.dimension", Integer.toString(embeddingDimension));
        return m;
    }

    /** The settings recorded in an index, or null when it records none (not written by Tickmark). */
    static IndexSettings fromMap(Map<String, String> m) {
        if (!m.containsKey("tickmark.format")) return null;
        String analyzer = m.getOrDefault("tickmark.analyzer", "?");
        return new IndexSettings(m.get("tickmark.format"), ENGLISH.equals(analyzer) || STANDARD.equals(analyzer) ? analyzer : STANDARD,
                m.getOrDefault("tickmark.chunker", "?"), m.get("tickmark.embedding.model"),
                Integer.parseInt(m.getOrDefault("tickmark.embedding.dimension", "0")));
    }

    /** "analyzer english, chunker 1, embeddings none" */
    public String describe() {
        return "format " + format + ", analyzer " + analyzer + ", chunker " + chunker + ", embeddings " + embeddingModel
                + (embeddingDimension > 0 ? " (" + embeddingDimension + " dimensions)" : "");
    }
}
