package io.tickmark.metrics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluationTest {
    private static final MetricCatalog CATALOG = MetricCatalog.standard();
    private static final Map<String, Integer> NONE = Map.of();

    private static Evaluation eval(String formula, int year, Map<String, Integer> params, FactLookup lookup) {
        return CATALOG.evaluate(Formula.parse(formula), year, params, lookup);
    }

    private static Evaluation metric(String id, int year, Map<String, Integer> params, FactLookup lookup) {
        return CATALOG.evaluate(CATALOG.byId(id).orElseThrow(), year, params, lookup);
    }

    @Test
    void avg_is_the_mean_of_this_and_the_prior_year_end_and_shows_its_arithmetic() {
        FakeLookup facts = new FakeLookup().put("inventory", 2019, 4_366).put("inventory", 2018, 4_034);
        Evaluation e = eval("avg(inventory)", 2019, NONE, facts);
        assertThat(e.value()).isEqualByComparingTo("4200");
        assertThat(e.steps()).contains("avg(inventory) FY2019 = (4,366 + 4,034) / 2 = 4,200");
        assertThat(e.inputs()).extracting(Evaluation.Input::concept, Evaluation.Input::fiscalYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inventory", 2019), org.assertj.core.groups.Tuple.tuple("inventory", 2018));
        assertThat(e.inputs().get(0).fact().source().cite()).isEqualTo("test-10k.pdf p.49 l.1");
    }

    @Test
    void change_and_growth_compare_with_the_prior_year() {
        FakeLookup facts = new FakeLookup().put("revenue", 2019, 1_100).put("revenue", 2018, 1_000);
        assertThat(eval("change(revenue)", 2019, NONE, facts).value()).isEqualByComparingTo("100");
        assertThat(eval("growth(revenue)", 2019, NONE, facts).value()).isEqualByComparingTo("0.1");
        assertThat(metric("revenue_growth", 2019, NONE, facts).value()).isEqualByComparingTo("0.1");
    }

    @Test
    void offsets_read_earlier_years_inside_everything_they_apply_to() {
        FakeLookup facts = new FakeLookup().put("revenue", 2018, 1_000).put("revenue", 2017, 800);
        assertThat(eval("revenue@-1 - revenue@-2", 2019, NONE, facts).value()).isEqualByComparingTo("200");
        assertThat(metric("revenue_growth", 2018, NONE, facts).value()).isEqualByComparingTo("0.25");
        assertThat(eval("revenue_growth@-1", 2019, NONE, facts).value()).isEqualByComparingTo("0.25");
    }

    @Test
    void cagr_takes_its_year_count_from_the_question() {
        FakeLookup facts = new FakeLookup().put("revenue", 2019, 1_331).put("revenue", 2016, 1_000);
        Evaluation e = metric("revenue_cagr", 2019, Map.of("n", 3), facts);
        assertThat(e.value().doubleValue()).isCloseTo(0.10, within(1e-12));
        assertThat(e.steps()).contains("cagr(revenue, n) FY2019 = (1,331 / 1,000)^(1/3) - 1 = 0.1");
    }

    @Test
    void mean_averages_an_expression_over_the_last_n_years() {
        FakeLookup facts = new FakeLookup().put("revenue", 2019, 900).put("revenue", 2018, 1_500).put("revenue", 2017, 1_000);
        assertThat(eval("mean(revenue, n)", 2019, Map.of("n", 2), facts).value()).isEqualByComparingTo("1200");
        assertThat(eval("mean(revenue, 3)", 2019, NONE, facts).value().round(MathContext.DECIMAL64))
                .isEqualByComparingTo(new BigDecimal("3400").divide(BigDecimal.valueOf(3), MathContext.DECIMAL64));
    }

    @Test
    void three_year_average_capex_percent_of_revenue_is_the_mean_of_yearly_ratios_of_the_outflow() {
        FakeLookup facts = new FakeLookup()
                .put("capex", 2019, -270).put("revenue", 2019, 900)
                .put("capex", 2018, -300).put("revenue", 2018, 1_500)
                .put("capex", 2017, -100).put("revenue", 2017, 1_000);
        Evaluation e = metric("capex_percent_revenue_average", 2019, Map.of("n", 3), facts);
        // (0.30 + 0.20 + 0.10) / 3, not the ratio of sums 670 / 3400 = 0.197
        assertThat(e.value()).isEqualByComparingTo("0.2");
        assertThat(e.steps()).contains("capex FY2018 = -300 [test-10k.pdf p.48 l.3]", "capex_percent_revenue FY2018 = 300 / 1,500 = 0.2",
                "mean(capex_percent_revenue, n) FY2019 = (0.3 + 0.2 + 0.1) / 3 = 0.2");
        assertThat(Metric.display(e.value(), Metric.Unit.PERCENT, 1, null)).isEqualTo("20.0%");
    }

    @Test
    void days_payable_outstanding_uses_purchases_as_cost_of_revenue_plus_inventory_change() {
        FakeLookup facts = new FakeLookup()
                .put("accounts_payable", 2019, 120).put("accounts_payable", 2018, 80)
                .put("cost_of_revenue", 2019, 900)
                .put("inventory", 2019, 250).put("inventory", 2018, 150);
        Evaluation e = eval("365 * avg(accounts_payable) / (cost_of_revenue + change(inventory))", 2019, NONE, facts);
        // 365 * 100 / (900 + 100)
        assertThat(e.value()).isEqualByComparingTo("36.5");
        assertThat(metric("days_payable_outstanding", 2019, NONE, facts).value()).isEqualByComparingTo("36.5");
        assertThat(e.steps()).last().isEqualTo(
                "365 * avg(accounts_payable) / (cost_of_revenue + change(inventory)) FY2019 = 365 * 100 / (900 + 100) = 36.5");
    }

    @Test
    void cash_conversion_cycle_adds_its_metric_parts() {
        FakeLookup facts = new FakeLookup()
                .put("inventory", 2019, 200).put("inventory", 2018, 200).put("cost_of_revenue", 2019, 730)
                .put("accounts_receivable", 2019, 250).put("accounts_receivable", 2018, 150).put("revenue", 2019, 1_460)
                .put("accounts_payable", 2019, 90).put("accounts_payable", 2018, 110);
        Evaluation e = metric("cash_conversion_cycle", 2019, NONE, facts);
        // DIO 365*200/730 = 100, DSO 365*200/1460 = 50, DPO 365*100/(730+0) = 50
        assertThat(e.value()).isEqualByComparingTo("100");
        assertThat(e.steps()).contains("days_inventory_outstanding FY2019 = 365 * 200 / 730 = 100",
                "days_sales_outstanding FY2019 = 365 * 200 / 1,460 = 50",
                "cash_conversion_cycle FY2019 = 100 + 50 - 50 = 100");
        assertThat(Metric.display(e.value(), Metric.Unit.DAYS, 2, null)).isEqualTo("100.00 days");
    }

    @Test
    void missing_inputs_leave_no_value_and_each_is_named_with_its_year() {
        FakeLookup facts = new FakeLookup().put("inventory", 2019, 4_366).put("revenue", 2019, 10_000);
        Evaluation e = eval("365 * avg(inventory) / cost_of_revenue", 2019, NONE, facts);
        assertThat(e.computed()).isFalse();
        assertThat(e.value()).isNull();
        assertThat(e.result()).isEmpty();
        assertThat(e.missing()).extracting(Evaluation.Missing::toString)
                .containsExactly("inventory FY2018 not found", "cost_of_revenue FY2019 not found");
    }

    @Test
    void cagr_without_the_start_year_names_it() {
        FakeLookup facts = new FakeLookup().put("revenue", 2019, 1_331).put("revenue", 2017, 1_100);
        Evaluation e = metric("revenue_cagr", 2019, Map.of("n", 3), facts);
        assertThat(e.computed()).isFalse();
        assertThat(e.reasons()).containsExactly("revenue FY2016 not found");
    }

    @Test
    void division_by_zero_is_a_problem_not_an_exception() {
        FakeLookup facts = new FakeLookup().put("total_current_assets", 2019, 500).put("total_current_liabilities", 2019, 0);
        Evaluation e = metric("current_ratio", 2019, NONE, facts);
        assertThat(e.computed()).isFalse();
        assertThat(e.problems()).singleElement().asString().startsWith("division by zero").contains("500 / 0");
    }

    @Test
    void growth_from_a_negative_base_and_cagr_from_a_negative_start_have_no_answer() {
        FakeLookup facts = new FakeLookup().put("net_income", 2019, 50).put("net_income", 2018, -100).put("net_income", 2016, -10);
        assertThat(metric("net_income_growth", 2019, NONE, facts).problems()).singleElement().asString().contains("negative base");
        Evaluation cagr = metric("net_income_cagr", 2019, Map.of("n", 3), facts);
        assertThat(cagr.computed()).isFalse();
        assertThat(cagr.problems()).singleElement().asString().contains("positive start");
    }

    @Test
    void a_missing_year_count_parameter_is_a_problem() {
        FakeLookup facts = new FakeLookup().put("revenue", 2019, 1_331);
        Evaluation e = metric("revenue_cagr", 2019, NONE, facts);
        assertThat(e.computed()).isFalse();
        assertThat(e.problems()).singleElement().asString().contains("parameter n");
    }

    @Test
    void low_confidence_inputs_are_reported_with_the_value() {
        FakeLookup facts = new FakeLookup().put("operating_income", 2019, 300)
                .put("revenue", 2019, BigDecimal.valueOf(1_000), 0.5);
        Evaluation e = metric("operating_margin", 2019, NONE, facts);
        assertThat(e.value()).isEqualByComparingTo("0.3");
        assertThat(e.lowConfidence()).extracting(Evaluation.Input::concept).containsExactly("revenue");
    }

    @Test
    void outflows_enter_free_cash_flow_as_magnitudes() {
        FakeLookup facts = new FakeLookup().put("cash_from_operations", 2019, 1_000).put("capex", 2019, -250);
        assertThat(eval("cash_from_operations - capex", 2019, NONE, facts).steps()).last()
                .isEqualTo("cash_from_operations - capex FY2019 = 1,000 - (-250) = 1,250");
        assertThat(metric("free_cash_flow", 2019, NONE, facts).value()).isEqualByComparingTo("750");
        facts.put("capex", 2019, 250);
        assertThat(metric("free_cash_flow", 2019, NONE, facts).value()).isEqualByComparingTo("750");
    }

    @Test
    void a_question_formula_may_use_catalog_metrics_and_unknown_names_are_problems() {
        FakeLookup facts = new FakeLookup().put("operating_income", 2019, 300).put("depreciation_amortization", 2019, 100)
                .put("revenue", 2019, 1_000);
        assertThat(eval("ebitda / revenue", 2019, NONE, facts).value()).isEqualByComparingTo("0.4");
        Evaluation e = eval("ebitdaa / revenue", 2019, NONE, facts);
        assertThat(e.computed()).isFalse();
        assertThat(e.problems()).singleElement().asString().contains("'ebitdaa' is neither a concept");
        assertThat(CATALOG.unresolved(Formula.parse("ebitdaa / revenue"))).containsExactly("ebitdaa");
    }
}
