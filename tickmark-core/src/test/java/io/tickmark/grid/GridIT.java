package io.tickmark.grid;

import io.tickmark.ask.Answer;
import io.tickmark.ask.Asker;
import io.tickmark.ask.QuestionParser;
import io.tickmark.eval.FinanceBenchEval;
import io.tickmark.eval.FinanceBenchQuestion;
import io.tickmark.store.FactStore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A grid of every FinanceBench company × every FinanceBench metric question gives, in each cell a question was asked
 * of that company, exactly the answer {@code tickmark ask} (the {@link Asker}) gives: same status, same value, same
 * display. The store is kept in target/ between runs (ingesting the PDFs takes minutes).
 */
class GridIT {

    @Test
    void a_grid_of_the_financebench_companies_and_metric_questions_answers_as_ask_does() throws IOException, InterruptedException {
        Path data = Path.of(System.getProperty("tickmark.root", ".")).resolve("../shared/data/financebench").normalize();
        assumeTrue(Files.isRegularFile(data.resolve("questions.jsonl")),
                "skipped: no FinanceBench questions at " + data + " (the shared real-data folder is absent)");

        try (FactStore store = FactStore.openDefault(Path.of("target/grid-it-store"))) {
            List<String> documents = FinanceBenchEval.ingest(data.resolve("pdfs"), store, line -> { });
            List<FinanceBenchQuestion> asked = FinanceBenchQuestion.load(data.resolve("questions.jsonl")).stream()
                    .filter(q -> q.metric() && documents.contains(q.document())).toList();
            // a row names the company as FinanceBench does, with the former names its questions give ("Block | Square")
            QuestionParser parser = new QuestionParser(Map.of());
            Map<String, Set<String>> names = new LinkedHashMap<>();
            for (FinanceBenchQuestion q : asked) {
                Set<String> n = names.computeIfAbsent(q.company(), c -> new LinkedHashSet<>(List.of(c)));
                List<String> mentions = parser.parse(q.question()).companyMentions();
                if (mentions.size() > 1) n.addAll(mentions.subList(1, mentions.size()));
            }
            List<String> rows = names.values().stream().map(s -> String.join(" | ", s)).toList();
            List<String> columns = asked.stream().map(FinanceBenchQuestion::question).distinct().toList();

            GridResult grid = new Grid(store, EvidenceSource.none()).run(rows, columns, 2);

            assertThat(grid.complete()).isTrue();
            Asker asker = new Asker(store);
            List<String> differences = new ArrayList<>();
            int answered = 0;
            for (FinanceBenchQuestion q : asked) {
                int row = new ArrayList<>(names.keySet()).indexOf(q.company());
                CellAnswer cell = grid.cell(row, columns.indexOf(q.question()));
                Answer direct = asker.ask(q.question());
                if (direct.answered()) answered++;
                boolean same = direct.answered()
                        ? cell.status() == CellAnswer.Status.ANSWERED && cell.display().equals(direct.display())
                        && cell.value().compareTo(direct.asked()) == 0 && cell.evidence().size() == direct.inputs().size()
                        : cell.status() == CellAnswer.Status.ABSTAINED && cell.notes().contains(direct.message());
                if (!same) {
                    differences.add(q.id() + " " + q.company() + ": ask " + (direct.answered() ? direct.display() : direct.message())
                            + " / grid " + cell.status() + " " + cell.display());
                }
            }
            System.out.printf("grid %d companies × %d metric questions = %d cells; %d asked pairs, %d answered by ask, %d differ%n",
                    rows.size(), columns.size(), rows.size() * columns.size(), asked.size(), answered, differences.size());
            assertThat(differences).isEmpty();
            assertThat(answered).isGreaterThanOrEqualTo(asked.size() * 9 / 10);
        }
    }
}
