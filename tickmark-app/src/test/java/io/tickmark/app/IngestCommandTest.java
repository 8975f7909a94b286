package io.tickmark.app;

import io.tickmark.Tickmark;
import io.tickmark.document.Hashes;
import io.tickmark.store.FactStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest command: one status line per file, the batch going on past bad files. */
class IngestCommandTest {
    @TempDir
    Path dir;

    @Test
    void a_stored_document_is_reported_as_already_stored() throws IOException {
        Path data = dir.resolve("data");
        Path report = Fixtures.samplePdf(dir.resolve("report.pdf"), 11);
        Fixtures.storeAs(report, "Stored Widgets Inc.", data);

        Cli.Run run = Cli.run("ingest", report.toString(), "--data-dir", data.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).singleElement().asString().startsWith("already stored").contains("report.pdf");
        assertThat(run.err()).contains("1 file: 1 already stored");
    }

    @Test
    void bad_files_are_a_failed_line_each_and_the_good_one_still_counts() throws IOException {
        Path data = dir.resolve("data");
        Path report = Fixtures.samplePdf(dir.resolve("report.pdf"), 12);
        Fixtures.storeAs(report, "Stored Widgets Inc.", data);
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a report");

        Cli.Run run = Cli.run("ingest", notes.toString(), report.toString(), "--data-dir", data.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith("failed").contains("notes.txt", "not a PDF"));
        assertThat(run.err()).contains("2 files: 1 already stored, 1 failed");
    }

    @Test
    void only_bad_files_exit_1() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a report");

        Cli.Run run = Cli.run("ingest", notes.toString(), dir.resolve("gone.pdf").toString(), "--data-dir", dir.resolve("data").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).filteredOn(l -> l.startsWith("failed")).hasSize(2);
    }

    /** Needs the real spreader (Spreader.spread is a stub until the lead merges it). */
    @Test
    void a_new_report_is_stored_once() throws IOException {
        Path data = dir.resolve("data");
        Path report = Fixtures.samplePdf(dir.resolve("report.pdf"), 13);

        Cli.Run first = Cli.run("ingest", report.toString(), "--data-dir", data.toString());
        Cli.Run second = Cli.run("ingest", report.toString(), "--data-dir", data.toString());

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("stored").contains("report.pdf");
        assertThat(second.out()).startsWith("already stored");
        try (FactStore store = Tickmark.openStore(null, data)) {
            String sha = Hashes.sha256(Files.readAllBytes(report));
            assertThat(store.contains(sha)).isTrue();
            assertThat(store.textFindings(sha)).as("its text scanned at ingest, so a credit memo never parses the file again").isPresent();
        }
    }

    @Test
    void an_ingested_report_is_searchable_at_once_and_one_stored_before_is_added_when_ingested_again() throws IOException {
        Path data = dir.resolve("data");
        Path report = Fixtures.samplePdf(dir.resolve("report.pdf"), 14);
        Path older = Fixtures.samplePdf(dir.resolve("older.pdf"), 15);
        Cli.run("ingest", "--no-index", older.toString(), "--data-dir", data.toString());
        assertThat(Cli.run("search", "revenue", "--data-dir", data.toString()).exit()).as("--no-index left the index alone").isNotZero();

        Cli.Run ingest = Cli.run("ingest", report.toString(), older.toString(), "--data-dir", data.toString());
        Cli.Run search = Cli.run("search", "total assets", "-k", "50", "--data-dir", data.toString());

        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("report.pdf p.").contains("older.pdf p.");
        Cli.Run again = Cli.run("ingest", report.toString(), "--data-dir", data.toString());
        assertThat(again.out()).startsWith("already stored");
        assertThat(again.err()).doesNotContain("note:");
    }

    @Test
    void a_filing_without_statements_is_added_to_the_search_index_only() throws IOException {
        Path data = dir.resolve("data");
        Path current = TextPdfs.write(dir.resolve("acme-8k.pdf"), java.util.List.of(
                java.util.List.of("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "FORM 8-K", "CURRENT REPORT",
                        "ACME WIDGETS CORPORATION", "(Exact name of registrant as specified in its charter)"),
                java.util.List.of("Item 5.02. Departure of Directors or Certain Officers",
                        "Jane Roe, formerly Chief Executive Officer of Gadget Stores, was appointed Chief Executive Officer.")));

        Cli.Run ingest = Cli.run("ingest", current.toString(), "--data-dir", data.toString());
        Cli.Run search = Cli.run("search", "appointed chief executive", "--data-dir", data.toString());
        Cli.Run without = Cli.run("ingest", "--no-index", current.toString(), "--data-dir", dir.resolve("other").toString());

        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).startsWith("searchable").contains("acme-8k.pdf", "8-K", "search index only");
        assertThat(ingest.err()).contains("1 file: 1 searchable only");
        assertThat(search.out()).contains("acme-8k.pdf p.2");
        try (FactStore store = Tickmark.openStore(null, data)) {
            assertThat(store.contains(Hashes.sha256(Files.readAllBytes(current)))).as("no figures to store").isFalse();
        }
        assertThat(without.exit()).as("nowhere to put it").isEqualTo(1);
        assertThat(without.err()).contains("failed", "no balance sheet, income statement or cash flow statement found");
    }
}
