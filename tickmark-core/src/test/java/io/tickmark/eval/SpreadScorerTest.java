package io.tickmark.eval;

import io.tickmark.check.CheckResult.Status;
import io.tickmark.facts.Period;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.tickmark.eval.EvalFixtures.END23;
import static io.tickmark.eval.EvalFixtures.FY23;
import static io.tickmark.eval.EvalFixtures.identity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SpreadScorerTest {
    private static final Period FY22 = Period.duration(LocalDate.of(2022, 9, 24), 12);
    private static final Period END22 = Period.instant(LocalDate.of(2022, 9, 24));

    private final DocumentScore score = SpreadingEval.score("gizmo", EvalFixtures.spread(), EvalFixtures.truth());

    @Test
    void core_accuracy_counts_each_core_concept_and_statement_period_the_truth_has() {
        assertThat(score.core()).extracting(CoreOutcome::concept, CoreOutcome::period, CoreOutcome::correct)
                .containsExactlyInAnyOrder(
                        tuple("total_assets", END23, true),
                        tuple("total_assets", END22, false),
                        tuple("revenue", FY23, true),
                        tuple("revenue", FY22, true),
                        tuple("net_income", FY23, false),
                        tuple("capex", FY23, true),
                        tuple("cash_from_operations", FY23, false));
        assertThat(score.coreCorrect()).isEqualTo(4);
        assertThat(score.coreAccuracy()).isEqualTo(4 / 7d);
    }

    @Test
    void a_cash_flow_concept_counts_only_in_periods_the_truth_reports_operating_cash_for() {
        assertThat(score.core()).filteredOn(o -> o.concept().equals("capex")).extracting(CoreOutcome::period).containsExactly(FY23);
    }

    @Test
    void capex_printed_negative_is_correct_against_positive_xbrl() {
        CoreOutcome capex = outcome("capex", FY23);

        assertThat(capex.correct()).isTrue();
        assertThat(capex.found()).isEqualByComparingTo("-1577000000");
        assertThat(capex.truth()).isEqualByComparingTo("1577000000");
    }

    @Test
    void a_wrong_value_is_reported_with_what_we_found() {
        CoreOutcome netIncome = outcome("net_income", FY23);

        assertThat(netIncome.correct()).isFalse();
        assertThat(netIncome.found()).isEqualByComparingTo("999000000");
        assertThat(netIncome.truth()).isEqualByComparingTo("1000000000");
    }

    @Test
    void a_period_missing_from_the_spread_counts_against_accuracy() {
        CoreOutcome priorAssets = outcome("total_assets", END22);

        assertThat(priorAssets.correct()).isFalse();
        assertThat(priorAssets.found()).isNull();
    }

    @Test
    void a_52_week_year_matches_the_column_dated_as_printed() {
        assertThat(outcome("revenue", FY22).correct()).isTrue();
    }

    @Test
    void the_first_element_in_preference_order_gives_the_truth() {
        assertThat(outcome("revenue", FY23).element()).isEqualTo("Revenues");
    }

    @Test
    void a_dimensional_fact_is_no_truth_for_a_core_concept_but_confirms_a_printed_breakdown() {
        assertThat(score.core()).extracting(CoreOutcome::concept).doesNotContain("accounts_payable");
        assertThat(score.unmatched()).extracting(UnmatchedNumber::label).doesNotContain("accounts_payable");
    }

    @Test
    void precision_is_the_share_of_our_numbers_a_truth_fact_of_the_same_period_confirms() {
        assertThat(score.factsTotal()).isEqualTo(7);
        assertThat(score.factsMatched()).isEqualTo(5);
        assertThat(score.unmatched()).extracting(UnmatchedNumber::label, UnmatchedNumber::rawValue, UnmatchedNumber::page)
                .containsExactly(tuple("net_income", "999", 40), tuple("Gizmo royalties", "55", 40));
    }

    @Test
    void recall_counts_face_facts_of_known_elements_in_statement_periods() {
        assertThat(score.truthTotal()).isEqualTo(9);
        assertThat(score.truthFound()).isEqualTo(5);
        assertThat(score.missed()).extracting(XbrlFact::element, XbrlFact::period)
                .containsExactlyInAnyOrder(tuple("Assets", END22), tuple("NetIncomeLoss", FY23),
                        tuple("NetCashProvidedByUsedInOperatingActivities", FY23), tuple("PaymentsToAcquirePropertyPlantAndEquipment", FY22));
    }

    @Test
    void reports_the_statements_found() {
        assertThat(score.statements()).containsExactlyInAnyOrder(StatementType.values());
        assertThat(score.failed()).isFalse();
    }

    @Test
    void balance_sheet_identity_fails_when_any_period_fails_and_is_skipped_without_results() {
        assertThat(SpreadScorer.bsIdentity(List.of(identity(END23, Status.PASSED), identity(END22, Status.FAILED))))
                .isEqualTo(Status.FAILED);
        assertThat(SpreadScorer.bsIdentity(List.of(identity(END23, Status.PASSED), identity(END22, Status.SKIPPED))))
                .isEqualTo(Status.PASSED);
        assertThat(SpreadScorer.bsIdentity(List.of())).isEqualTo(Status.SKIPPED);
        assertThat(score.bsIdentity()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void a_document_that_failed_to_spread_misses_all_its_truth() {
        DocumentScore failed = new SpreadScorer(io.tickmark.taxonomy.Taxonomy.standard())
                .failed("gizmo", "IOException: broken", EvalFixtures.truth(), 12);

        assertThat(failed.coreTotal()).isEqualTo(7);
        assertThat(failed.coreCorrect()).isZero();
        assertThat(failed.truthTotal()).isEqualTo(9);
        assertThat(failed.recall()).isZero();
        assertThat(failed.precision()).isNaN();
    }

    private CoreOutcome outcome(String concept, Period period) {
        return score.core().stream().filter(o -> o.concept().equals(concept) && o.period().equals(period)).findFirst().orElseThrow();
    }

    /** Page 40 prints assets 2023, both revenues and capex, but neither net income nor operating cash. */
    private static io.tickmark.document.Document printedPage() {
        List<io.tickmark.document.Page> pages = new java.util.ArrayList<>();
        for (int n = 1; n < 40; n++) pages.add(new io.tickmark.document.Page(n, 612, 792, List.of()));
        List<io.tickmark.document.Word> words = new java.util.ArrayList<>();
        String[] printed = {"Total", "assets", "$5,000", "Net", "sales", "3,000", "2,800", "Capex", "(1,577)", "999"};
        for (int i = 0; i < printed.length; i++) words.add(new io.tickmark.document.Word(printed[i], 10 * i, 10 * i + 8, 100, 110, 9, false));
        pages.add(new io.tickmark.document.Page(40, 612, 792, List.of(new io.tickmark.document.TextLine(0, 100, 110, words))));
        return new io.tickmark.document.Document(EvalFixtures.FILE, "ab".repeat(32), io.tickmark.document.DocumentFormat.PDF, pages);
    }

    @Test
    void a_truth_value_the_located_statement_pages_do_not_print_is_not_a_face_statement_fact() {
        DocumentScore printed = new SpreadScorer(io.tickmark.taxonomy.Taxonomy.standard())
                .score("gizmo", EvalFixtures.spread(), printedPage(), EvalFixtures.truth(), 0);

        assertThat(printed.core()).filteredOn(c -> !c.printed()).extracting(CoreOutcome::concept, CoreOutcome::period)
                .containsExactlyInAnyOrder(tuple("net_income", FY23), tuple("cash_from_operations", FY23));
        // no other value of 2022's balance sheet is printed there, so whether its assets are cannot be told: they count
        assertThat(printed.core()).filteredOn(c -> c.concept().equals("total_assets") && c.period().equals(END22))
                .extracting(CoreOutcome::printed).containsExactly(true);
        assertThat(printed.printedCoreCorrect()).isEqualTo(4);
        assertThat(printed.printedCoreTotal()).isEqualTo(5);
        // the old figure is unchanged
        assertThat(printed.coreAccuracy()).isEqualTo(4 / 7d);
    }

    @Test
    void without_the_document_every_truth_pair_counts_as_printed() {
        assertThat(score.core()).allMatch(CoreOutcome::printed);
        assertThat(score.printedCoreTotal()).isEqualTo(score.coreTotal());
    }
}
