package io.tickmark.grid;

import io.tickmark.Tickmark;
import io.tickmark.ask.Answer;
import io.tickmark.ask.Asker;
import io.tickmark.metrics.MetricCatalog;
import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.store.FactStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grids over a generated 10-K whose numbers are known, and an evidence source of invented passages: metric cells
 * answer as the metric engine does, free-text cells only from a stating sentence, unknown companies are listed,
 * point in time and staleness hold.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GridTest {
    private FactStore store;
    private SampleCompany company;
    private DocumentInfo document;
    private final FakeEvidence evidence = new FakeEvidence();

    @BeforeAll
    void ingestSample(@TempDir Path dir) throws Exception {
        company = SampleCompany.defaultCompany();
        Path pdf = dir.resolve("northwind-10k.pdf");
        SampleReport.writeTo(company, pdf);
        store = FactStore.openDefault(dir.resolve("store"));
        store.save(Tickmark.spread(pdf));
        document = store.documents().get(0);
        evidence.add(company.name(), document, 7, "Item 1. Business",
                "We sell instruments worldwide. We have manufacturing operations in China and Mexico. Our plants are certified.");
        evidence.add(company.name(), document, 30, "Item 7. Liquidity",
                "The Board approved a share repurchase program in 2021. We did not repurchase shares in 2025.");
    }

    @AfterAll
    void close() {
        store.close();
    }

    private Grid grid(PointInTime time) {
        return new Grid(store, evidence, MetricCatalog.standard(), new KeyTermJudge(), time);
    }

    @Test
    void a_metric_cell_gives_the_metric_engines_answer_for_the_rows_company_with_its_inputs_cited() {
        String question = "What is the FY" + company.fiscalYear() + " capital expenditure amount (in USD millions)?";
        Answer direct = new Asker(store).ask("What is the FY" + company.fiscalYear()
                + " capital expenditure amount (in USD millions) for " + company.name() + "?");

        CellAnswer cell = grid(PointInTime.latest()).cell(company.name(), question, null);

        assertThat(cell.status()).as(cell.notes().toString()).isEqualTo(CellAnswer.Status.ANSWERED);
        assertThat(cell.display()).isEqualTo(direct.display());
        assertThat(cell.value()).isEqualByComparingTo(direct.asked());
        assertThat(cell.unit()).isEqualTo("USD million");
        assertThat(cell.period()).isEqualTo("FY" + company.fiscalYear());
        assertThat(cell.confidence()).isEqualTo(CellAnswer.Confidence.HIGH);
        assertThat(cell.evidence()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.document()).isEqualTo("northwind-10k.pdf");
            assertThat(e.line()).isNotNull();
        });
        assertThat(cell.documentDate()).isEqualTo(PointInTime.shownDate(document));
    }

    @Test
    void a_metric_name_alone_is_asked_for_the_latest_fiscal_year() {
        CellAnswer cell = grid(PointInTime.latest()).cell(company.name(), "capex", null);

        assertThat(cell.kind()).isEqualTo(GridQuestion.Kind.METRIC_NAME);
        assertThat(cell.status()).as(cell.notes().toString()).isEqualTo(CellAnswer.Status.ANSWERED);
        assertThat(cell.period()).isEqualTo("FY" + company.fiscalYear());
    }

    @Test
    void yes_needs_a_passage_sentence_and_cites_its_page() {
        CellAnswer cell = grid(PointInTime.latest()).cell(company.name(), "Does the company have operations in China?", null);

        assertThat(cell.status()).isEqualTo(CellAnswer.Status.YES);
        assertThat(cell.evidence()).singleElement().satisfies(e -> {
            assertThat(e.page()).isEqualTo(7);
            assertThat(e.quote()).isEqualTo("We have manufacturing operations in China and Mexico.");
        });
    }

    @Test
    void without_a_stating_passage_it_lists_the_documents_searched_and_never_says_no() {
        CellAnswer cell = grid(PointInTime.latest()).cell(company.name(), "Does the company invest in nuclear energy?", null);

        assertThat(cell.status()).isEqualTo(CellAnswer.Status.NOT_FOUND);
        assertThat(cell.display()).isEqualTo("no evidence found in 1 document (northwind-10k.pdf)");
        assertThat(cell.evidence()).isEmpty();
    }

    @Test
    void an_unknown_company_is_said_and_the_rest_of_the_grid_is_filled() throws Exception {
        GridResult result = grid(PointInTime.latest()).run(List.of("Larkspur Systems", company.name()), List.of("capex"), 2);

        assertThat(result.complete()).isTrue();
        assertThat(result.cell(0, 0).status()).isEqualTo(CellAnswer.Status.UNKNOWN_COMPANY);
        assertThat(result.cell(1, 0).status()).isEqualTo(CellAnswer.Status.ANSWERED);
        assertThat(result.notes()).anyMatch(n -> n.contains("Larkspur Systems"));
        assertThat(result.evidence()).extracting(Evidence::id).startsWith("E1").doesNotHaveDuplicates();
    }

    @Test
    void as_of_a_date_before_the_filing_nothing_of_it_is_used() {
        LocalDate before = PointInTime.knownFrom(document).minusDays(1);

        CellAnswer metric = grid(new PointInTime(before, null, null)).cell(company.name(), "capex", null);
        CellAnswer text = grid(new PointInTime(before, null, null)).cell(company.name(), "Does the company have operations in China?", null);

        assertThat(metric.status()).isEqualTo(CellAnswer.Status.ABSTAINED);
        assertThat(text.status()).isEqualTo(CellAnswer.Status.NOT_FOUND);
        assertThat(text.display()).startsWith("no evidence found in 0 documents");
    }

    @Test
    void the_single_cell_call_takes_its_own_as_of_date() {
        Grid grid = grid(PointInTime.latest());
        LocalDate before = PointInTime.knownFrom(document).minusDays(1);

        assertThat(grid.cell(company.name(), "capex", before).status()).isEqualTo(CellAnswer.Status.ABSTAINED);
        assertThat(grid.cell(company.name(), "capex", null).status()).isEqualTo(CellAnswer.Status.ANSWERED);
    }

    @Test
    void a_cell_whose_newest_source_is_older_than_the_threshold_is_stale() {
        LocalDate date = PointInTime.shownDate(document);
        PointInTime later = new PointInTime(null, Period.ofDays(30), date.plusDays(31));
        PointInTime fresh = new PointInTime(null, Period.ofDays(30), date.plusDays(29));

        assertThat(grid(later).cell(company.name(), "capex", null).stale()).isTrue();
        assertThat(grid(fresh).cell(company.name(), "capex", null).stale()).isFalse();
    }

    @Test
    void a_judges_verdict_that_quotes_no_passage_is_refused() {
        PassageJudge inventing = (question, name, yesNo, passages) -> new PassageJudge.Verdict(PassageJudge.Outcome.YES, null,
                List.of(new PassageJudge.Quote(0, "We operate nuclear plants.")), "model");
        Grid grid = new Grid(store, evidence, MetricCatalog.standard(), inventing, PointInTime.latest());

        CellAnswer cell = grid.cell(company.name(), "Does the company have operations in China?", null);

        assertThat(cell.status()).isEqualTo(CellAnswer.Status.NOT_FOUND);
        assertThat(cell.notes()).anyMatch(n -> n.contains("refused"));
    }

    @Test
    void questions_are_told_apart_metric_name_metric_question_yes_no_and_text() {
        Grid grid = grid(PointInTime.latest());

        assertThat(grid.question("gross margin").kind()).isEqualTo(GridQuestion.Kind.METRIC_NAME);
        assertThat(grid.question("What is the FY2024 current ratio?").kind()).isEqualTo(GridQuestion.Kind.METRIC);
        assertThat(grid.question("Does the company pay a dividend?").kind()).isEqualTo(GridQuestion.Kind.YES_NO);
        assertThat(grid.question("Who audits the company?").kind()).isEqualTo(GridQuestion.Kind.TEXT);
    }
}
