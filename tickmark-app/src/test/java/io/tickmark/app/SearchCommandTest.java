package io.tickmark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The index and search commands over generated sample 10-Ks. */
class SearchCommandTest {
    @TempDir
    Path dir;

    @Test
    void indexes_a_filing_once_and_finds_cited_passages() throws Exception {
        Path pdf = Fixtures.samplePdf(dir.resolve("pdfs/northwind-10k.pdf"), 1);
        String index = dir.resolve("idx").toString();

        Cli.Run first = Cli.run("index", "--index", index, pdf.toString());
        Cli.Run again = Cli.run("index", "--index", index, pdf.toString());
        Cli.Run search = Cli.run("search", "--index", index, "cash flows from investing activities", "-k", "3");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("indexed northwind-10k.pdf", "passages", "1 filings in the index");
        assertThat(again.out()).contains("already indexed northwind-10k.pdf").contains("1 filings in the index");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).startsWith("1. ").contains("northwind-10k.pdf p.", "**investing**");
    }

    @Test
    void the_index_lives_in_the_data_dir_by_default() throws Exception {
        Path pdf = Fixtures.samplePdf(dir.resolve("pdfs/a.pdf"), 2);

        Cli.run("index", "--data-dir", dir.toString(), pdf.toString());
        Cli.Run search = Cli.run("search", "--data-dir", dir.toString(), "revenue");

        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(dir.resolve("index")).isDirectory();
    }

    @Test
    void a_company_not_indexed_is_said_and_exits_1() throws Exception {
        Path pdf = Fixtures.samplePdf(dir.resolve("pdfs/a.pdf"), 1);
        Cli.run("index", "--data-dir", dir.toString(), pdf.toString());

        Cli.Run run = Cli.run("search", "--data-dir", dir.toString(), "revenue", "--company", "Contoso");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no company named 'Contoso'");
    }

    @Test
    void a_query_of_only_common_words_is_refused() throws Exception {
        Path pdf = Fixtures.samplePdf(dir.resolve("pdfs/a.pdf"), 1);
        Cli.run("index", "--data-dir", dir.toString(), pdf.toString());

        Cli.Run run = Cli.run("search", "--data-dir", dir.toString(), "the");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no searchable words");
    }

    @Test
    void search_without_an_index_says_how_to_make_one() {
        Cli.Run run = Cli.run("search", "--data-dir", dir.toString(), "revenue");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no search index in", "tickmark index");
    }

    @Test
    void rebuild_empties_the_index_first() throws Exception {
        Path a = Fixtures.samplePdf(dir.resolve("pdfs/a.pdf"), 1);
        Path b = Fixtures.samplePdf(dir.resolve("pdfs/b.pdf"), 2);
        Cli.run("index", "--data-dir", dir.toString(), a.toString(), b.toString());

        Cli.Run rebuilt = Cli.run("index", "--rebuild", "--data-dir", dir.toString(), b.toString());

        assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out()).contains("indexed b.pdf", "1 filings in the index");
    }
}
