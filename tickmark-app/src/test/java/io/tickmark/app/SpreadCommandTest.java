package io.tickmark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spread command as a user meets it. Good files here are real sample PDFs whose spreads were
 * stored beforehand (hand-made, with a company name the spreader could never find), so these
 * tests exercise the command, the store fast path and the writers, not the spreader.
 */
class SpreadCommandTest {
    @TempDir
    Path dir;

    @Test
    void no_command_is_a_usage_error_that_lists_the_commands() {
        Cli.Run run = Cli.run();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("spread", "ingest", "demo", "eval", "bench");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknown_option_is_a_usage_error() {
        Cli.Run run = Cli.run("spread", "--colour", "red", "x.pdf");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--colour");
    }

    @Test
    void not_a_pdf_gives_one_line_naming_the_file_and_exit_1() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "quarterly notes, not a report");

        Cli.Run run = Cli.run("spread", notes.toString(), "--data-dir", dir.resolve("data").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().satisfies(line -> {
            assertThat(line).contains("notes.txt").contains("not a PDF");
            assertThat(line).doesNotContain("Exception");
        });
        assertThat(run.out()).isEmpty();
    }

    @Test
    void verbose_shows_the_stack_trace_behind_a_problem() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a report");

        Cli.Run run = Cli.run("spread", "--verbose", "--no-store", notes.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("UnreadableDocumentException").contains("\tat ");
    }

    @Test
    void every_input_failing_gives_a_line_each_and_exit_1() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a report");
        Path corrupt = Files.writeString(dir.resolve("corrupt.pdf"), "%PDF-1.7\nthe rest got lost");

        Cli.Run run = Cli.run("spread", "--no-store", notes.toString(), corrupt.toString(), dir.resolve("missing.pdf").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(3);
        assertThat(run.errLines().get(0)).startsWith("[1/3] ").contains("notes.txt", "not a PDF");
        assertThat(run.errLines().get(1)).startsWith("[2/3] ").contains("corrupt.pdf", "corrupt");
        assertThat(run.errLines().get(2)).startsWith("[3/3] ").contains("missing.pdf", "no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void batch_with_one_bad_file_exits_0_and_still_prints_the_good_one() throws IOException {
        Path data = dir.resolve("data");
        Path good = Fixtures.samplePdf(dir.resolve("good.pdf"), 1);
        Fixtures.storeAs(good, "Stored Widgets Inc.", data);
        Path bad = Files.writeString(dir.resolve("bad.pdf"), "not a pdf at all");

        Cli.Run run = Cli.run("spread", bad.toString(), good.toString(), "--data-dir", data.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Stored Widgets Inc.").contains("Revenue");
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).contains("[1/2]", "bad.pdf", "not a PDF");
        assertThat(run.errLines().get(1)).contains("[2/2]", "good.pdf", "from the store");
    }

    @Test
    void a_stored_document_is_loaded_from_the_store_not_spread_again() throws IOException {
        Path data = dir.resolve("data");
        Path report = Fixtures.samplePdf(dir.resolve("report.pdf"), 2);
        Fixtures.storeAs(report, "Stored Widgets Inc.", data);

        Cli.Run run = Cli.run("spread", report.toString(), "--data-dir", data.toString(), "--format", "json");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"company\"").contains("Stored Widgets Inc.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void refresh_spreads_a_stored_document_again_and_replaces_the_stored_spread() throws IOException {
        Path data = dir.resolve("data");
        Path report = Fixtures.samplePdf(dir.resolve("report.pdf"), 2);
        Fixtures.storeAs(report, "Stored Widgets Inc.", data);

        Cli.Run refreshed = Cli.run("spread", report.toString(), "--data-dir", data.toString(), "--refresh");
        Cli.Run after = Cli.run("spread", report.toString(), "--data-dir", data.toString());

        assertThat(refreshed.exit()).as(refreshed.err()).isZero();
        assertThat(refreshed.out()).doesNotContain("Stored Widgets Inc.").contains("Cash flow statement");
        assertThat(after.out()).isEqualTo(refreshed.out());
    }

    @Test
    void a_bank_taxonomy_file_gives_the_spread_its_own_labels() throws IOException {
        Path report = Fixtures.samplePdf(dir.resolve("report.pdf"), 2);
        Path standard = dir.resolve("bank.csv");
        try (var in = io.tickmark.taxonomy.Taxonomy.class.getResourceAsStream("standard.csv")) {
            String csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Files.writeString(standard, csv.replace("\nrevenue,INCOME_STATEMENT,Revenue,", "\nrevenue,INCOME_STATEMENT,Turnover (bank template),"));
        }

        Cli.Run run = Cli.run("spread", report.toString(), "--no-store", "--taxonomy", standard.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Turnover (bank template)");
    }

    @Test
    void a_broken_taxonomy_file_is_one_line_naming_it() throws IOException {
        Path report = Fixtures.samplePdf(dir.resolve("report.pdf"), 2);
        Path broken = Files.writeString(dir.resolve("broken.csv"), "id,statement,label\nrevenue,NOWHERE,Revenue\n");

        Cli.Run run = Cli.run("spread", report.toString(), "--no-store", "--taxonomy", broken.toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("broken.csv line 1").contains("balance").doesNotContain("\tat ");
    }

    @Test
    void the_data_dir_comes_from_TICKMARK_HOME_when_not_given() throws IOException {
        Path data = dir.resolve("home");
        Path report = Fixtures.samplePdf(dir.resolve("report.pdf"), 3);
        Fixtures.storeAs(report, "Home Store Ltd.", data);

        Cli.Run run = Cli.run(Map.of("TICKMARK_HOME", data.toString()), "spread", report.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Home Store Ltd.");
    }

    @Test
    void a_folder_means_its_pdfs_in_name_order() throws IOException {
        Path data = dir.resolve("data");
        Path folder = dir.resolve("filings");
        Fixtures.storeAs(Fixtures.samplePdf(folder.resolve("b.pdf"), 4), "Second Corp", data);
        Fixtures.storeAs(Fixtures.samplePdf(folder.resolve("a.pdf"), 5), "First Corp", data);
        Files.writeString(folder.resolve("readme.txt"), "not a filing");

        Cli.Run run = Cli.run("spread", folder.toString(), "--data-dir", data.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out().indexOf("First Corp")).isNotNegative().isLessThan(run.out().indexOf("Second Corp"));
        assertThat(run.errLines()).hasSize(2).noneMatch(l -> l.contains("readme.txt"));
    }

    @Test
    void a_folder_without_pdfs_is_a_problem_named_in_one_line() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        Cli.Run run = Cli.run("spread", "--no-store", empty.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("empty", "no .pdf or .html files");
    }

    @Test
    void no_store_neither_reads_nor_creates_the_store() throws IOException {
        Path data = dir.resolve("data");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a report");

        Cli.Run run = Cli.run("spread", "--no-store", notes.toString(), "--data-dir", data.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(data).doesNotExist();
    }

    @Test
    void xlsx_to_standard_output_is_refused_with_a_clear_message() throws IOException {
        Path report = Fixtures.samplePdf(dir.resolve("report.pdf"), 6);

        Cli.Run run = Cli.run("spread", report.toString(), "--format", "xlsx", "--data-dir", dir.resolve("data").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("xlsx").contains("-o");
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void xlsx_with_an_output_file_writes_a_workbook() throws IOException {
        Path data = dir.resolve("data");
        Path report = Fixtures.samplePdf(dir.resolve("report.pdf"), 7);
        Fixtures.storeAs(report, "Workbook Co.", data);
        Path xlsx = dir.resolve("out").resolve("spread.xlsx");

        Cli.Run run = Cli.run("spread", report.toString(), "-f", "xlsx", "-o", xlsx.toString(), "--data-dir", data.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllBytes(xlsx)).startsWith('P', 'K');
        assertThat(leftovers(xlsx.getParent())).isEmpty();
    }

    @Test
    void unknown_format_with_an_output_file_leaves_no_file() throws IOException {
        Path data = dir.resolve("data");
        Path report = Fixtures.samplePdf(dir.resolve("report.pdf"), 8);
        Fixtures.storeAs(report, "Format Co.", data);
        Path out = dir.resolve("spread.ods");

        Cli.Run run = Cli.run("spread", report.toString(), "--format", "ods", "-o", out.toString(), "--data-dir", data.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown output format 'ods'").contains("table, json, csv, xlsx");
        assertThat(out).doesNotExist();
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void a_store_that_cannot_be_opened_is_one_line_and_exit_1() throws IOException {
        Path report = Fixtures.samplePdf(dir.resolve("report.pdf"), 9);

        Cli.Run run = Cli.run("spread", report.toString(), "--store", "jdbc:nosuchdb://localhost/x?password=secret");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .contains("jdbc:nosuchdb").contains("--verbose").doesNotContain("secret");
    }

    /** Temporary files left behind by an interrupted write. */
    private static List<Path> leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
