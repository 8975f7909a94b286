package io.tickmark.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the Chinese evaluation over {@code ../shared/data/cn-annual-reports}: a regression guard with floors under
 * today's figures (318 of 320 line items exact, 3 correct, 0 wrong on 2026-11-29); a wrong answer always fails.
 */
class CnEvalIT {
    @Test
    void readsTheChineseReportsLineItemsAndNeverAnswersWrong() throws IOException {
        Path data = Path.of(System.getProperty("tickmark.root", ".")).resolve("../shared/data/cn-annual-reports").normalize();
        assumeTrue(Files.isRegularFile(data.resolve("line_item_truth.csv")),
                "skipped: no line_item_truth.csv at " + data + " (the shared real-data folder is absent)");
        CnEval.Result result = CnEval.run(data, System.out::println);
        System.out.println(result.table());
        System.out.println(result.json());
        JsonNode json = new ObjectMapper().readTree(result.json());
        assertThat(json.get("eval").asText()).isEqualTo("cn");
        assertThat(json.get("failed_reports").asInt()).isZero();
        assertThat(result.items()).hasSize(320);
        assertThat(result.accuracy()).isGreaterThanOrEqualTo(0.98);
        assertThat(result.count(CnQuestions.Grade.WRONG)).isZero();
        assertThat(result.count(CnQuestions.Grade.CORRECT)).isGreaterThanOrEqualTo(3);
    }
}
