package io.tickmark.credit;

import io.tickmark.metrics.MetricCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The scores against worked figures. Sources: Altman (1968), "Financial Ratios, Discriminant Analysis and the
 * Prediction of Corporate Bankruptcy", J. Finance 23(4): the function Z = .012X1 + .014X2 + .033X3 + .006X4 + .999X5
 * with X1..X4 in percent (eq. I) and the group means of Table 1; Altman (2000), "Predicting Financial Distress of
 * Companies: Revisiting the Z-Score and ZETA Models" for the Z'' coefficients and zones; Beneish (1999), "The Detection
 * of Earnings Manipulation", Financial Analysts Journal 55(5): the 8-variable model and the sample means of Table 2;
 * Piotroski (2000), J. Accounting Research 38 (Supplement), section 2.1 for the nine signals (the paper gives no
 * firm-level worked example, so the firms here are built by hand and worked on paper).
 */
class ScoresTest {
    private static final Scores SCORES = new Scores(MetricCatalog.standard());

    /** A firm whose Altman ratios are the given fractions of total assets of 1000 and total equity of 200. */
    private static MapLookup altmanFirm(int year, double x1, double x2, double x3, double x5) {
        return new MapLookup()
                .put("total_assets", year, 1000)
                .put("total_current_assets", year, 500)
                .put("total_current_liabilities", year, 500 - x1 * 1000)
                .put("retained_earnings", year, x2 * 1000)
                .put("operating_income", year, x3 * 1000)
                .put("revenue", year, x5 * 1000)
                .put("total_equity", year, 200);
    }

    @Test
    void altman_z_of_the_bankrupt_group_means_of_altman_1968_table_1_is_in_distress() {
        // Table 1, group I (bankrupt): X1 -6.1%, X2 -62.6%, X3 -31.8%, X4 40.1%, X5 150%
        MapLookup firm = altmanFirm(2020, -0.061, -0.626, -0.318, 1.5);
        BigDecimal marketValue = BigDecimal.valueOf(0.401 * 800); // X4 = MVE / total liabilities of 800

        ScoreResult z = SCORES.altmanZ(firm, 2020, marketValue);

        assertThat(z.available()).as(z.naBecause()).isTrue();
        assertThat(z.value().doubleValue()).isCloseTo(-0.2584, within(1e-4));
        // Altman's original form with percentages gives the same within the rounding of .999 for 1.0
        double original = 0.012 * -6.1 + 0.014 * -62.6 + 0.033 * -31.8 + 0.006 * 40.1 + 0.999 * 1.5;
        assertThat(z.value().doubleValue()).isCloseTo(original, within(0.01));
        assertThat(z.zone()).startsWith("distress");
    }

    @Test
    void altman_z_of_the_non_bankrupt_group_means_is_safe() {
        // Table 1, group II (non-bankrupt): X1 41.4%, X2 35.5%, X3 15.4%, X4 247.7%, X5 190%
        MapLookup firm = altmanFirm(2020, 0.414, 0.355, 0.154, 1.9);

        ScoreResult z = SCORES.altmanZ(firm, 2020, BigDecimal.valueOf(2.477 * 800));

        assertThat(z.value().doubleValue()).isCloseTo(4.8882, within(1e-4));
        assertThat(z.zone()).startsWith("safe");
    }

    @Test
    void altman_z_without_a_market_value_is_na_and_says_why_not_zero() {
        ScoreResult z = SCORES.altmanZ(altmanFirm(2020, 0.1, 0.2, 0.1, 1.0), 2020, null);

        assertThat(z.available()).isFalse();
        assertThat(z.value()).isNull();
        assertThat(z.naBecause()).contains("market value of equity");
    }

    @Test
    void z_double_prime_uses_book_equity_and_the_1995_coefficients() {
        // X1 0.1, X2 0.2, X3 0.05, X4 = 200 / 800 = 0.25: 6.56*0.1 + 3.26*0.2 + 6.72*0.05 + 1.05*0.25 = 1.9065
        ScoreResult z = SCORES.altmanZDoublePrime(altmanFirm(2020, 0.1, 0.2, 0.05, 1.0), 2020, false);

        assertThat(z.value().doubleValue()).isCloseTo(1.9065, within(1e-9));
        assertThat(z.zone()).startsWith("grey");
        assertThat(z.components()).extracting(ScoreComponent::name).containsExactly("X1", "X2", "X3", "X4");
        assertThat(z.components().get(0).figure().evaluation().inputs()).isNotEmpty();
    }

    @Test
    void z_double_prime_with_a_missing_input_is_na_naming_the_variable() {
        MapLookup firm = altmanFirm(2020, 0.1, 0.2, 0.05, 1.0);
        MapLookup noRetained = new MapLookup();
        for (String c : List.of("total_assets", "total_current_assets", "total_current_liabilities", "operating_income", "total_equity")) {
            noRetained.put(c, 2020, firm.fact(c, 2020).orElseThrow().value().doubleValue());
        }

        ScoreResult z = SCORES.altmanZDoublePrime(noRetained, 2020, false);

        assertThat(z.available()).isFalse();
        assertThat(z.naBecause()).contains("X2").contains("retained earnings FY2020 is not in the reports");
    }

    @Test
    void z_double_prime_with_negative_total_liabilities_is_na() {
        MapLookup firm = altmanFirm(2020, 0.1, 0.2, 0.05, 1.0).put("total_equity", 2020, 1200);

        ScoreResult z = SCORES.altmanZDoublePrime(firm, 2020, false);

        assertThat(z.available()).isFalse();
        assertThat(z.naBecause()).contains("X4").contains("negative");
    }

    @Test
    void beneish_m_at_the_sample_means_of_beneish_1999_table_2() {
        List<String> coefficients = Scores.coefficients().get("beneish_m");
        // order DSRI, GMI, AQI, SGI, DEPI, SGAI, TATA, LVGI
        List<BigDecimal> manipulators = decimals(1.465, 1.193, 1.254, 1.607, 1.077, 1.041, 0.031, 1.111);
        List<BigDecimal> others = decimals(1.031, 1.014, 1.039, 1.134, 1.001, 1.054, 0.018, 1.037);

        double mManip = Scores.combine(new BigDecimal("-4.84"), coefficients, manipulators).doubleValue();
        double mOther = Scores.combine(new BigDecimal("-4.84"), coefficients, others).doubleValue();

        assertThat(mManip).isCloseTo(-1.196, within(0.001)).isGreaterThan(-1.78);
        assertThat(mOther).isCloseTo(-2.246, within(0.001)).isLessThan(-1.78);
    }

    @Test
    void beneish_m_of_a_firm_that_did_not_change_is_the_sum_of_the_coefficients() {
        // every index 1 and no accruals: M = -4.84 + 0.920 + 0.528 + 0.404 + 0.892 + 0.115 - 0.172 - 0.327 = -2.48
        MapLookup firm = new MapLookup();
        for (int y : new int[]{2019, 2020}) {
            firm.put("revenue", y, 1000).put("cost_of_revenue", y, 600).put("accounts_receivable", y, 100)
                    .put("total_current_assets", y, 300).put("ppe_net", y, 400).put("total_assets", y, 1000)
                    .put("depreciation_amortization", y, 50).put("sga", y, 150).put("net_income", y, 80)
                    .put("cash_from_operations", y, 80).put("total_current_liabilities", y, 200).put("long_term_debt", y, 300);
        }

        ScoreResult m = SCORES.beneish(firm, 2020);

        assertThat(m.value().doubleValue()).isCloseTo(-2.48, within(1e-9));
        assertThat(m.zone()).startsWith("does not resemble");
    }

    @Test
    void beneish_m_needs_the_year_before() {
        ScoreResult m = SCORES.beneish(new MapLookup().put("revenue", 2020, 1000), 2020);

        assertThat(m.available()).isFalse();
        assertThat(m.naBecause()).contains("revenue FY2019 is not in the reports");
    }

    private static MapLookup piotroskiFirm(boolean improving) {
        MapLookup f = new MapLookup();
        f.every("total_assets", 1000, 2018, 2019, 2020);
        f.put("net_income", 2019, 50).put("net_income", 2020, improving ? 80 : -20);
        f.put("cash_from_operations", 2020, improving ? 120 : -30);
        f.put("long_term_debt", 2019, 300).put("long_term_debt", 2020, improving ? 250 : 350);
        f.every("total_current_liabilities", 200, 2019, 2020);
        f.put("total_current_assets", 2019, 300).put("total_current_assets", 2020, improving ? 340 : 260);
        f.put("proceeds_from_stock_issuance", 2020, improving ? 0 : 100);
        f.put("revenue", 2019, 900).put("revenue", 2020, improving ? 1000 : 800);
        f.put("cost_of_revenue", 2019, 540).put("cost_of_revenue", 2020, improving ? 580 : 520);
        return f;
    }

    @Test
    void piotroski_f_of_an_improving_firm_is_9_and_of_a_deteriorating_one_0() {
        ScoreResult good = SCORES.piotroski(piotroskiFirm(true), 2020);
        ScoreResult bad = SCORES.piotroski(piotroskiFirm(false), 2020);

        assertThat(good.value()).as(good.naBecause()).isEqualByComparingTo("9");
        assertThat(good.zone()).startsWith("high");
        assertThat(bad.value()).as(bad.naBecause()).isEqualByComparingTo("0");
        assertThat(bad.zone()).startsWith("low");
        assertThat(good.components()).allSatisfy(c -> assertThat(c.signal()).isEqualTo(1));
    }

    @Test
    void piotroski_f_without_the_third_balance_sheet_is_na_and_counts_what_it_could() {
        MapLookup f = piotroskiFirm(true);
        MapLookup twoYears = new MapLookup();
        for (String c : List.of("net_income", "cash_from_operations", "long_term_debt", "total_current_liabilities", "total_current_assets",
                "proceeds_from_stock_issuance", "revenue", "cost_of_revenue", "total_assets")) {
            for (int y : new int[]{2019, 2020}) f.fact(c, y).ifPresent(x -> twoYears.put(c, y, x.value().doubleValue()));
        }

        ScoreResult score = SCORES.piotroski(twoYears, 2020);

        assertThat(score.available()).isFalse();
        assertThat(score.naBecause()).contains("F_dROA").contains("F_dTURN").contains("of 9 signals cannot be computed");
    }

    private static List<BigDecimal> decimals(double... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }
}
