package io.tickmark.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the HTML spreading evaluation over the real inline XBRL filings in {@code ../shared/data/sec-ixbrl}. A
 * regression guard with floors a little under the figures measured on 2026-11-29 (inline XBRL facts 1.000, table
 * path core 0.985, core on the face statements 0.999, precision 0.997, recall 0.865).
 */
class HtmlSpreadingEvalIT {

    private static Path dataDir() {
        return Path.of(System.getProperty("tickmark.root", ".")).resolve("../shared/data/sec-ixbrl").normalize();
    }

    @Test
    void reads_inline_xbrl_facts_exactly_and_spreads_the_stripped_tables() throws IOException {
        Path data = dataDir();
        assumeTrue(HtmlSpreadingEval.applies(data), "skipped: no HTML filings with facts CSV at " + data);

        HtmlEvalReport report = HtmlSpreadingEval.run(data, System.out::println);
        System.out.println(report.table());
        System.out.println(report.json());

        JsonNode json = new ObjectMapper().readTree(report.json());
        assertThat(json.get("ixbrl_accuracy").asDouble()).as("inline XBRL facts").isGreaterThanOrEqualTo(0.995);
        assertThat(report.tables().failedDocs()).isZero();
        assertThat(json.get("core_accuracy").asDouble()).as("table path core accuracy").isGreaterThanOrEqualTo(0.975);
        assertThat(json.get("face_core_accuracy").asDouble()).as("table path core accuracy on the face statements")
                .isGreaterThanOrEqualTo(0.99);
        assertThat(json.get("precision").asDouble()).as("table path precision").isGreaterThanOrEqualTo(0.99);
        assertThat(json.get("recall").asDouble()).as("table path recall").isGreaterThanOrEqualTo(0.85);
        assertThat(json.get("ixbrl_core_accuracy").asDouble()).as("core accuracy with tags").isGreaterThanOrEqualTo(0.975);
    }
}
