package io.tickmark.search;

import io.tickmark.document.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How keywords and meaning combine when the index has vectors: meaning reorders the pages keywords found (a near
 * tie goes to the page closer to the question), never lifts the keywords' last page above their first and never
 * adds a page no keyword matched; the model reads the question as written. A fake embedder counts words of a few
 * topics, so the closeness of each page to each question is known.
 */
class HybridRankingTest {
    @TempDir
    Path dir;

    private final List<String> queries = new ArrayList<>();

    private static final List<List<String>> TOPICS = List.of(
            List.of("geograph", "region", "americas", "europe", "asia"),
            List.of("revenue"),
            List.of("cost", "expense"));

    private static float[] topics(String text) {
        float[] v = new float[384];
        String t = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < TOPICS.size(); i++) {
            for (String w : TOPICS.get(i)) {
                for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) v[i + 1]++;
            }
        }
        v[0] = 0.1f;
        return v;
    }

    @BeforeEach
    void fakeModel() {
        SearchIndex.useEmbedder(new Embedder() {
            @Override
            public String model() {
                return OnnxEmbedder.MINILM;
            }

            @Override
            public int dimension() {
                return 384;
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                return texts.stream().map(HybridRankingTest::topics).toList();
            }

            @Override
            public float[] embedQuery(String query) {
                queries.add(query);
                return topics(query);
            }
        });
    }

    @AfterEach
    void realModel() {
        SearchIndex.useEmbedder(null);
    }

    private static Document filing() throws Exception {
        return TextDocs.of("acme-10k.pdf", List.of(
                List.of("Item 7. Results", "Revenue grew in every segment and revenue from services grew fastest."),
                List.of("Item 7. Results", "Revenue by geographic region: revenue in the Americas, Europe and Asia grew in the year we report."),
                List.of("Item 7. Results", "Operating costs and expenses rose this year as the company hired engineers, opened two plants, "
                        + "moved its headquarters, renewed its leases, trained its staff and paid more for freight and energy than before, "
                        + "while revenue rose less."),
                List.of("Item 7. Results", "Sales by geography: the Americas, Europe and Asia.")));
    }

    private SearchIndex embedded() throws Exception {
        SearchIndex index = SearchIndex.recreate(dir, IndexSettings.current().withEmbedding(OnnxEmbedder.MINILM));
        index.add(filing());
        return index;
    }

    private static List<Integer> pages(List<Passage> found) {
        return found.stream().map(Passage::page).toList();
    }

    @Test
    void meaning_breaks_a_near_tie_between_keyword_pages_in_favour_of_the_page_closer_to_the_question() throws Exception {
        try (SearchIndex index = embedded()) {
            // vectors pending: keywords alone, the page saying "revenue" twice in fewer words first
            assertThat(pages(index.search("revenue", "How did revenue vary across geographies?", Filters.none(), 3, Priors.none())))
                    .containsExactly(1, 2, 3);
            index.embedPending(n -> { });
            assertThat(pages(index.search("revenue", "How did revenue vary across geographies?", Filters.none(), 3, Priors.none())))
                    .containsExactly(2, 1, 3);
        }
    }

    @Test
    void meaning_does_not_lift_the_keywords_last_page_above_their_first() throws Exception {
        try (SearchIndex index = embedded()) {
            index.embedPending(n -> { });
            // page 3 is the closest to a question about costs, but says "revenue" once in many words
            List<Integer> found = pages(index.search("revenue", "Which costs and expenses rose?", Filters.none(), 3, Priors.none()));
            assertThat(found.get(0)).isEqualTo(1);
            assertThat(found.indexOf(3)).isGreaterThan(found.indexOf(1));
        }
    }

    @Test
    void a_page_no_keyword_matches_is_not_added_however_close_its_meaning() throws Exception {
        try (SearchIndex index = embedded()) {
            index.embedPending(n -> { });
            // page 4 is all geography but never says revenue
            assertThat(pages(index.search("revenue", "Revenue by geography: Americas, Europe, Asia", Filters.none(), 10, Priors.none())))
                    .doesNotContain(4).contains(1, 2, 3);
        }
    }

    @Test
    void the_model_reads_the_question_as_written_and_keywords_search_its_keywords() throws Exception {
        try (SearchIndex index = embedded()) {
            index.embedPending(n -> { });
            QuestionSearch.Result r = new QuestionSearch(index).search("How did revenue vary across geographies?", 3);
            assertThat(queries).contains("How did revenue vary across geographies?");
            assertThat(r.query()).doesNotContain("How did");
            assertThat(pages(r.passages()).get(0)).isEqualTo(2);
        }
    }
}
