package io.tickmark.search;

import java.util.List;

/**
 * Turns passages and queries into vectors for semantic search ({@link OnnxEmbedder}: the in-process models). The
 * index records the model name and dimension in its settings so that an index built with another model is refused.
 */
public interface Embedder {
    /** The model's name as recorded in the index settings, e.g. "all-MiniLM-L6-v2-q". */
    String model();

    /** The length of every vector this embedder returns. */
    int dimension();

    /** One vector per passage text, in order. */
    List<float[]> embed(List<String> texts);

    /**
     * The vector of a search query. The same as a passage's by default; a model trained to embed queries with an
     * instruction before them (bge) adds it here, never to the passages.
     */
    default float[] embedQuery(String query) {
        return embed(List.of(query)).get(0);
    }
}
