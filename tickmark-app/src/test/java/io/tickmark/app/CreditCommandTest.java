package io.tickmark.app;

import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** tickmark credit: a report in, a memo out; bad input said in one line, nothing half written. */
class CreditCommandTest {
    @TempDir
    static Path dir;
    static Path report;

    @BeforeAll
    static void sample() throws Exception {
        report = dir.resolve("northwind-10k.pdf");
        SampleReport.writeTo(SampleCompany.defaultCompany(), report);
    }

    @Test
    void a_report_in_a_memo_out_and_then_the_same_company_from_the_store() throws Exception {
        Path data = dir.resolve("data");
        Path memo = dir.resolve("out").resolve("memo.html");

        Cli.Run run = Cli.run("credit", report.toString(), "-o", memo.toString(), "--data-dir", data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(memo)).contains("Credit memo", "<svg");
        assertThat(run.err()).contains("Wrote the credit memo");

        Cli.Run stored = Cli.run("credit", "--company", "northwind", "--data-dir", data.toString());
        assertThat(stored.exit()).as(stored.err()).isZero();
        assertThat(stored.out()).contains("Credit memo: NORTHWIND").contains("scorecard rates");
        assertThat(stored.err()).contains("Using 1 stored report");
    }

    @Test
    void a_memo_file_of_unknown_kind_is_a_usage_error_before_any_work() {
        Path memo = dir.resolve("memo.docx");

        Cli.Run run = Cli.run("credit", report.toString(), "-o", memo.toString(), "--no-store");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(".pdf, .html, .xlsx or .json");
        assertThat(memo).doesNotExist();
    }

    @Test
    void a_missing_report_is_named_and_no_memo_written() {
        Path memo = dir.resolve("none.pdf");

        Cli.Run run = Cli.run("credit", dir.resolve("nope.pdf").toString(), "-o", memo.toString(), "--no-store");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("nope.pdf").doesNotContain("Exception");
        assertThat(memo).doesNotExist();
    }

    @Test
    void a_broken_scorecard_file_is_refused_in_one_line_naming_its_line() throws Exception {
        Path card = dir.resolve("card.csv");
        Files.writeString(card, "kind,name,metric,weight,direction,cutoffs\nfactor,Leverage,debt_to_ebitda,20,sideways,1|2|3|4\ngrade,A,,,,0\n");

        Cli.Run run = Cli.run("credit", report.toString(), "--scorecard", card.toString(), "--no-store");

        assertThat(run.exit()).isNotZero();
        assertThat(run.errLines()).singleElement().asString().contains("card.csv line 2").contains("sideways");
    }

    @Test
    void an_unknown_company_is_said_in_one_line() {
        Cli.Run run = Cli.run("credit", "--company", "Nobody Ltd", "--data-dir", dir.resolve("empty").toString());

        assertThat(run.exit()).isNotZero();
        assertThat(run.errLines()).singleElement().asString().contains("no company named 'Nobody Ltd'");
    }
}
