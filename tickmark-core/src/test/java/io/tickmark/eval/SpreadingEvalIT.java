package io.tickmark.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the spreading evaluation over the real FinanceBench filings with XBRL truth in
 * {@code ../shared/data/financebench} (or the folder in system property {@code tickmark.eval.data}).
 * A regression guard, not the measurement (that is {@code tickmark eval spreading}): the run completes
 * over real data, the report is well formed, and accuracy stays above floors well under today's
 * figures (core 0.992, precision 1.0 on 2026-11-28), so a change that breaks spreading fails the build.
 */
class SpreadingEvalIT {

    private static Path dataDir() {
        String override = System.getProperty("tickmark.eval.data");
        if (override != null && !override.isBlank()) return Path.of(override);
        return Path.of(System.getProperty("tickmark.root", ".")).resolve("../shared/data/financebench").normalize();
    }

    @Test
    void evaluates_every_financebench_filing_with_truth_and_reports_one_json_line() throws IOException {
        Path data = dataDir();
        assumeTrue(Files.isDirectory(data.resolve("xbrl-truth")),
                "skipped: no XBRL truth folder at " + data.resolve("xbrl-truth") + " (the shared real-data folder is absent)");

        SpreadingEvalReport report = SpreadingEval.run(data, System.out::println);
        System.out.println(report.table());
        System.out.println(report.json());

        long truthFiles;
        try (Stream<Path> files = Files.list(data.resolve("xbrl-truth"))) {
            truthFiles = files.filter(f -> f.getFileName().toString().endsWith(".facts.csv")).count();
        }
        assertThat(report.documents().size() + report.skipped().size()).isEqualTo(truthFiles);
        JsonNode json = new ObjectMapper().readTree(report.json());
        assertThat(json.get("eval").asText()).isEqualTo("spreading");
        assertThat(json.get("docs").asInt()).isEqualTo(report.documents().size());
        assertThat(json.get("core_total").asInt()).isPositive();
        assertThat(report.failedDocs()).isZero();
        assertThat(report.coreAccuracy()).as("core concept accuracy").isGreaterThanOrEqualTo(0.97);
        assertThat(report.precision()).as("precision").isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void finds_all_three_statements_and_a_balancing_balance_sheet_in_real_10k_filings() throws IOException {
        Path pdfs = dataDir().resolve("pdfs");
        assumeTrue(Files.isDirectory(pdfs), "skipped: no PDF folder at " + pdfs + " (the shared real-data folder is absent)");

        CoverageReport report = SpreadingEval.coverage(pdfs, line -> { });
        System.out.println(report.json());

        long tenK = report.count(CoverageRow::tenK);
        assertThat(report.count(r -> r.tenK() && r.allThree())).as("10-Ks with all three statements").isGreaterThanOrEqualTo((int) Math.round(tenK * 0.95));
        assertThat(report.count(r -> r.tenK() && r.bsIdentity() == io.tickmark.check.CheckResult.Status.PASSED))
                .as("10-Ks whose balance sheet balances").isGreaterThanOrEqualTo((int) Math.round(tenK * 0.9));
        assertThat(report.count(r -> r.bsIdentity() == io.tickmark.check.CheckResult.Status.FAILED)).isZero();
    }
}
