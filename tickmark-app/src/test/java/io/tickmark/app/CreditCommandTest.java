package io.tickmark.app;

import io.tickmark.Tickmark;
import io.tickmark.facts.TextFinding;
import io.tickmark.document.Hashes;
import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import io.tickmark.store.FactStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    void a_stored_report_s_text_findings_come_from_the_store_and_the_file_is_not_read_again() throws Exception {
        Path data = dir.resolve("data-findings");
        Cli.Run first = Cli.run("credit", report.toString(), "--data-dir", data.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        String sha = Hashes.sha256(Files.readAllBytes(report));
        // a finding the file does not hold: only the store can bring it into the memo
        TextFinding planted = new TextFinding("going concern", "northwind-10k.pdf", 7, "...planted wording only the store holds...", true);
        try (FactStore store = FactStore.openDefault(data)) {
            assertThat(store.textFindings(sha)).as("scanned at ingest, nothing found").contains(List.of());
            assertThat(store.saveTextFindings(sha, List.of(planted))).isTrue();
        }

        Cli.Run again = Cli.run("credit", report.toString(), "--data-dir", data.toString());

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains("(from the store)").doesNotContain("read once");
        assertThat(again.out()).contains("planted wording only the store holds");
    }

    @Test
    void a_report_stored_before_text_findings_were_kept_is_read_once_and_its_scan_kept() throws Exception {
        Path data = dir.resolve("data-old");
        String sha = Hashes.sha256(Files.readAllBytes(report));
        try (FactStore store = FactStore.openDefault(data)) {
            assertThat(store.save(Tickmark.spread(report))).isTrue(); // as stored before V8: no text scan
        }
        Path memo = dir.resolve("old-company-memo.html");
        Cli.Run company = Cli.run("credit", "--company", "northwind", "-o", memo.toString(), "--data-dir", data.toString());
        assertThat(company.exit()).as(company.err()).isZero();
        assertThat(Files.readString(memo)).as("a report never scanned is named, not taken as clean")
                .contains("The text of northwind-10k.pdf was not read for going-concern");

        Cli.Run first = Cli.run("credit", report.toString(), "--data-dir", data.toString());

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("from the store; its text read once");
        try (FactStore store = FactStore.openDefault(data)) {
            assertThat(store.textFindings(sha)).as("scanned now, nothing found, kept").contains(List.of());
        }
        Cli.Run second = Cli.run("credit", report.toString(), "--data-dir", data.toString());
        assertThat(second.err()).contains("(from the store)").doesNotContain("read once");
        Cli.Run companyAgain = Cli.run("credit", "--company", "northwind", "-o", memo.toString(), "--data-dir", data.toString());
        assertThat(companyAgain.exit()).as(companyAgain.err()).isZero();
        assertThat(Files.readString(memo)).doesNotContain("was not read for going-concern");
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

    @Test
    void a_market_cap_completes_altman_z_and_the_memo_labels_it_user_supplied_with_its_date() throws Exception {
        Path memo = dir.resolve("cap").resolve("memo.html");

        Cli.Run run = Cli.run("credit", report.toString(), "--no-store", "--market-cap", "2.5bn", "--market-date", "2025-12-31", "-o", memo.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String html = Files.readString(memo);
        assertThat(html).contains("analyst input:", "2,500.0", "as of 2025-12-31", "user-supplied (--market-cap 2.5bn)", "not a ticked figure",
                "used for Altman Z (X4), FY2025");
        assertThat(html.matches("(?s).*href=\"#s-altman_z-2025\">[0-9].*")).as("Altman Z of FY2025 has a value").isTrue();
    }

    @Test
    void a_market_cap_that_is_not_an_amount_is_a_usage_error_naming_the_option() {
        Cli.Run run = Cli.run("credit", report.toString(), "--no-store", "--market-cap", "lots");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--market-cap lots", "25.4e9");
    }

    @Test
    void amounts_are_read_with_separators_exponents_and_scale_words() {
        assertThat(CreditCommand.amount("25.4e9")).isEqualByComparingTo("25400000000");
        assertThat(CreditCommand.amount("25,400,000,000")).isEqualByComparingTo("25400000000");
        assertThat(CreditCommand.amount("25.4bn")).isEqualByComparingTo("25400000000");
        assertThat(CreditCommand.amount("900m")).isEqualByComparingTo("900000000");
        assertThat(CreditCommand.amount("12x")).isNull();
    }

    @Test
    void a_language_model_that_cannot_be_reached_still_gives_the_memo_with_the_template_narrative_and_the_reason() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path memo = dir.resolve("llm").resolve("memo.html");

        Cli.Run run = Cli.run("credit", report.toString(), "--no-store", "--llm-url", "http://127.0.0.1:" + port + "/v1", "--llm-model", "m",
                "--llm-timeout", "5", "-o", memo.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(memo)).contains("narrative writer failed", "template narrative");
    }
}
