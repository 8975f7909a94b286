package io.tickmark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The ask command after the demo filled the store with the sample 10-K. */
class AskCommandTest {
    @TempDir
    Path dir;

    @Test
    void answers_with_the_formula_and_ticked_inputs_and_exit_0() {
        Cli.run("demo", "--data-dir", dir.toString());

        Cli.Run run = Cli.run("ask", "--data-dir", dir.toString(),
                "What is the FY2025 capital expenditure amount (in USD millions) for Northwind Instruments?");

        assertThat(run.exit()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("million", "formula: capital_expenditure", "✓ northwind-10k.pdf p.");
    }

    @Test
    void a_question_it_cannot_parse_says_so_and_exits_1() {
        Cli.run("demo", "--data-dir", dir.toString());

        Cli.Run run = Cli.run("ask", "--data-dir", dir.toString(), "Is Northwind a good investment?");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("not understood: I can't parse this as a metric question");
    }

    @Test
    void json_answer_carries_the_sources() {
        Cli.run("demo", "--data-dir", dir.toString());

        Cli.Run run = Cli.run("ask", "--json", "--data-dir", dir.toString(),
                "What is the FY2025 capital expenditure amount (in USD millions) for Northwind Instruments?");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"status\" : \"ANSWERED\"", "\"page\"", "\"rawValue\"");
    }

    @Test
    void a_question_for_the_evidence_gets_cited_passages_from_the_index() {
        Cli.run("demo", "--data-dir", dir.toString());
        Cli.run("index", "--data-dir", dir.toString(), dir.resolve("sample/northwind-10k.pdf").toString());

        Cli.Run run = Cli.run("ask", "--data-dir", dir.toString(), "What drove the change in net sales at Northwind Instruments?");

        assertThat(run.exit()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("No language model is configured", "1. northwind-10k.pdf p.");
    }

    @Test
    void without_an_index_it_says_how_to_get_the_evidence() {
        Cli.run("demo", "--data-dir", dir.toString());

        Cli.Run run = Cli.run("ask", "--data-dir", dir.toString(), "What drove the change in net sales at Northwind Instruments?");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("tickmark index");
    }
}
