package io.tickmark.eval;

import io.tickmark.ask.Asker;
import io.tickmark.store.FactStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A regression guard over the real FinanceBench metric questions (the measurement is
 * {@code tickmark eval financebench}): no wrong answer, and most present questions answered
 * (32 of 32 on 2026-11-28).
 */
class FinanceBenchEvalIT {

    @Test
    void answers_the_metric_questions_with_no_wrong_answer(@TempDir Path dir) throws IOException {
        Path data = Path.of(System.getProperty("tickmark.root", ".")).resolve("../shared/data/financebench").normalize();
        assumeTrue(Files.isRegularFile(data.resolve("questions.jsonl")),
                "skipped: no FinanceBench questions at " + data + " (the shared real-data folder is absent)");

        try (FactStore store = FactStore.openDefault(dir)) {
            List<String> documents = FinanceBenchEval.ingest(data.resolve("pdfs"), store, line -> { });
            List<FinanceBenchEval.Graded> graded = FinanceBenchEval.grade(FinanceBenchQuestion.load(data.resolve("questions.jsonl")),
                    documents, new Asker(store)::ask, line -> { });
            System.out.println(FinanceBenchEval.table(graded));
            System.out.println(FinanceBenchEval.json(graded, 0));

            List<FinanceBenchEval.Graded> attempted = graded.stream()
                    .filter(g -> g.question().metric() && g.outcome() != FinanceBenchEval.Outcome.NOT_ATTEMPTED).toList();
            assertThat(attempted).filteredOn(g -> g.outcome() == FinanceBenchEval.Outcome.WRONG)
                    .extracting(g -> g.question().id() + ": gold " + g.question().answer() + ", ours " + g.answer().display())
                    .isEmpty();
            assertThat(attempted).filteredOn(g -> g.outcome() == FinanceBenchEval.Outcome.CORRECT).hasSizeGreaterThanOrEqualTo(attempted.size() * 9 / 10);
        }
    }
}
