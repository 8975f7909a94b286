package io.tickmark.eval;

import io.tickmark.facts.Period;
import io.tickmark.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static io.tickmark.eval.EvalFixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

class XbrlTruthTest {

    private static XbrlTruth parse(String csv) throws IOException {
        return XbrlTruth.parse(new StringReader(csv), "test.facts.csv");
    }

    @Test
    void reads_concept_value_unit_period_and_dims_of_each_row(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gizmo.facts.csv");
        Files.writeString(file, EvalFixtures.TRUTH_CSV);

        XbrlTruth truth = XbrlTruth.load(file);

        XbrlFact capex = truth.facts().stream().filter(f -> f.element().equals("PaymentsToAcquirePropertyPlantAndEquipment")).findFirst().orElseThrow();
        assertThat(capex.prefix()).isEqualTo("us-gaap");
        assertThat(capex.concept()).isEqualTo("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment");
        assertThat(capex.value()).isEqualByComparingTo("1577000000");
        assertThat(capex.unit()).isEqualTo("usd");
        assertThat(capex.period()).isEqualTo(Period.duration(LocalDate.of(2023, 9, 30), 12));
        assertThat(capex.faceStatement()).isTrue();
        XbrlFact payable = truth.facts().stream().filter(f -> f.element().equals("AccountsPayableCurrent")).findFirst().orElseThrow();
        assertThat(payable.period()).isEqualTo(Period.instant(LocalDate.of(2023, 9, 30)));
        assertThat(payable.dims()).isEqualTo("us-gaap:StatementBusinessSegmentsAxis=gz:WidgetsMember");
        assertThat(payable.faceStatement()).isFalse();
        assertThat(truth.source()).isEqualTo("gizmo.facts.csv");
    }

    @Test
    void face_facts_leave_out_dimensional_ones() {
        XbrlTruth truth = EvalFixtures.truth();

        assertThat(truth.faceFacts()).extracting(XbrlFact::element).doesNotContain("AccountsPayableCurrent")
                .contains("Assets", "Revenues", "NetIncomeLoss");
        assertThat(truth.face("AccountsPayableCurrent", EvalFixtures.END23)).isEmpty();
    }

    @Test
    void counts_text_values_as_skipped_instead_of_failing() {
        XbrlTruth truth = EvalFixtures.truth();

        assertThat(truth.skipped()).isEqualTo(1);
        assertThat(truth.facts()).extracting(XbrlFact::element).doesNotContain("GoodwillImpairmentLoss");
    }

    @Test
    void keeps_a_company_prefix_that_is_a_url() throws IOException {
        XbrlTruth truth = parse(HEADER + "http://www.gizmo.com/20230930:LegalSettlement,1050000000,iso4217_USD,-7,,2023-08-24,True,,c1\n");

        XbrlFact fact = truth.facts().get(0);
        assertThat(fact.prefix()).isEqualTo("http://www.gizmo.com/20230930");
        assertThat(fact.element()).isEqualTo("LegalSettlement");
        assertThat(fact.usGaap()).isFalse();
    }

    @Test
    void reads_files_with_displayed_and_scale_columns_and_drops_exact_duplicates() throws IOException {
        String csv = "concept,value,unit,decimals,start,end,instant,dims,context,displayed,scale\n"
                + "us-gaap:NetIncomeLoss,3810000000,usd,-6,2025-03-29,2025-06-27,False,,c-22,\"3,810\",6\n"
                + "us-gaap:NetIncomeLoss,3810000000,usd,-6,2025-03-29,2025-06-27,False,,c-22,\"3,810\",6\n"
                + "us-gaap:EarningsPerShareDiluted,0.88,usdPerShare,2,2025-03-29,2025-06-27,False,,c-22,0.88,0\n";

        XbrlTruth truth = parse(csv);

        assertThat(truth.facts()).hasSize(2);
        assertThat(truth.facts().get(0).period()).isEqualTo(Period.duration(LocalDate.of(2025, 6, 27), 3));
        assertThat(truth.facts().get(1).value()).isEqualByComparingTo(new BigDecimal("0.88"));
    }

    @Test
    void skips_periods_longer_than_two_years() throws IOException {
        XbrlTruth truth = parse(HEADER + "us-gaap:Revenues,9,usd,0,2015-01-01,2023-12-31,False,,c1\n");

        assertThat(truth.facts()).isEmpty();
        assertThat(truth.skipped()).isEqualTo(1);
    }

    @Test
    void statement_periods_of_an_annual_filing_leave_out_quarterly_figures() {
        List<Period> periods = EvalFixtures.truth().statementPeriods(Taxonomy.standard());

        assertThat(periods).containsExactly(
                Period.instant(LocalDate.of(2023, 9, 30)), Period.instant(LocalDate.of(2022, 9, 24)),
                Period.duration(LocalDate.of(2023, 9, 30), 12), Period.duration(LocalDate.of(2022, 9, 24), 12));
    }

    @Test
    void statement_periods_of_an_interim_filing_keep_quarter_and_year_to_date_but_not_an_earlier_quarter() throws IOException {
        XbrlTruth truth = parse(HEADER + String.join("\n",
                "us-gaap:Assets,10,usd,0,,2025-06-30,True,,a",
                "us-gaap:Assets,9,usd,0,,2024-12-31,True,,b",
                "us-gaap:NetIncomeLoss,3,usd,0,2025-04-01,2025-06-30,False,,c",
                "us-gaap:NetIncomeLoss,2,usd,0,2024-04-01,2024-06-30,False,,d",
                "us-gaap:NetIncomeLoss,5,usd,0,2025-01-01,2025-06-30,False,,e",
                "us-gaap:NetIncomeLoss,4,usd,0,2024-01-01,2024-06-30,False,,f",
                "us-gaap:NetIncomeLoss,1,usd,0,2025-01-01,2025-03-31,False,,g") + "\n");

        List<Period> periods = truth.statementPeriods(Taxonomy.standard());

        assertThat(periods).containsExactly(
                Period.instant(LocalDate.of(2025, 6, 30)), Period.instant(LocalDate.of(2024, 12, 31)),
                Period.duration(LocalDate.of(2025, 6, 30), 3), Period.duration(LocalDate.of(2024, 6, 30), 3),
                Period.duration(LocalDate.of(2025, 6, 30), 6), Period.duration(LocalDate.of(2024, 6, 30), 6));
    }
}
