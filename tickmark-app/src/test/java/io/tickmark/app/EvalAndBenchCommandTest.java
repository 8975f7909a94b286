package io.tickmark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The eval and bench commands check what they are given before any long run starts. */
class EvalAndBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void eval_spreading_without_its_data_folder_says_so_in_one_line() {
        Path missing = dir.resolve("no-such-data");

        Cli.Run run = Cli.run("eval", "spreading", "--data", missing.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains(missing.toString(), "not found", "--data");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_group_without_its_command_is_a_usage_error_naming_every_command_of_the_group() {
        Cli.Run eval = Cli.run("eval");
        Cli.Run bench = Cli.run("bench");
        Cli.Run none = Cli.run();

        assertThat(eval.exit()).isEqualTo(2);
        assertThat(eval.err()).contains("Missing evaluation: spreading, coverage, financebench, evidence or cn");
        assertThat(bench.err()).contains("Missing benchmark: spread, ask, search, grid, credit or serve");
        assertThat(none.err()).contains("Missing command: spread, ingest, demo, ask, index, search, grid, credit, serve, eval or bench");
    }

    @Test
    void help_wraps_each_paragraph_at_the_screen_width_without_a_stub_after_every_line() {
        Cli.Run help = Cli.run("search", "--help");
        java.util.List<String> lines = help.out().lines().toList();
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("Index filings first")).findFirst().orElseThrow());

        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        // the paragraph fills its lines: only its last line may be short; its first sentence is the header above the usage
        assertThat(lines.get(0)).startsWith("Find passages in the indexed filings");
        assertThat(lines.get(first).length()).isGreaterThan(70);
        assertThat(lines.get(first + 1).length()).isGreaterThan(70);
    }

    @Test
    void bench_spread_without_files_or_data_is_a_usage_error() {
        Cli.Run run = Cli.run("bench", "spread");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--data");
    }

    @Test
    void bench_spread_needs_at_least_one_round() {
        Cli.Run run = Cli.run("bench", "spread", "--rounds", "0", "--data", dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--rounds");
    }

    @Test
    void bench_spread_over_a_folder_without_pdfs_says_so() {
        Cli.Run run = Cli.run("bench", "spread", "--data", dir.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("no .pdf files");
    }

    @Test
    void bench_credit_times_the_memo_in_process_and_as_new_processes_against_a_bare_jvm() throws Exception {
        Path data = dir.resolve("data");
        Cli.Run demo = Cli.run("demo", "--data-dir", data.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();

        Cli.Run run = Cli.run("bench", "credit", "--company", "northwind", "--rounds", "1", "--cold", "1", "--data-dir", data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Cold command", "bare JVM start", "beyond JVM start", "phases (median)", "store-open");
        String json = run.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(json).contains("\"bench\":\"credit\"", "\"cold_runs\":1", "\"cold_median_ms\":", "\"analysis\":");
    }

    @Test
    void bench_credit_refuses_a_negative_cold_count() {
        Cli.Run run = Cli.run("bench", "credit", "--company", "x", "--cold", "-1", "--data-dir", dir.toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("--cold");
    }

    @Test
    void eval_evidence_refuses_a_named_index_built_with_another_model_instead_of_wiping_it() throws Exception {
        Path data = dir.resolve("fb");
        Fixtures.samplePdf(data.resolve("pdfs/NORTHWIND_2025_10K.pdf"), 1);
        java.nio.file.Files.writeString(data.resolve("questions.jsonl"), "{\"financebench_id\":\"q1\",\"question_type\":\"domain-relevant\","
                + "\"question\":\"What drove revenue at Northwind in FY2025?\",\"evidence\":[{\"doc_name\":\"NORTHWIND_2025_10K\",\"evidence_page_num\":5}]}\n");
        Path index = dir.resolve("idx");
        Cli.Run built = Cli.run("eval", "evidence", "--data", data.toString(), "--index", index.toString(), "--analyzer", "english");

        Cli.Run other = Cli.run("eval", "evidence", "--data", data.toString(), "--index", index.toString());

        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(built.out()).contains("\"eval\":\"evidence\"", "\"questions\":1");
        assertThat(other.exit()).isEqualTo(1);
        assertThat(other.err()).contains(index.toString(), "analyzer english", "not rebuilt");
        assertThat(Cli.run("eval", "evidence", "--data", data.toString(), "--index", index.toString(), "--analyzer", "english").exit())
                .as("the index is still there, as built").isZero();
    }

    @Test
    void eval_evidence_checks_its_questions_before_indexing_and_skips_a_pdf_it_cannot_read() throws Exception {
        Path data = dir.resolve("fb");
        Fixtures.samplePdf(data.resolve("pdfs/NORTHWIND_2025_10K.pdf"), 1);
        java.nio.file.Files.write(data.resolve("pdfs/BROKEN_2025_10K.pdf"), new byte[]{1, 2, 3, 4, 5, 6, 7, 8});
        Path index = dir.resolve("idx");

        Cli.Run missing = Cli.run("eval", "evidence", "--data", data.toString(), "--index", index.toString());
        assertThat(index).as("nothing indexed for an eval that cannot run").doesNotExist();
        java.nio.file.Files.writeString(data.resolve("questions.jsonl"), "{\"financebench_id\":\"q1\",\"question_type\":\"domain-relevant\","
                + "\"question\":\"What drove revenue at Northwind in FY2025?\",\"evidence\":[{\"doc_name\":\"NORTHWIND_2025_10K\",\"evidence_page_num\":5}]}\n"
                + "{\"financebench_id\":\"q2\",\"question_type\":\"domain-relevant\","
                + "\"question\":\"What drove revenue in FY2025?\",\"evidence\":[{\"doc_name\":\"BROKEN_2025_10K\",\"evidence_page_num\":1}]}\n");
        Cli.Run run = Cli.run("eval", "evidence", "--data", data.toString(), "--index", index.toString());
        java.nio.file.Files.writeString(data.resolve("questions.jsonl"), "{\"financebench_id\":\"q1\"}\nnot json\n");
        Cli.Run broken = Cli.run("eval", "evidence", "--data", data.toString(), "--index", index.toString());

        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("questions.jsonl", "not found");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("skipped BROKEN_2025_10K.pdf");
        assertThat(run.out()).contains("\"questions\":1", "\"skipped\":1");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.errLines()).singleElement().asString().contains("questions.jsonl line 2: not a JSON object").doesNotContain("Source:");
    }
}
