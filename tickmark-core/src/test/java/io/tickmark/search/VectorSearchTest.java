package io.tickmark.search;

import io.tickmark.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hybrid search with in-process MiniLM vectors: keyword search at once, vectors after, model recorded and enforced. */
class VectorSearchTest {
    @TempDir
    Path dir;

    private static Document filing() throws Exception {
        return TextDocs.of("acme-10k.pdf", List.of(
                List.of("Item 1. Business", "We design and sell industrial pumps to water utilities and chemical plants."),
                List.of("Item 1A. Risk Factors", "Demand for our products rises and falls with the economy; a recession cuts orders sharply."),
                List.of("Item 3. Legal Proceedings", "We are a defendant in several lawsuits alleging defective seals.")));
    }

    @Test
    void a_filing_is_searchable_by_keywords_before_its_vectors_and_by_meaning_after() throws Exception {
        IndexSettings settings = IndexSettings.current().withEmbedding(OnnxEmbedder.MINILM);
        try (SearchIndex index = SearchIndex.recreate(dir, settings)) {
            index.add(filing());
            assertThat(index.pendingVectors()).isPositive();
            assertThat(index.search("lawsuits", Filters.none(), 1).get(0).page()).isEqualTo(3);

            SearchIndex.Vectored v = index.embedPending(n -> { });
            assertThat(v.passages()).isPositive();
            assertThat(index.pendingVectors()).isZero();
            // no keyword of the question is on the page about the business cycle; the vectors find it among the top two
            List<Passage> found = index.search("is the business cyclical economic downturn", Filters.none(), 2);
            assertThat(found).extracting(Passage::page).contains(2);
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
