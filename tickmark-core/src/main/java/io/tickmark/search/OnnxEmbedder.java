package io.tickmark.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The in-process ONNX embedding models shipped as LangChain4j jars: {@value #MINILM} (English, 384 dimensions,
 * int8, reads the first 128 tokens), {@value #BGE_EN} (English, 384 dimensions, int8, 512 tokens, queries
 * prefixed with the instruction it was trained with) and {@value #BGE_ZH} (Chinese, 512 dimensions, 512 tokens). A model is
 * loaded once per process, on the first text to embed, never when an embedder is merely named.
 */
public final class OnnxEmbedder implements Embedder {
    public static final String MINILM = "all-minilm-l6-v2-q";
    public static final String BGE_ZH = "bge-small-zh-v15";
    public static final String BGE_EN = "bge-small-en-v15-q";
    /** What bge-small-en-v1.5 was trained to see before a short query searching for passages (passages get nothing). */
    static final String BGE_EN_QUERY = "Represent this sentence for searching relevant passages: ";
    /** The characters of a passage given to MiniLM: about its 128 tokens; the rest would be cut by the model anyway. */
    static final int MINILM_CHARS = 600;
    static final int BGE_CHARS = 700;
    /**
     * The characters of a passage given to bge-small-en: the same opening MiniLM reads, though bge could read 512
     * tokens, since its twelve layers already cost about twice MiniLM's six per token and a longer read costs
     * more per token again.
     */
    static final int BGE_EN_CHARS = 600;

    private static final Map<String, Object> LOADED = new ConcurrentHashMap<>();
    private static final ExecutorService ONE_THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tickmark-embedder");
        t.setDaemon(true);
        return t;
    });

    private final String model;
    private final int dimension;
    private final int chars;
    private final String queryPrefix;
    private final Supplier<EmbeddingModel> factory;

    private OnnxEmbedder(String model, int dimension, int chars, String queryPrefix, Supplier<EmbeddingModel> factory) {
        this.model = model;
        this.dimension = dimension;
        this.chars = chars;
        this.queryPrefix = queryPrefix;
        this.factory = factory;
    }

    /** The embedder of a model name as recorded in index settings; throws naming the known ones when unknown. */
    public static OnnxEmbedder named(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case MINILM -> new OnnxEmbedder(MINILM, 384, MINILM_CHARS, "",
                    () -> new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel(ONE_THREAD));
            case BGE_EN -> new OnnxEmbedder(BGE_EN, 384, BGE_EN_CHARS, BGE_EN_QUERY,
                    () -> new dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel(ONE_THREAD));
            case BGE_ZH -> new OnnxEmbedder(BGE_ZH, 512, BGE_CHARS, "",
                    () -> new dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel(ONE_THREAD));
            default -> throw new IllegalArgumentException("embedding model '" + name + "' is not one of " + String.join(", ", NAMES) + " (or none)");
        };
    }

    /** The model names this Tickmark knows, as given to --vectors and recorded in index settings. */
    public static final List<String> NAMES = List.of(MINILM, BGE_EN, BGE_ZH);

    /** Whether this Tickmark has an embedding model of that name. */
    public static boolean known(String name) {
        return NAMES.contains(name);
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] embedQuery(String query) {
        String q = query == null || query.isBlank() ? "-" : query.strip();
        return embed(List.of(queryPrefix + q)).get(0);
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            String s = t == null || t.isBlank() ? "-" : t.strip();
            segments.add(TextSegment.from(s.length() > chars ? s.substring(0, chars) : s));
        }
        List<Embedding> out = loaded().embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(out.size());
        for (Embedding e : out) {
            float[] v = e.vector();
            if (v.length != dimension) throw new IllegalStateException(model + " returned " + v.length + " dimensions, expected " + dimension);
            vectors.add(v);
        }
        return vectors;
    }

    private EmbeddingModel loaded() {
        return (EmbeddingModel) LOADED.computeIfAbsent(model, k -> factory.get());
    }

    /** Whether the model is loaded in this process (for tests that check a path never loads it). */
    public static boolean loaded(String name) {
        return LOADED.containsKey(name);
    }
}
