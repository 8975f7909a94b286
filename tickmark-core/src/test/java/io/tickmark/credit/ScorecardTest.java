package io.tickmark.credit;

import io.tickmark.metrics.MetricCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The scorecard: points by cutoffs, contributions, re-normalised weights, grades, and a bank's own file refused by line. */
class ScorecardTest {
    private static final String CARD = """
            kind,name,metric,weight,direction,cutoffs,description
            factor,Leverage,debt_to_ebitda,60,lower,5|4|3|2,
            factor,Liquidity,current_ratio,40,higher,0.8|1.0|1.3|1.8,
            grade,A,,,,4.5,Strong
            grade,B,,,,2.5,Fair
            grade,C,,,,0,Weak
            """;

    @Test
    void points_follow_the_cutoffs_in_both_directions() {
        Scorecard card = Scorecard.parse(CARD, "card.csv");
        Scorecard.Factor leverage = card.factors().get(0), liquidity = card.factors().get(1);

        assertThat(List.of(6.0, 5.0, 3.5, 2.0, 0.5)).extracting(leverage::points).containsExactly(1, 2, 3, 5, 5);
        assertThat(List.of(0.5, 0.8, 1.2, 1.3, 2.0)).extracting(liquidity::points).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void rating_shows_each_factor_contribution_and_the_grade() {
        // debt/EBITDA 1.5x -> 5 points x 60; current ratio 1.5 -> 4 points x 40; (300 + 160) / 100 = 4.6 -> A
        MapLookup firm = new MapLookup().put("total_current_assets", 2020, 600).put("total_current_liabilities", 2020, 400)
                .put("short_term_debt", 2020, 50).put("current_portion_long_term_debt", 2020, 50).put("long_term_debt", 2020, 500)
                .put("operating_income", 2020, 300).put("depreciation_amortization", 2020, 100);
        RatioPack pack = new RatioPack(MetricCatalog.standard(), RatioCatalog.standard());

        Rating r = new Rater(Scorecard.parse(CARD, "card.csv"), MetricCatalog.standard()).rate(2020, pack.compute(firm, List.of(2020)), List.of(), firm);

        assertThat(r.score()).isCloseTo(4.6, within(1e-9));
        assertThat(r.grade()).isEqualTo("A");
        assertThat(r.factors()).extracting(Rating.FactorScore::points).containsExactly(5, 4);
        assertThat(r.factors()).extracting(Rating.FactorScore::contribution).containsExactly(3.0, 1.6);
    }

    @Test
    void a_factor_that_cannot_be_scored_is_shown_na_and_the_weights_re_normalised_or_no_grade() {
        MapLookup liquidOnly = new MapLookup().put("total_current_assets", 2020, 600).put("total_current_liabilities", 2020, 400);
        RatioPack pack = new RatioPack(MetricCatalog.standard(), RatioCatalog.standard());
        Rater rater = new Rater(Scorecard.parse(CARD, "card.csv"), MetricCatalog.standard());

        Rating r = rater.rate(2020, pack.compute(liquidOnly, List.of(2020)), List.of(), liquidOnly);

        assertThat(r.factors().get(0).points()).isNull();
        assertThat(r.factors().get(0).figure().naBecause()).startsWith("n/a because");
        assertThat(r.grade()).isNull(); // 40 of 100 weight is below the 60% needed
        assertThat(r.note()).contains("40 of 100");
    }

    @Test
    void a_bank_file_that_breaks_a_rule_is_refused_naming_file_and_line() {
        String unordered = CARD.replace("0.8|1.0|1.3|1.8", "0.8|1.3|1.0|1.8");
        String noGradeFloor = CARD.replace("grade,C,,,,0,Weak\n", "");

        assertThatThrownBy(() -> Scorecard.parse(unordered, "bank.csv")).hasMessageContaining("bank.csv line 3").hasMessageContaining("ascending");
        assertThatThrownBy(() -> Scorecard.parse(noGradeFloor, "bank.csv")).hasMessageContaining("lowest score");
        assertThatThrownBy(() -> Scorecard.parse("kind,name\nfactor,x\n", "bank.csv")).hasMessageContaining("no column 'metric'");
    }

    @Test
    void the_standard_scorecard_loads_and_its_weights_are_positive() {
        Scorecard card = Scorecard.standard();
        assertThat(card.factors()).isNotEmpty().allSatisfy(f -> assertThat(f.weight()).isPositive());
        assertThat(card.grade(1.0).grade()).isEqualTo("CCC");
        assertThat(card.grade(5.0).grade()).isEqualTo("A");
    }
}
