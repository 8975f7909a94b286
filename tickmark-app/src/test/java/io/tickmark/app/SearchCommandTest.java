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
    void json_carries_each_passage_with_its_file_page_and_the_filters_applied() throws Exception {
        Path pdf = Fixtures.samplePdf(dir.resolve("pdfs/a.pdf"), 2);
        Cli.run("index", "--data-dir", dir.toString(), pdf.toString());

        Cli.Run run = Cli.run("search", "--json", "--data-dir", dir.toString(), "total revenue", "--type", "10-K", "-k", "3");
        var json = io.tickmark.output.SpreadJson.mapper().readTree(run.out());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).as("notes are in the JSON, not on standard error").doesNotContain("note:");
        assertThat(json.path("query").asText()).isEqualTo("total revenue");
        assertThat(json.path("filters").path("documentType").asText()).isEqualTo("10-K");
        assertThat(json.path("passages")).hasSizeBetween(1, 3);
        assertThat(json.path("passages").path(0).path("fileName").asText()).isEqualTo("a.pdf");
        assertThat(json.path("passages").path(0).path("page").asInt()).isPositive();
        assertThat(json.path("passages").path(0).path("snippet").asText()).contains("**");
        assertThat(json.path("notes").isArray()).isTrue();
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
        assertThat(rebuilt.out()).contains("rebuilt", "1 filings", "1 filings in the index");
        assertThat(Cli.run("search", "--data-dir", dir.toString(), "revenue").out()).contains("b.pdf p.").doesNotContain("a.pdf");
    }

    @Test
    void rebuild_without_files_builds_the_index_again_from_the_files_the_store_recorded() throws Exception {
        Path a = Fixtures.samplePdf(dir.resolve("pdfs/a.pdf"), 1);
        Path b = Fixtures.samplePdf(dir.resolve("pdfs/b.pdf"), 2);
        Cli.Run ingest = Cli.run("ingest", "--data-dir", dir.toString(), a.toString(), b.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();

        Cli.Run rebuilt = Cli.run("index", "--rebuild", "--data-dir", dir.toString());

        assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out()).contains("rebuilt", "2 filings", "2 filings in the index");
        assertThat(Cli.run("search", "--data-dir", dir.toString(), "revenue").out()).contains("a.pdf p.");
    }

    @Test
    void a_rebuild_names_the_file_that_is_gone_and_indexes_the_others() throws Exception {
        Path a = Fixtures.samplePdf(dir.resolve("pdfs/a.pdf"), 1);
        Path b = Fixtures.samplePdf(dir.resolve("pdfs/b.pdf"), 2);
        Cli.run("ingest", "--data-dir", dir.toString(), a.toString());
        Cli.run("index", "--data-dir", dir.toString(), b.toString()); // indexed without ingesting: the index records it
        java.nio.file.Files.delete(a);

        Cli.Run rebuilt = Cli.run("index", "--rebuild", "--data-dir", dir.toString());

        assertThat(rebuilt.exit()).isEqualTo(1);
        assertThat(rebuilt.err()).contains("skipped", "a.pdf", "gone");
        assertThat(rebuilt.out()).contains("1 filings in the index");
        assertThat(Cli.run("search", "--data-dir", dir.toString(), "revenue").out()).contains("b.pdf p.").doesNotContain("a.pdf");
    }

    @Test
    void a_rebuild_with_nothing_to_read_keeps_the_old_index() throws Exception {
        Path a = Fixtures.samplePdf(dir.resolve("pdfs/a.pdf"), 1);
        Cli.run("index", "--data-dir", dir.toString(), a.toString());
        java.nio.file.Files.delete(a);

        Cli.Run rebuilt = Cli.run("index", "--rebuild", "--data-dir", dir.toString());

        assertThat(rebuilt.exit()).isEqualTo(1);
        assertThat(rebuilt.err()).contains("the old index is left as it was");
        assertThat(Cli.run("search", "--data-dir", dir.toString(), "revenue").out()).contains("a.pdf p.");
    }

    @Test
    void index_without_files_or_index_says_what_to_give() {
        Cli.Run run = Cli.run("index", "--data-dir", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no search index in", "--rebuild");
    }

    @Test
    void deferred_vectors_are_pending_searches_say_so_and_the_next_index_embeds_them() throws Exception {
        Path a = Fixtures.samplePdf(dir.resolve("pdfs/a.pdf"), 1);

        Cli.Run added = Cli.run("index", "--data-dir", dir.toString(), "--vectors", "all-minilm-l6-v2-q", "--defer-vectors", a.toString());
        Cli.Run meanwhile = Cli.run("search", "--data-dir", dir.toString(), "revenue");
        Cli.Run resumed = Cli.run("index", "--data-dir", dir.toString());
        Cli.Run after = Cli.run("search", "--data-dir", dir.toString(), "revenue");

        assertThat(added.out()).contains("keyword search ready", "passages wait for their vectors");
        assertThat(meanwhile.exit()).isZero();
        assertThat(meanwhile.out()).contains("a.pdf p.");
        assertThat(meanwhile.err()).contains("vectors pending for");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("embedded", "passages/s");
        assertThat(after.err()).doesNotContain("pending");
    }

    @Test
    void filters_by_period_and_filing_date_and_shows_both() throws Exception {
        Path q2 = TextPdfs.quarterly(dir.resolve("pdfs/acme-q2.pdf"), "July 28, 2023");
        Path fy = TextPdfs.annual(dir.resolve("pdfs/acme-10k.pdf"), "February 7, 2023");
        Cli.run("index", "--data-dir", dir.toString(), q2.toString(), fy.toString());

        Cli.Run quarter = Cli.run("search", "--data-dir", dir.toString(), "restructuring liability", "--period", "Q2", "--year", "2023");
        Cli.Run filed = Cli.run("search", "--data-dir", dir.toString(), "restructuring liability",
                "--filed-after", "2023-01-01", "--filed-before", "2023-03-31");
        Cli.Run none = Cli.run("search", "--data-dir", dir.toString(), "restructuring liability", "--period", "Q3");

        assertThat(quarter.exit()).as(quarter.err()).isZero();
        assertThat(quarter.out()).contains("acme-q2.pdf p.2", "Q2/H1", "filed 2023-07-28").doesNotContain("acme-10k.pdf");
        assertThat(filed.out()).contains("acme-10k.pdf p.", "FY", "filed 2023-02-07").doesNotContain("acme-q2.pdf");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.out()).contains("no passage found with these filters");
    }

    @Test
    void a_wrong_date_or_period_is_one_line_naming_the_option_and_the_form_expected() throws Exception {
        Path pdf = Fixtures.samplePdf(dir.resolve("pdfs/a.pdf"), 1);
        Cli.run("index", "--data-dir", dir.toString(), pdf.toString());

        Cli.Run date = Cli.run("search", "--data-dir", dir.toString(), "revenue", "--filed-after", "2023-13-01");
        Cli.Run words = Cli.run("search", "--data-dir", dir.toString(), "revenue", "--filed-before", "last june");
        Cli.Run order = Cli.run("search", "--data-dir", dir.toString(), "revenue", "--filed-after", "2023-06-01", "--filed-before", "2023-01-01");
        Cli.Run period = Cli.run("search", "--data-dir", dir.toString(), "revenue", "--period", "Q5");

        assertThat(date.exit()).isEqualTo(1);
        assertThat(date.errLines()).hasSize(1);
        assertThat(date.err()).contains("--filed-after '2023-13-01' is not a date", "YYYY-MM-DD").doesNotContain("Exception", "\tat ");
        assertThat(words.errLines()).hasSize(1);
        assertThat(words.err()).contains("--filed-before 'last june'");
        assertThat(order.errLines()).hasSize(1);
        assertThat(order.err()).contains("2023-06-01", "2023-01-01");
        assertThat(period.errLines()).hasSize(1);
        assertThat(period.err()).contains("'Q5'", "Q1, Q2, Q3, Q4");
    }

    @Test
    void the_words_are_read_as_a_question_is_unless_exact_is_asked() throws Exception {
        Path pdf = Fixtures.samplePdf(dir.resolve("pdfs/a.pdf"), 1);
        Cli.run("index", "--data-dir", dir.toString(), pdf.toString());

        // an analyst's abbreviation the filing never prints finds the line items it stands for
        Cli.Run read = Cli.run("search", "--data-dir", dir.toString(), "PPE", "-k", "3");
        Cli.Run exact = Cli.run("search", "--data-dir", dir.toString(), "--exact", "PPE");

        assertThat(read.exit()).as(read.err()).isZero();
        assertThat(read.out()).contains("**Property**, **plant** and **equipment**");
        assertThat(exact.exit()).isEqualTo(1);
        assertThat(exact.out()).contains("no passage found");
    }
}
