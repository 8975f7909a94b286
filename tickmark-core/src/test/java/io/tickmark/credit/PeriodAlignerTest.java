package io.tickmark.credit;

import io.tickmark.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Periods that don't line up, each handled visibly: 10-Q among 10-Ks, moved year end, currencies, scales, restatements, one year. */
class PeriodAlignerTest {
    private static final PeriodAligner ALIGNER = new PeriodAligner(Taxonomy.standard());

    private static List<AlignmentNote.Kind> kinds(AlignedYears a) {
        return a.notes().stream().map(AlignmentNote::kind).toList();
    }

    @Test
    void three_annual_reports_line_up_in_five_years_oldest_first() {
        AlignedYears a = ALIGNER.align(List.of(
                Reports.tenK("2022.pdf", 2022).flow("revenue", 300, 280, 260).balance("total_assets", 900, 850).build(),
                Reports.tenK("2020.pdf", 2020).flow("revenue", 260, 240, 220).balance("total_assets", 800, 780).build()));

        assertThat(a.years()).containsExactly(2018, 2019, 2020, 2021, 2022);
        assertThat(a.fact("revenue", 2018).orElseThrow().source().document()).isEqualTo("2020.pdf");
        assertThat(a.fact("total_assets", 2021).orElseThrow().value()).isEqualByComparingTo("850");
        assertThat(a.restatements()).isEmpty();
    }

    @Test
    void a_restated_prior_year_takes_the_later_reports_comparative_and_says_so() {
        AlignedYears a = ALIGNER.align(List.of(
                Reports.tenK("2021.pdf", 2021).flow("revenue", 270_000_000, 250_000_000).build(),
                Reports.tenK("2020.pdf", 2020).flow("revenue", 240_000_000, 230_000_000).build()));

        assertThat(a.fact("revenue", 2020).orElseThrow().value()).isEqualByComparingTo("250000000");
        assertThat(a.fact("revenue", 2020).orElseThrow().source().document()).isEqualTo("2021.pdf");
        assertThat(a.restatements()).singleElement().satisfies(r -> {
            assertThat(r.fiscalYear()).isEqualTo(2020);
            assertThat(r.replaced().value()).isEqualByComparingTo("240000000");
        });
        assertThat(a.notes()).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(AlignmentNote.Kind.RESTATED);
            assertThat(n.text()).contains("revenue FY2020").contains("2021.pdf").contains("2020.pdf").contains("later report");
        });
    }

    @Test
    void rounding_between_scales_is_no_restatement_but_the_scales_are_noted() {
        AlignedYears a = ALIGNER.align(List.of(
                Reports.tenK("2021.pdf", 2021).scale(1_000_000).flow("revenue", 270_000_000, 250_000_000).build(),
                Reports.tenK("2020.pdf", 2020).scale(1_000).flow("revenue", 249_700_000, 230_000_000).build()));

        assertThat(a.restatements()).isEmpty();
        assertThat(kinds(a)).contains(AlignmentNote.Kind.SCALE);
        assertThat(a.notes()).anySatisfy(n -> assertThat(n.text()).contains("millions").contains("thousands"));
    }

    @Test
    void a_10q_is_left_out_of_the_year_columns_and_said_so() {
        AlignedYears a = ALIGNER.align(List.of(
                Reports.tenK("2022.pdf", 2022).flow("revenue", 300, 280).build(),
                Reports.ending("q2.pdf", LocalDate.of(2023, 6, 30)).form("10-Q").months(6).flow("revenue", 160, 150).build()));

        assertThat(a.years()).containsExactly(2021, 2022);
        assertThat(a.leftOut()).extracting(d -> d.fileName()).containsExactly("q2.pdf");
        assertThat(a.notes()).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(AlignmentNote.Kind.INTERIM_LEFT_OUT);
            assertThat(n.text()).contains("q2.pdf").contains("10-Q").contains("6 months");
        });
    }

    @Test
    void a_moved_fiscal_year_end_is_noted_and_a_transition_period_left_out() {
        AlignedYears a = ALIGNER.align(List.of(
                Reports.ending("new.pdf", LocalDate.of(2022, 6, 30)).flow("revenue", 300).build(),
                Reports.ending("transition.pdf", LocalDate.of(2021, 6, 30)).months(6).flow("revenue", 140).build(),
                Reports.tenK("old.pdf", 2020).flow("revenue", 260, 250).build()));

        assertThat(kinds(a)).contains(AlignmentNote.Kind.YEAR_END_CHANGED, AlignmentNote.Kind.NOT_ANNUAL);
        assertThat(a.fact("revenue", 2021)).isEmpty();
        assertThat(a.fact("revenue", 2022).orElseThrow().value()).isEqualByComparingTo("300");
        assertThat(a.fact("revenue", 2020).orElseThrow().value()).isEqualByComparingTo("260");
    }

    @Test
    void a_report_in_another_currency_is_left_out_not_converted() {
        AlignedYears a = ALIGNER.align(List.of(
                Reports.tenK("usd.pdf", 2022).flow("revenue", 300, 280).build(),
                Reports.tenK("eur.pdf", 2020).currency("EUR").flow("revenue", 260, 240).build()));

        assertThat(a.currency()).isEqualTo("USD");
        assertThat(a.years()).containsExactly(2021, 2022);
        assertThat(a.notes()).anySatisfy(n -> assertThat(n.text()).contains("eur.pdf").contains("EUR").contains("converts no currency"));
    }

    @Test
    void only_one_year_is_said() {
        AlignedYears a = ALIGNER.align(List.of(Reports.tenK("one.pdf", 2022).flow("revenue", 300).balance("total_assets", 900).build()));

        assertThat(a.years()).containsExactly(2022);
        assertThat(kinds(a)).contains(AlignmentNote.Kind.ONE_YEAR);
    }

    @Test
    void the_same_report_given_twice_is_used_once() {
        var r = Reports.tenK("a.pdf", 2022).flow("revenue", 300, 280).build();

        AlignedYears a = ALIGNER.align(List.of(r, r));

        assertThat(a.documents()).hasSize(1);
        assertThat(kinds(a)).contains(AlignmentNote.Kind.DUPLICATE);
    }

    @Test
    void a_missing_debt_line_is_zero_only_when_no_unmapped_line_may_be_it() {
        var plain = Reports.tenK("plain.pdf", 2022).balance("total_assets", 900).balance("long_term_debt", 300).build();
        var loans = Reports.tenK("loans.pdf", 2022).balance("total_assets", 900).balance("long_term_debt", 300)
                .unmappedBalance("Loans and notes payable", 120).build();

        AlignedLookup clean = new AlignedLookup(ALIGNER.align(List.of(plain)), AbsentLines.standard());
        AlignedLookup unsure = new AlignedLookup(ALIGNER.align(List.of(loans)), AbsentLines.standard());

        assertThat(clean.fact("short_term_debt", 2022).orElseThrow().value()).isZero();
        assertThat(clean.fact("short_term_debt", 2022).orElseThrow().source().rawValue()).isEqualTo(AlignedLookup.NOT_PRINTED);
        assertThat(clean.assumptions()).anySatisfy(s -> assertThat(s).contains("short term debt taken as 0"));
        assertThat(unsure.fact("short_term_debt", 2022)).isEmpty();
        assertThat(unsure.assumptions()).anySatisfy(s -> assertThat(s).contains("not taken as 0").contains("Loans and notes payable"));
    }
}
