package io.tickmark.credit;

import io.tickmark.metrics.MetricCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The ratio pack against hand-worked figures. Definitions as in CFA Institute, "Financial Analysis Techniques"
 * (CFA Program curriculum, Level I, Financial Statement Analysis): Exhibits "Definitions of Commonly Used Activity
 * Ratios", "Liquidity Ratios", "Solvency Ratios" and "Profitability Ratios"; averages of opening and closing
 * balances as the curriculum recommends, year-end variants beside them. The firm's figures are invented and
 * worked by hand in the comments.
 */
class RatioPackTest {
    private static final MetricCatalog METRICS = MetricCatalog.standard();
    private static final RatioCatalog RATIOS = RatioCatalog.standard();
    private static final RatioPack PACK = new RatioPack(METRICS, RATIOS);

    private static Figure ratio(String id, MapLookup firm, int year) {
        return PACK.figure(RATIOS.byId(id).orElseThrow(), year, firm);
    }

    private static MapLookup firm() {
        return new MapLookup()
                .put("total_current_assets", 2020, 600).put("total_current_liabilities", 2020, 400)
                .put("cash", 2020, 100).put("short_term_investments", 2020, 50).put("accounts_receivable", 2020, 200).put("accounts_receivable", 2019, 160)
                .put("inventory", 2020, 250).put("inventory", 2019, 230)
                .put("accounts_payable", 2020, 150).put("accounts_payable", 2019, 130)
                .put("total_assets", 2020, 2000).put("total_assets", 2019, 1800)
                .put("total_equity", 2020, 900).put("total_equity", 2019, 700)
                .put("short_term_debt", 2020, 50).put("current_portion_long_term_debt", 2020, 50).put("long_term_debt", 2020, 500)
                .put("current_portion_long_term_debt", 2019, 40)
                .put("revenue", 2020, 3650).put("cost_of_revenue", 2020, 2190)
                .put("operating_income", 2020, 300).put("depreciation_amortization", 2020, 100).put("interest_expense", 2020, 40)
                .put("net_income", 2020, 190).put("cash_from_operations", 2020, 320).put("capex", 2020, -150);
    }

    @Test
    void liquidity_ratios() {
        assertThat(ratio("current_ratio", firm(), 2020).value().doubleValue()).isEqualTo(1.5);          // 600 / 400
        assertThat(ratio("quick_ratio", firm(), 2020).value().doubleValue()).isEqualTo(0.875);          // (100 + 50 + 200) / 400
        assertThat(ratio("cash_ratio", firm(), 2020).value().doubleValue()).isEqualTo(0.375);           // 150 / 400
        assertThat(ratio("current_ratio", firm(), 2020).shown()).isEqualTo("1.50");
    }

    @Test
    void leverage_and_coverage_ratios() {
        assertThat(ratio("debt_to_equity", firm(), 2020).value().doubleValue()).isCloseTo(600 / 900.0, within(1e-12)); // debt 50 + 50 + 500
        assertThat(ratio("debt_to_ebitda", firm(), 2020).value().doubleValue()).isEqualTo(1.5);                       // 600 / (300 + 100)
        assertThat(ratio("liabilities_to_assets", firm(), 2020).value().doubleValue()).isEqualTo(0.55);               // (2000 - 900) / 2000
        assertThat(ratio("ebit_interest", firm(), 2020).value().doubleValue()).isEqualTo(7.5);                        // 300 / 40
        assertThat(ratio("ebitda_interest", firm(), 2020).value().doubleValue()).isEqualTo(10.0);                     // 400 / 40
        assertThat(ratio("dscr", firm(), 2020).value().doubleValue()).isEqualTo(5.0);                                 // 400 / (40 + 40)
        assertThat(ratio("debt_to_ebitda", firm(), 2020).shown()).isEqualTo("1.50x");
    }

    @Test
    void average_balance_and_year_end_variants_differ_as_worked() {
        // ROA average: 190 / ((2000 + 1800) / 2) = 0.1; year end: 190 / 2000 = 0.095
        assertThat(ratio("roa", firm(), 2020).value().doubleValue()).isEqualTo(0.1);
        assertThat(ratio("roa_year_end", firm(), 2020).value().doubleValue()).isEqualTo(0.095);
        // DSO average: 365 * 180 / 3650 = 18 days; year end: 365 * 200 / 3650 = 20 days
        assertThat(ratio("dso", firm(), 2020).value().doubleValue()).isEqualTo(18.0);
        assertThat(ratio("dso_year_end", firm(), 2020).value().doubleValue()).isEqualTo(20.0);
        // DIO 365 * 240 / 2190 = 40; DPO 365 * 140 / 2190 = 23.333; CCC 40 + 18 - 23.333 = 34.667
        assertThat(ratio("dio", firm(), 2020).value().doubleValue()).isCloseTo(40.0, within(1e-9));
        assertThat(ratio("cash_conversion_cycle", firm(), 2020).value().doubleValue()).isCloseTo(34.6667, within(1e-4));
    }

    @Test
    void average_variant_without_the_year_before_is_na_while_the_year_end_one_has_a_value() {
        MapLookup oneYear = new MapLookup().put("net_income", 2020, 190).put("total_assets", 2020, 2000);

        Figure average = ratio("roa", oneYear, 2020);

        assertThat(average.available()).isFalse();
        assertThat(average.shown()).isEqualTo("n/a");
        assertThat(average.naBecause()).isEqualTo("n/a because total assets FY2019 is not in the reports");
        assertThat(ratio("roa_year_end", oneYear, 2020).value().doubleValue()).isEqualTo(0.095);
    }

    @Test
    void cash_flow_ratios_take_capex_as_a_magnitude() {
        assertThat(ratio("free_cash_flow", firm(), 2020).value().doubleValue()).isEqualTo(170.0);   // 320 - |-150|
        assertThat(ratio("capex_to_da", firm(), 2020).value().doubleValue()).isEqualTo(1.5);        // 150 / 100
        assertThat(ratio("cfo_to_debt", firm(), 2020).value().doubleValue()).isCloseTo(320 / 600.0, within(1e-12));
    }

    @Test
    void negative_equity_makes_debt_to_equity_na_not_a_negative_ratio() {
        Figure f = ratio("debt_to_equity", firm().put("total_equity", 2020, -120), 2020);

        assertThat(f.available()).isFalse();
        assertThat(f.naBecause()).isEqualTo("n/a because total equity is negative (-120) in FY2020");
    }

    @Test
    void zero_interest_makes_coverage_na_not_infinite_or_zero() {
        Figure f = ratio("ebit_interest", firm().put("interest_expense", 2020, 0), 2020);

        assertThat(f.available()).isFalse();
        assertThat(f.value()).isNull();
        assertThat(f.naBecause()).contains("zero");
    }

    @Test
    void negative_ebitda_makes_debt_to_ebitda_na() {
        Figure f = ratio("debt_to_ebitda", firm().put("operating_income", 2020, -500), 2020);

        assertThat(f.naBecause()).isEqualTo("n/a because ebitda is negative (-400) in FY2020");
    }

    @Test
    void every_ratio_has_a_family_of_the_issue_and_its_inputs_ticked() {
        assertThat(RATIOS.all()).allSatisfy(r -> assertThat(RatioCatalog.FAMILIES).contains(r.family()));
        Figure f = ratio("current_ratio", firm(), 2020);
        assertThat(f.evaluation().inputs()).extracting(i -> i.fact().source().cite())
                .containsExactly("test-10k.pdf p.40 l.1", "test-10k.pdf p.40 l.2");
    }

    @Test
    void a_bank_file_with_an_unknown_name_is_refused_naming_file_and_line() {
        String csv = "id,family,name,formula,unit\nmy_ratio,leverage,Mine,total_debt / ebitdaa,times\n";

        assertThatThrownBy(() -> RatioCatalog.parse(csv, "bank-ratios.csv", METRICS))
                .isInstanceOf(CreditDataException.class)
                .hasMessageContaining("bank-ratios.csv line 2").hasMessageContaining("ebitdaa");
    }
}
