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
 * int8, reads the first 128 tokens) and {@value #BGE_ZH} (Chinese, 512 dimensions, 512 tokens). A model is
 * loaded once per process, on the first text to embed, never when an embedder is merely named.
 */
public final class OnnxEmbedder implements Embedder {
    public static final String MINILM = "all-minilm-l6-v2-q";
    public static final String BGE_ZH = "bge-small-zh-v15";
    /** The characters of a passage given to MiniLM: about its 128 tokens; the rest would be cut by the model anyway. */
    static final int MINILM_CHARS = 600;
    static final int BGE_CHARS = 700;

    private static final Map<String, Object> LOADED = new ConcurrentHashMap<>();
    private static final ExecutorService ONE_THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tickmark-embedder");
        t.setDaemon(true);
        return t;
    });

    private final String model;
    private final int dimension;
    private final int chars;
    private final Supplier<EmbeddingModel> factory;

    private OnnxEmbedder(String model, int dimension, int chars, Supplier<EmbeddingModel> factory) {
        this.model = model;
        this.dimension = dimension;
        this.chars = chars;
        this.factory = factory;
    }

    /** The embedder of a model name as recorded in index settings; throws naming the known ones when unknown. */
    public static OnnxEmbedder named(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case MINILM -> new OnnxEmbedder(MINILM, 384, MINILM_CHARS,
                    () -> new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel(ONE_THREAD));
            case BGE_ZH -> new OnnxEmbedder(BGE_ZH, 512, BGE_CHARS,
                    () -> new dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel(ONE_THREAD));
            default -> throw new IllegalArgumentException("embedding model '" + name + "' is not one of " + MINILM + ", " + BGE_ZH + " (or none)");
        };
    }

    /** Whether this Tickmark has an embedding model of that name. */
    public static boolean known(String name) {
        return MINILM.equals(name) || BGE_ZH.equals(name);
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
