package io.tickmark.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.check.CheckResult.Status;
import io.tickmark.spread.Spread;
import io.tickmark.statement.StatementType;
import io.tickmark.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.tickmark.eval.EvalFixtures.END23;
import static io.tickmark.eval.EvalFixtures.identity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadingEvalTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Spreads "good" files as the hand-made spread and throws for any other. */
    private static final Spreading FAKE = pdf -> {
        if (pdf.getFileName().toString().startsWith("good")) return EvalFixtures.spread();
        throw new IOException("cannot read " + pdf.getFileName());
    };

    private final List<String> progress = new ArrayList<>();

    @Test
    void evaluates_files_with_truth_and_pdf_counts_failures_and_skips_truth_without_pdf(@TempDir Path data) throws IOException {
        Files.createDirectories(data.resolve("xbrl-truth"));
        Files.createDirectories(data.resolve("pdfs"));
        for (String name : List.of("good_2023_10K", "broken_2023_10K", "nopdf_2023_10K")) {
            Files.writeString(data.resolve("xbrl-truth").resolve(name + ".facts.csv"), EvalFixtures.TRUTH_CSV);
        }
        Files.writeString(data.resolve("pdfs/good_2023_10K.pdf"), "");
        Files.writeString(data.resolve("pdfs/broken_2023_10K.pdf"), "");

        SpreadingEvalReport report = SpreadingEval.run(data, progress::add, FAKE, Taxonomy.standard());

        assertThat(report.documents()).extracting(DocumentScore::document).containsExactly("broken_2023_10K", "good_2023_10K");
        assertThat(report.skipped()).singleElement().asString().contains("nopdf_2023_10K");
        JsonNode json = JSON.readTree(report.json());
        assertThat(json.get("eval").asText()).isEqualTo("spreading");
        assertThat(json.get("docs").asInt()).isEqualTo(2);
        assertThat(json.get("failed_docs").asInt()).isEqualTo(1);
        assertThat(json.get("core_total").asInt()).isEqualTo(14);
        assertThat(json.get("core_correct").asInt()).isEqualTo(4);
        assertThat(json.get("core_accuracy").asDouble()).isEqualTo(0.2857);
        assertThat(json.get("precision").asDouble()).isEqualTo(0.7143);
        assertThat(json.get("recall").asDouble()).isEqualTo(0.2778);
        assertThat(json.get("statements_found").asInt()).isEqualTo(3);
        assertThat(report.json()).doesNotContain("\n");
        assertThat(progress).anyMatch(line -> line.contains("broken_2023_10K") && line.contains("cannot read"));
    }

    @Test
    void table_shows_documents_totals_concepts_failures_and_unmatched_numbers(@TempDir Path data) throws IOException {
        Files.createDirectories(data.resolve("xbrl-truth"));
        Files.createDirectories(data.resolve("pdfs"));
        Files.writeString(data.resolve("xbrl-truth/good_2023_10K.facts.csv"), EvalFixtures.TRUTH_CSV);
        Files.writeString(data.resolve("pdfs/good_2023_10K.pdf"), "");

        String table = SpreadingEval.run(data, progress::add, FAKE, Taxonomy.standard()).table();

        assertThat(table).contains("good_2023_10K", "BSISCF", "4/7", "TOTAL 1 docs, 0 failed")
                .contains("net_income", "0/1")
                .contains("Gizmo royalties", "p.40", "12M to 2023-09-30");
    }

    @Test
    void a_folder_without_truth_is_an_error_naming_it(@TempDir Path data) {
        assertThatThrownBy(() -> SpreadingEval.run(data, progress::add, FAKE, Taxonomy.standard()))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("xbrl-truth");
    }

    @Test
    void coverage_counts_complete_and_balanced_spreads_overall_and_for_10k_files(@TempDir Path data) throws IOException {
        Path pdfs = Files.createDirectories(data.resolve("pdfs"));
        for (String name : List.of("good_2022_10K.pdf", "good_2023Q2_10Q.pdf", "broken_2021_10K.pdf", "notes.txt")) {
            Files.writeString(pdfs.resolve(name), "");
        }
        Spreading spreading = pdf -> switch (pdf.getFileName().toString()) {
            case "good_2022_10K.pdf" -> balanced(EvalFixtures.spread());
            case "good_2023Q2_10Q.pdf" -> EvalFixtures.spread(List.of(EvalFixtures.spread().statement(StatementType.BALANCE_SHEET).orElseThrow()), List.of());
            default -> throw new IllegalStateException("spreader bug");
        };

        CoverageReport report = SpreadingEval.coverage(data, progress::add, spreading);

        assertThat(report.rows()).extracting(CoverageRow::file).containsExactly("broken_2021_10K.pdf", "good_2022_10K.pdf", "good_2023Q2_10Q.pdf");
        JsonNode json = JSON.readTree(report.json());
        assertThat(json.get("eval").asText()).isEqualTo("coverage");
        assertThat(json.get("files").asInt()).isEqualTo(3);
        assertThat(json.get("failed").asInt()).isEqualTo(1);
        assertThat(json.get("all_three").asInt()).isEqualTo(1);
        assertThat(json.get("bs_identity_pass").asInt()).isEqualTo(1);
        assertThat(json.get("tenk_files").asInt()).isEqualTo(2);
        assertThat(json.get("tenk_all_three").asInt()).isEqualTo(1);
        assertThat(report.table()).contains("10-K files: 2, all three statements 1", "failed: broken_2021_10K.pdf: IllegalStateException: spreader bug");
    }

    @Test
    void document_type_comes_from_the_spread_or_else_the_file_name() {
        assertThat(SpreadingEval.typeFromName("APPLE_2023Q3_10Q.pdf")).isEqualTo("10-Q");
        assertThat(SpreadingEval.typeFromName("abbv-10-k-2025-02-14.pdf")).isEqualTo("10-K");
        assertThat(SpreadingEval.typeFromName("AMCOR_2022_8K_dated-2022-07-01.pdf")).isEqualTo("8-K");
        assertThat(SpreadingEval.typeFromName("AMCOR_2023Q4_EARNINGS.pdf")).isEqualTo("earnings");
        assertThat(SpreadingEval.typeFromName("annual_report.pdf")).isEqualTo("unknown");
    }

    private static Spread balanced(Spread spread) {
        return EvalFixtures.spread(spread.statements(), List.of(identity(END23, Status.PASSED)));
    }
}
