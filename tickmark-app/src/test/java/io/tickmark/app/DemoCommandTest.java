package io.tickmark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo: the README's main job on nothing but the embedded defaults. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demo_writes_the_sample_report_into_the_data_dir() throws IOException {
        Cli.Run run = Cli.run("demo", "--data-dir", dir.toString());

        Path sample = dir.resolve("sample").resolve("northwind-10k.pdf");
        assertThat(sample).isRegularFile();
        assertThat(new String(Files.readAllBytes(sample), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(run.err()).contains("Northwind Instruments Corporation").contains(sample.toString());
    }

    @Test
    void demo_refuses_xlsx_without_a_file_before_writing_anything() {
        Cli.Run run = Cli.run("demo", "--data-dir", dir.resolve("data").toString(), "--format", "xlsx");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(dir.resolve("data")).doesNotExist();
    }

    /** Needs the real spreader (Spreader.spread is a stub until the lead merges it). */
    @Test
    void demo_prints_the_spread_with_the_three_statement_titles() {
        Cli.Run run = Cli.run("demo", "--data-dir", dir.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsIgnoringCase("Northwind Instruments Corporation")
                .contains("Balance sheet", "Income statement", "Cash flow statement");
    }

    @Test
    void demo_writes_the_sample_companys_credit_memo() throws IOException {
        Cli.Run run = Cli.run("demo", "--data-dir", dir.toString());

        Path memo = dir.resolve("sample").resolve("northwind-credit-memo.html");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(memo)).contains("Credit memo", "Risk rating", "northwind-10k.pdf#page=");
        assertThat(run.err()).contains("credit memo").contains(memo.toString());
    }

    /** Needs the real spreader (Spreader.spread is a stub until the lead merges it). */
    @Test
    void demo_run_again_loads_the_same_spread_from_the_store() {
        Cli.Run first = Cli.run("demo", "--data-dir", dir.toString());
        Cli.Run second = Cli.run("demo", "--data-dir", dir.toString(), "--format", "json");
        Cli.Run fresh = Cli.run("spread", "--no-store", dir.resolve("sample").resolve("northwind-10k.pdf").toString(), "--format", "json");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(second.err()).contains("Loaded its spread from");
        assertThat(second.out()).isEqualTo(fresh.out());
    }
}
