package io.tickmark.ask;

import io.tickmark.Tickmark;
import io.tickmark.facts.Period;
import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import io.tickmark.sample.SampleTruth;
import io.tickmark.store.FactStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metric questions end to end over a generated 10-K whose every number is known: spread, stored,
 * asked in words; the answers must equal the arithmetic on the printed figures and cite them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AskerTest {
    private FactStore store;
    private SampleTruth truth;
    private Asker asker;
    private SampleCompany company;

    @BeforeAll
    void ingestSample(@TempDir Path dir) throws Exception {
        company = SampleCompany.defaultCompany();
        Path pdf = dir.resolve("northwind-10k.pdf");
        truth = SampleReport.writeTo(company, pdf);
        store = FactStore.openDefault(dir.resolve("store"));
        store.save(Tickmark.spread(pdf));
        asker = new Asker(store);
    }

    @AfterAll
    void close() {
        store.close();
    }

    private BigDecimal value(String concept, int yearsBack, boolean instant) {
        Period p = instant ? company.balancePeriods().get(yearsBack) : company.flowPeriods().get(yearsBack);
        return truth.value(concept, p);
    }

    @Test
    void answers_a_ratio_defined_in_the_question_with_every_input_ticked() {
        int fy = company.fiscalYear();
        Answer a = asker.ask("What is the FY" + fy + " working capital ratio for Northwind Instruments? Define working capital ratio"
                + " as total current assets divided by total current liabilities. Round your answer to two decimal places.");

        assertThat(a.status()).as(a.message()).isEqualTo(Answer.Status.ANSWERED);
        BigDecimal expected = value("total_current_assets", 0, true).divide(value("total_current_liabilities", 0, true), MathContext.DECIMAL64);
        assertThat(a.asked().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(expected.setScale(2, RoundingMode.HALF_UP));
        assertThat(a.formula()).isEqualTo("total_current_assets / total_current_liabilities");
        assertThat(a.inputs()).extracting(i -> i.fact().source().document()).containsOnly("northwind-10k.pdf");
        assertThat(a.inputs()).allSatisfy(i -> assertThat(i.fact().source().page()).isIn(truth.statement(io.tickmark.statement.StatementType.BALANCE_SHEET).pages()));
    }

    @Test
    void answers_a_line_item_outflow_as_a_positive_amount_in_the_asked_scale() {
        Answer a = asker.ask("What is the FY" + company.fiscalYear() + " capital expenditure amount (in USD millions) for Northwind Instruments?");

        assertThat(a.status()).as(a.message()).isEqualTo(Answer.Status.ANSWERED);
        assertThat(a.asked()).isEqualByComparingTo(value("capex", 0, false).abs().movePointLeft(6));
        assertThat(a.display()).endsWith("million");
    }

    @Test
    void averages_balances_over_two_year_ends_for_a_turnover() {
        int fy = company.fiscalYear();
        Answer a = asker.ask("What is the FY" + fy + " inventory turnover ratio for Northwind Instruments? Inventory turnover ratio is"
                + " defined as: (FY" + fy + " COGS) / (average inventory between FY" + (fy - 1) + " and FY" + fy + ")."
                + " Round your answer to two decimal places.");

        assertThat(a.status()).as(a.message()).isEqualTo(Answer.Status.ANSWERED);
        BigDecimal avg = value("inventory", 0, true).add(value("inventory", 1, true)).divide(BigDecimal.valueOf(2));
        BigDecimal expected = value("cost_of_revenue", 0, false).abs().divide(avg, MathContext.DECIMAL64);
        assertThat(a.asked().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(expected.setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void a_company_not_in_the_store_is_named_and_not_guessed() {
        Answer a = asker.ask("What is the FY" + company.fiscalYear() + " capital expenditure amount (in USD millions) for Larkspur Systems?");

        assertThat(a.status()).isEqualTo(Answer.Status.ABSTAINED);
        assertThat(a.message()).contains("no company named Larkspur Systems");
        assertThat(a.value()).isNull();
    }

    @Test
    void a_year_the_filings_do_not_cover_says_which_input_is_missing() {
        Answer a = asker.ask("What is the FY2009 capital expenditure amount (in USD millions) for Northwind Instruments?");

        assertThat(a.status()).isEqualTo(Answer.Status.ABSTAINED);
        assertThat(a.message()).contains("capex FY2009 not found");
    }

    @Test
    void a_question_that_is_not_a_metric_question_says_what_it_recognised() {
        Answer a = asker.ask("What drove the change in operating margin at Northwind Instruments?");

        assertThat(a.status()).isEqualTo(Answer.Status.NOT_UNDERSTOOD);
        assertThat(a.message()).startsWith("I can't parse this as a metric question").contains("Northwind Instruments");
    }
}
