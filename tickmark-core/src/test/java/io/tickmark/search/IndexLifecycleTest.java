package io.tickmark.search;

import io.tickmark.document.Document;
import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The index lifecycle: vectors pending after a filing is added (keyword search meanwhile), embedding stopped or
 * killed half-way and resumed, and the atomic rebuild from the files the filings were read from. A fake embedder
 * (word hashes, the dimension of MiniLM) stands in for the ONNX model so that these tests run in a moment.
 */
class IndexLifecycleTest {
    private static final IndexSettings MINILM = IndexSettings.current().withEmbedding(OnnxEmbedder.MINILM);

    @TempDir
    Path tmp;

    private final AtomicInteger embedded = new AtomicInteger();
    private volatile int failAfter = Integer.MAX_VALUE;

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
                if (embedded.get() + texts.size() > failAfter) throw new IllegalStateException("model crashed");
                embedded.addAndGet(texts.size());
                List<float[]> out = new ArrayList<>();
                for (String t : texts) {
                    float[] v = new float[384];
                    for (String w : t.toLowerCase().split("\\W+")) if (!w.isEmpty()) v[Math.floorMod(w.hashCode(), 384)] += 1;
                    v[0] += 0.01f;
                    out.add(v);
                }
                return out;
            }
        });
    }

    @AfterEach
    void realModel() {
        SearchIndex.useEmbedder(null);
    }

    /** A filing of {@code pages} pages, each about one numbered topic, so it makes more passages than one batch. */
    private static Document filing(String name, int pages) throws Exception {
        List<List<String>> all = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            all.add(List.of("Item " + p + ". Topic " + p, "This page discusses topic" + p + " and the pumps sold to utilities in region " + p + "."));
        }
        all.set(pages - 1, List.of("Item 9. Legal Proceedings", "We are a defendant in several lawsuits alleging defective seals."));
        return TextDocs.of(name, all);
    }

    @Test
    void a_filing_is_searchable_by_keywords_while_its_vectors_are_pending_and_the_count_falls_as_they_come() throws Exception {
        try (SearchIndex index = SearchIndex.recreate(tmp.resolve("idx"), MINILM)) {
            SearchIndex.Added added = index.add(filing("acme-10k.pdf", 60));

            assertThat(index.pendingVectors()).isEqualTo(added.chunks()).isGreaterThan(40);
            assertThat(index.search("lawsuits defective seals", Filters.none(), 1).get(0).page()).isEqualTo(60);

            SearchIndex.Vectored first = index.embedPending(32, () -> false, n -> { });
            assertThat(first.passages()).isEqualTo(32);
            assertThat(index.pendingVectors()).isEqualTo(added.chunks() - 32);
            // half embedded: hybrid search runs, and a passage still without a vector is found by its keywords
            assertThat(index.search("lawsuits defective seals", Filters.none(), 3)).extracting(Passage::page).contains(60);

            index.embedPending(n -> { });
            assertThat(index.pendingVectors()).isZero();
            // each passage embedded once, none twice (plus the one query the hybrid search above embedded)
            assertThat(embedded.get()).isEqualTo(added.chunks() + 1);
        }
    }

    @Test
    void a_query_searched_again_as_a_fallback_reuses_its_vector_instead_of_running_the_model_again() throws Exception {
        try (SearchIndex index = SearchIndex.recreate(tmp.resolve("idx"), MINILM)) {
            index.add(filing("acme-10k.pdf", 10));
            index.embedPending(n -> { });
            int afterIndexing = embedded.get();

            index.search("lawsuits defective seals", Filters.none(), 3);
            index.search("lawsuits defective seals", new Filters(null, null, 2031), 3);
            assertThat(embedded.get() - afterIndexing).isEqualTo(1);

            index.search("pumps sold to utilities", Filters.none(), 3);
            assertThat(embedded.get() - afterIndexing).isEqualTo(2);
        }
    }

    @Test
    void an_embedding_stopped_half_way_keeps_what_it_did_and_the_next_run_embeds_only_the_rest() throws Exception {
        Path dir = tmp.resolve("idx");
        int chunks;
        try (SearchIndex index = SearchIndex.recreate(dir, MINILM)) {
            chunks = index.add(filing("acme-10k.pdf", 120)).chunks();
            AtomicInteger seen = new AtomicInteger();
            SearchIndex.Vectored v = index.embedPending(Integer.MAX_VALUE, () -> seen.get() >= 64, seen::set);
            assertThat(v.passages()).isEqualTo(64);
        }
        try (SearchIndex reopened = SearchIndex.open(dir)) {
            assertThat(reopened.pendingVectors()).isEqualTo(chunks - 64);
            reopened.embedPending(n -> { });
            assertThat(reopened.pendingVectors()).isZero();
        }
        assertThat(embedded.get()).isEqualTo(chunks);
    }

    @Test
    void a_model_failing_half_way_leaves_a_valid_index_with_the_vectors_done_and_the_rest_pending() throws Exception {
        Path dir = tmp.resolve("idx");
        failAfter = 40;
        int chunks;
        try (SearchIndex index = SearchIndex.recreate(dir, MINILM)) {
            chunks = index.add(filing("acme-10k.pdf", 60)).chunks();
            assertThatThrownBy(() -> index.embedPending(n -> { })).hasMessageContaining("model crashed");
        }
        failAfter = Integer.MAX_VALUE;
        try (SearchIndex reopened = SearchIndex.open(dir)) {
            assertThat(reopened.pendingVectors()).isEqualTo(chunks - 32);
            assertThat(reopened.search("lawsuits", Filters.none(), 1).get(0).page()).isEqualTo(60);
            reopened.embedPending(n -> { });
            assertThat(reopened.pendingVectors()).isZero();
        }
    }

    @Test
    void a_repeated_passage_is_read_by_the_model_once_and_every_copy_gets_its_vector() throws Exception {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= 40; p++) pages.add(List.of("Item 7. Results", "Forward-looking statements involve risks and uncertainties."));
        try (SearchIndex index = SearchIndex.recreate(tmp.resolve("idx"), MINILM)) {
            int chunks = index.add(TextDocs.of("repeats.pdf", pages)).chunks();

            SearchIndex.Vectored v = index.embedPending(n -> { });

            assertThat(v.passages()).isEqualTo(chunks);
            assertThat(v.modelled()).isEqualTo(embedded.get()).isLessThan(chunks / 4);
            assertThat(index.pendingVectors()).isZero();
        }
    }

    @Test
    void a_rebuild_reads_the_recorded_files_again_names_the_one_gone_and_indexes_the_others() throws Exception {
        Path a = report(1);
        Path b = report(2);
        Path dir = tmp.resolve("index");
        try (SearchIndex index = SearchIndex.recreate(dir, IndexSettings.current())) {
            index.add(io.tickmark.Tickmark.read(a), a);
            index.add(io.tickmark.Tickmark.read(b), b);
        }
        List<IndexRebuild.Source> sources = SearchIndex.sources(dir);
        assertThat(sources).extracting(IndexRebuild.Source::path).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
        Files.delete(a);

        List<String> heard = new ArrayList<>();
        IndexRebuild.Result r = IndexRebuild.run(dir, MINILM, sources, (i, total, step) -> heard.add(i + "/" + total));

        assertThat(heard).containsExactly("1/2", "2/2");
        assertThat(r.skipped()).singleElement().extracting(IndexRebuild.Step::problem).asString().contains("r1.pdf", "gone");
        assertThat(r.indexed()).hasSize(1);
        try (SearchIndex rebuilt = SearchIndex.open(dir)) {
            assertThat(rebuilt.settings().embeddingModel()).isEqualTo(OnnxEmbedder.MINILM);
            assertThat(rebuilt.filings()).extracting(Filing::fileName).containsExactly("r2.pdf");
            assertThat(rebuilt.pendingVectors()).isPositive(); // keywords now, vectors to follow
        }
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain(".index.rebuild", ".index.old");
        }
    }

    @Test
    void a_rebuild_that_can_read_nothing_leaves_the_old_index_as_it_was() throws Exception {
        Path a = report(3);
        Path dir = tmp.resolve("index");
        try (SearchIndex index = SearchIndex.recreate(dir, IndexSettings.current())) {
            index.add(io.tickmark.Tickmark.read(a), a);
        }
        List<IndexRebuild.Source> sources = SearchIndex.sources(dir);
        Files.delete(a);

        assertThatThrownBy(() -> IndexRebuild.run(dir, IndexSettings.current(), sources, (i, t, s) -> { }))
                .hasMessageContaining("none of the 1 files").hasMessageContaining("left as it was");

        try (SearchIndex old = SearchIndex.open(dir)) {
            assertThat(old.filings()).extracting(Filing::fileName).containsExactly("r3.pdf");
            assertThat(old.search("revenue", Filters.none(), 1)).isNotEmpty();
        }
    }

    @Test
    void a_file_changed_since_it_was_stored_is_not_indexed_as_if_it_were_the_stored_one() throws Exception {
        Path a = report(4);
        Path b = report(5);
        String shaOfA = io.tickmark.Tickmark.read(a).sha256();
        Files.copy(b, a, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        IndexRebuild.Result r = IndexRebuild.run(tmp.resolve("index"), IndexSettings.current(),
                List.of(new IndexRebuild.Source(shaOfA, "r4.pdf", a), new IndexRebuild.Source(null, "r5.pdf", b)), (i, t, s) -> { });

        assertThat(r.skipped()).singleElement().extracting(IndexRebuild.Step::problem).asString().contains("changed since it was stored");
    }

    @Test
    void a_swap_cut_off_between_its_two_renames_is_undone_when_the_index_is_next_opened() throws Exception {
        Path dir = tmp.resolve("index");
        try (SearchIndex index = SearchIndex.recreate(dir, IndexSettings.current())) {
            index.add(filing("acme-10k.pdf", 3));
        }
        // the old index was renamed aside, then the process died before the new one was renamed in
        Files.move(dir, tmp.resolve(".index.old"));
        Files.writeString(tmp.resolve("note.txt"), "x", StandardCharsets.UTF_8);

        try (SearchIndex back = SearchIndex.open(dir)) {
            assertThat(back.filings()).hasSize(1);
        }
        assertThat(tmp.resolve(".index.old")).doesNotExist();
    }

    private Path report(long seed) throws Exception {
        Path file = tmp.resolve("files").resolve("r" + seed + ".pdf");
        Files.createDirectories(file.getParent());
        SampleReport.writeTo(SampleCompany.fromSeed(seed), file);
        return file;
    }
}
