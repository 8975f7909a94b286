package io.tickmark.search;

import io.tickmark.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hybrid search with the in-process models: keyword search at once, vectors after, model recorded and enforced. */
class VectorSearchTest {
    @TempDir
    Path dir;

    private static Document filing() throws Exception {
        return TextDocs.of("acme-10k.pdf", List.of(
                List.of("Item 1. Business", "We sell products: industrial pumps and valves for water utilities and chemical plants worldwide."),
                List.of("Item 1A. Risk Factors", "Demand for our products rises and falls with the economy; a recession cuts orders sharply."),
                List.of("Item 3. Legal Proceedings", "We are a defendant in several lawsuits alleging defective seals."),
                List.of("Item 2. Properties", "We own plants in Ohio, Texas and Bavaria and lease warehouses, offices and a test site near each, "
                        + "where engineers assemble, paint, test and ship the products to customers.")));
    }

    @Test
    void a_filing_is_searchable_by_keywords_before_its_vectors_and_by_meaning_after() throws Exception {
        IndexSettings settings = IndexSettings.current().withEmbedding(OnnxEmbedder.MINILM);
        try (SearchIndex index = SearchIndex.recreate(dir, settings)) {
            index.add(filing());
            assertThat(index.pendingVectors()).isPositive();
            assertThat(index.search("lawsuits", Filters.none(), 1).get(0).page()).isEqualTo(3);
            // keywords alone: three pages say "products" once; the shortest, about pumps, comes first, just
            String cyclical = "Do sales of the products fall in a recession?";
            assertThat(index.search("products", cyclical, Filters.none(), 2, Priors.none())).extracting(Passage::page).containsExactly(1, 2);

            SearchIndex.Vectored v = index.embedPending(n -> { });
            assertThat(v.passages()).isPositive();
            assertThat(index.pendingVectors()).isZero();
            // with vectors, the page about demand falling with the economy is closer to the question and goes first
            // (min-max normalised, the keywords' last page scores 0: a third page gives the near tie its range)
            assertThat(index.search("products", cyclical, Filters.none(), 2, Priors.none())).extracting(Passage::page).containsExactly(2, 1);
        }
        try (SearchIndex reopened = SearchIndex.open(dir)) {
            assertThat(reopened.settings().embeddingModel()).isEqualTo(OnnxEmbedder.MINILM);
            assertThat(reopened.settings().embeddingDimension()).isEqualTo(384);
        }
    }

    @Test
    void an_index_built_with_another_embedding_model_is_refused_with_advice_to_rebuild() throws Exception {
        try (SearchIndex index = SearchIndex.recreate(dir, IndexSettings.current().withEmbedding(OnnxEmbedder.MINILM))) {
            index.add(filing());
        }
        assertThatThrownBy(() -> SearchIndex.open(dir, IndexSettings.current().withEmbedding(OnnxEmbedder.BGE_ZH)))
                .isInstanceOf(IndexMismatchException.class)
                .hasMessageContaining(OnnxEmbedder.MINILM).hasMessageContaining("rebuild");
    }

    @Test
    void an_index_built_with_bge_small_en_is_recorded_as_such_and_refused_for_minilm_though_both_have_384_dimensions() throws Exception {
        try (SearchIndex index = SearchIndex.recreate(dir, IndexSettings.current().withEmbedding(OnnxEmbedder.BGE_EN))) {
            index.add(filing());
        }
        IndexSettings recorded = SearchIndex.recorded(dir);
        assertThat(recorded.embeddingModel()).isEqualTo(OnnxEmbedder.BGE_EN);
        assertThat(recorded.embeddingDimension()).isEqualTo(384);
        assertThatThrownBy(() -> SearchIndex.open(dir, IndexSettings.current().withEmbedding(OnnxEmbedder.MINILM)))
                .isInstanceOf(IndexMismatchException.class)
                .hasMessageContaining(OnnxEmbedder.BGE_EN).hasMessageContaining("rebuild");
        // opened without saying a model, it keeps the one it was built with
        try (SearchIndex reopened = SearchIndex.open(dir)) {
            assertThat(reopened.settings().embeddingModel()).isEqualTo(OnnxEmbedder.BGE_EN);
        }
    }

    @Test
    void bge_small_en_reads_queries_with_its_search_instruction_and_passages_without() {
        String text = "Demand for our products falls in a recession.";
        OnnxEmbedder bge = OnnxEmbedder.named(OnnxEmbedder.BGE_EN);
        float[] asQuery = bge.embedQuery(text);
        float[] asPassage = bge.embed(List.of(text)).get(0);
        assertThat(asQuery).hasSize(384);
        assertThat(cosine(asQuery, asPassage)).isLessThan(0.99);
        OnnxEmbedder miniLm = OnnxEmbedder.named(OnnxEmbedder.MINILM);
        assertThat(cosine(miniLm.embedQuery(text), miniLm.embed(List.of(text)).get(0))).isGreaterThan(0.999);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void an_unknown_embedding_model_is_named_with_the_known_ones() {
        assertThatThrownBy(() -> IndexSettings.current().withEmbedding("gpt-embed"))
                .hasMessageContaining("gpt-embed").hasMessageContaining(OnnxEmbedder.MINILM);
    }

    @Test
    void naming_a_model_does_not_load_it() {
        OnnxEmbedder.named(OnnxEmbedder.BGE_ZH);
        assertThat(OnnxEmbedder.loaded(OnnxEmbedder.BGE_ZH)).isFalse();
    }
}
