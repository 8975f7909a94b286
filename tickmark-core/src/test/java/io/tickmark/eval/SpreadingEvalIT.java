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
 * No accuracy threshold yet: it proves the run completes over real data and the report is well formed.
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
    }
}
