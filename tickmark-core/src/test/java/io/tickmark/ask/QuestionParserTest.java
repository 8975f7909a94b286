package io.tickmark.ask;

import io.tickmark.ask.ParsedQuestion.AnswerUnit;
import io.tickmark.ask.ParsedQuestion.Scale;
import io.tickmark.ask.ParsedQuestion.Shape;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionParserTest {
    private static final Map<String, List<String>> CATALOG = catalog();
    private final QuestionParser parser = new QuestionParser(CATALOG);

    private static Map<String, List<String>> catalog() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("revenue", List.of("total revenue", "revenue", "net sales"));
        c.put("capex", List.of("capital expenditure", "capex"));
        c.put("ppe_net", List.of("net PPNE", "net property, plant and equipment"));
        c.put("capex_to_revenue", List.of("capex as a % of revenue"));
        c.put("net_profit_margin", List.of("net profit margin", "net margin"));
        c.put("ebitda", List.of("EBITDA"));
        c.put("ebitda_margin", List.of("EBITDA % margin", "EBITDA margin"));
        c.put("cogs_margin", List.of("COGS % margin", "cost of goods sold as a % of revenue"));
        c.put("cost_of_revenue", List.of("COGS", "cost of goods sold"));
        c.put("inventory", List.of("inventories"));
        c.put("cash_from_operations", List.of("cash flow from operating activities"));
        c.put("dividends_paid", List.of("cash dividends", "dividends paid"));
        c.put("payout_ratio", List.of("dividend payout ratio", "payout ratio"));
        c.put("retention_ratio", List.of("retention ratio"));
        c.put("roa", List.of("return on assets", "ROA"));
        c.put("fixed_asset_turnover", List.of("fixed asset turnover ratio"));
        c.put("asset_turnover", List.of("asset turnover ratio"));
        c.put("inventory_turnover", List.of("inventory turnover ratio"));
        c.put("working_capital_ratio", List.of("working capital ratio", "current ratio"));
        c.put("net_working_capital", List.of("net working capital"));
        c.put("dpo", List.of("days payable outstanding"));
        c.put("ccc", List.of("cash conversion cycle"));
        c.put("fcf", List.of("free cash flow"));
        c.put("operating_margin", List.of("operating income % margin", "operating margin"));
        c.put("total_assets", List.of("total assets"));
        return c;
    }

    private ParsedQuestion parse(String q) {
        return parser.parse(q);
    }

    private String formula(String q) {
        ParsedQuestion p = parse(q);
        assertThat(p.problems()).as(q).isEmpty();
        return p.formula();
    }

    // --- definitions written in the question -------------------------------------------------------

    @Test
    void fixed_asset_turnover_definition_becomes_revenue_over_average_ppe() {
        assertThat(formula("What is the FY2021 fixed asset turnover ratio for Quarry Works? Fixed asset turnover ratio is defined as: "
                + "FY2021 revenue / (average PP&E between FY2020 and FY2021). Round your answer to two decimal places."))
                .isEqualTo("revenue / avg(ppe_net)");
    }

    @Test
    void roa_definition_uses_average_total_assets() {
        ParsedQuestion p = parse("What is the FY2016 return on assets (ROA) for Lantern Foods? ROA is defined as: FY2016 net income / "
                + "(average total assets between FY2015 and FY2016). Round your answer to two decimal places.");
        assertThat(p.problems()).isEmpty();
        assertThat(p.formula()).isEqualTo("net_income / avg(total_assets)");
        assertThat(p.metricId()).isEqualTo("roa");
    }

    @Test
    void define_as_sentence_with_divided_by() {
        assertThat(formula("What is Harbor Mills's FY2019 working capital ratio? Define working capital ratio as total current assets "
                + "divided by total current liabilities. Round your answer to two decimal places."))
                .isEqualTo("total_current_assets / total_current_liabilities");
    }

    @Test
    void free_cash_flow_keeps_its_parentheses_and_takes_capex_as_a_magnitude() {
        assertThat(formula("What is the FY2022 free cash flow (FCF) for Orchard Tools? FCF here is defined as: "
                + "(cash from operations - capex). Answer in USD millions."))
                .isEqualTo("(cash_from_operations - abs(capex))");
    }

    @Test
    void cash_conversion_cycle_inlines_the_three_definitions_it_names() {
        assertThat(formula("What is the FY2020 cash conversion cycle (CCC) for Pine Apparel? CCC is defined as: DIO + DSO - DPO. "
                + "DIO is defined as: 365 * (average inventory between FY2019 and FY2020) / (FY2020 COGS). "
                + "DSO is defined as: 365 * (average accounts receivable between FY2019 and FY2020) / (FY2020 Revenue). "
                + "DPO is defined as: 365 * (average accounts payable between FY2019 and FY2020) / (FY2020 COGS + change in inventory "
                + "between FY2019 and FY2020). Round your answer to two decimal places."))
                .isEqualTo("(365 * avg(inventory) / cost_of_revenue) + (365 * avg(accounts_receivable) / revenue)"
                        + " - (365 * avg(accounts_payable) / (cost_of_revenue + change(inventory)))");
    }

    @Test
    void days_payable_outstanding_definition() {
        assertThat(formula("What is FY2019 days payable outstanding (DPO) for Pine Apparel? DPO is defined as: 365 * (average accounts "
                + "payable between FY2018 and FY2019) / (FY2019 COGS + change in inventory between FY2018 and FY2019). "
                + "Round your answer to two decimal places."))
                .isEqualTo("365 * avg(accounts_payable) / (cost_of_revenue + change(inventory))");
    }

    @Test
    void ebitda_defined_from_the_cash_flow_statement_drops_the_source_note() {
        ParsedQuestion p = parse("What is Lantern Foods's FY2018 EBITDA? Define unadjusted EBITDA as unadjusted operating income + "
                + "depreciation and amortization from the cash flow statement. Answer in USD millions.");
        assertThat(p.problems()).isEmpty();
        assertThat(p.formula()).isEqualTo("operating_income + depreciation_amortization");
    }

    @Test
    void ebitda_margin_average_divides_the_defined_ebitda_by_revenue() {
        ParsedQuestion p = parse("What is the FY2019 - FY2021 3 year average unadjusted EBITDA % margin for Harbor Mills? Define "
                + "unadjusted EBITDA as unadjusted operating income + depreciation and amortization from the cash flow statement. "
                + "Answer in units of percents and round to one decimal place.");
        assertThat(p.formula()).isEqualTo("(operating_income + depreciation_amortization) / revenue");
        assertThat(p.expression()).isEqualTo("mean((operating_income + depreciation_amortization) / revenue, 3)");
    }

    @Test
    void expression_followed_by_its_name_in_parentheses_is_a_definition() {
        ParsedQuestion p = parse("What is Quarry Works's FY2020 unadjusted operating income + depreciation and amortization from the "
                + "cash flow statement (unadjusted EBITDA) in USD millions?");
        assertThat(p.problems()).isEmpty();
        assertThat(p.metricId()).isEqualTo("ebitda");
        assertThat(p.formula()).isEqualTo("operating_income + depreciation_amortization");
        assertThat(p.scale()).isEqualTo(Scale.MILLIONS);
    }

    @Test
    void asset_and_inventory_turnover_definitions() {
        assertThat(formula("What is Orchard Tools's FY2022 asset turnover ratio? Asset turnover ratio is defined as: FY2022 revenue / "
                + "(average total assets between FY2021 and FY2022). Round your answer to two decimal places."))
                .isEqualTo("revenue / avg(total_assets)");
        assertThat(formula("What is the FY2018 inventory turnover ratio for Pine Apparel? Inventory turnover ratio is defined as: "
                + "(FY2018 COGS) / (average inventory between FY2017 and FY2018). Round your answer to two decimal places."))
                .isEqualTo("cost_of_revenue / avg(inventory)");
    }

    @Test
    void net_working_capital_less_is_subtraction() {
        assertThat(formula("What is Harbor Mills's FY2017 net working capital? Define net working capital as total current assets "
                + "less total current liabilities. Answer in USD millions."))
                .isEqualTo("total_current_assets - total_current_liabilities");
    }

    @Test
    void prior_year_in_a_definition_is_an_offset_of_minus_one() {
        assertThat(formula("What is the FY2020 fixed asset turnover ratio for Quarry Works? Fixed asset turnover ratio is defined as: "
                + "FY2020 revenue divided by FY2019 net PP&E."))
                .isEqualTo("revenue / ppe_net@-1");
    }

    @Test
    void taxonomy_labels_are_accepted_where_the_lexicon_has_no_word() {
        assertThat(formula("What is Harbor Mills's FY2019 fixed asset turnover ratio? Fixed asset turnover ratio is defined as: "
                + "FY2019 revenue / (goodwill + accrued liabilities)."))
                .isEqualTo("revenue / (goodwill + accrued_liabilities)");
    }

    @Test
    void definition_with_an_unknown_term_is_refused_naming_the_term() {
        ParsedQuestion p = parse("What is the FY2019 fixed asset turnover ratio for Quarry Works? Fixed asset turnover ratio is "
                + "defined as: FY2019 revenue / (average widget backlog between FY2018 and FY2019).");
        assertThat(p.formula()).isNull();
        assertThat(p.understood()).isFalse();
        assertThat(p.expression()).isNull();
        assertThat(p.problems()).anySatisfy(m -> assertThat(m).contains("unknown term 'widget backlog'"));
    }

    @Test
    void definition_year_that_is_not_the_asked_year_is_a_problem() {
        ParsedQuestion p = parse("What is the FY2019 return on assets (ROA) for Lantern Foods? ROA is defined as: FY2017 net income / "
                + "(average total assets between FY2018 and FY2019).");
        assertThat(p.formula()).isNull();
        assertThat(p.problems()).anySatisfy(m -> assertThat(m).contains("FY2017 net income"));
        ParsedQuestion span = parse("What is the FY2019 return on assets (ROA) for Lantern Foods? ROA is defined as: FY2019 net income / "
                + "(average total assets between FY2017 and FY2019).");
        assertThat(span.formula()).isNull();
        assertThat(span.problems()).anySatisfy(m -> assertThat(m).contains("does not span FY2018 to FY2019"));
    }

    @Test
    void malformed_definition_is_refused() {
        ParsedQuestion p = parse("What is Harbor Mills's FY2019 working capital ratio? Define working capital ratio as "
                + "(total current assets / total current liabilities.");
        assertThat(p.formula()).isNull();
        assertThat(p.problems()).anySatisfy(m -> assertThat(m).contains("not closed"));
    }

    @Test
    void definition_of_another_metric_than_the_one_asked_is_a_problem() {
        ParsedQuestion p = parse("What is the FY2019 net profit margin for Quarry Works? ROA is defined as: FY2019 net income / "
                + "(average total assets between FY2018 and FY2019).");
        assertThat(p.understood()).isFalse();
        assertThat(p.problems()).anySatisfy(m -> assertThat(m).contains("defines ['ROA']"));
    }

    // --- using-clauses -----------------------------------------------------------------------------

    @Test
    void payout_ratio_using_clause_builds_dividends_over_attributable_income() {
        ParsedQuestion p = parse("What is Lantern Foods's FY2021 dividend payout ratio (using total cash dividends paid and net income "
                + "attributable to shareholders)? Round answer to two decimal places.");
        assertThat(p.problems()).isEmpty();
        assertThat(p.metricId()).isEqualTo("payout_ratio");
        assertThat(p.inputs()).containsExactly("abs(dividends_paid)", "net_income_attributable_parent");
        assertThat(p.formula()).isEqualTo("abs(dividends_paid) / net_income_attributable_parent");
    }

    @Test
    void retention_ratio_is_one_less_the_payout() {
        ParsedQuestion p = parse("Here's the question: what is the FY2020 retention ratio (using total cash dividends paid and net "
                + "income attributable to shareholders) for Harbor Mills? Round answer to two decimal places.");
        assertThat(p.formula()).isEqualTo("1 - abs(dividends_paid) / net_income_attributable_parent");
        assertThat(p.companyMentions()).containsExactly("Harbor Mills");
    }

    @Test
    void using_sentence_is_a_hint_of_inputs_not_a_formula() {
        ParsedQuestion p = parse("What is the FY2016 unadjusted EBITDA % margin for Orchard Tools? Calculate unadjusted EBITDA using "
                + "unadjusted operating income and D&A (from cash flow statement).");
        assertThat(p.problems()).isEmpty();
        assertThat(p.metricId()).isEqualTo("ebitda_margin");
        assertThat(p.formula()).isNull();
        assertThat(p.inputs()).containsExactly("operating_income", "depreciation_amortization");
        assertThat(p.expression()).isEqualTo("ebitda_margin");
    }

    @Test
    void using_clause_with_an_unknown_term_is_a_problem() {
        ParsedQuestion p = parse("What is the FY2020 dividend payout ratio (using total cash dividends paid and widget earnings) "
                + "for Harbor Mills?");
        assertThat(p.understood()).isFalse();
        assertThat(p.problems()).anySatisfy(m -> assertThat(m).contains("unknown term 'widget earnings'"));
    }

    // --- periods -----------------------------------------------------------------------------------

    @Test
    void single_year_wordings() {
        assertThat(parse("What is the year end FY2018 net PPNE for Quarry Works? Answer in USD billions.").fiscalYear()).isEqualTo(2018);
        ParsedQuestion end = parse("How much total assets did Orchard Tools have at the end of FY2021? Answer in USD millions.");
        assertThat(end.fiscalYear()).isEqualTo(2021);
        assertThat(end.shape()).isEqualTo(Shape.SINGLE);
        assertThat(end.expression()).isEqualTo("total_assets");
        assertThat(parse("How much did Pine Apparel generate in cash flow from operating activities in FY2020? Answer in USD millions.")
                .expression()).isEqualTo("cash_from_operations");
    }

    @Test
    void three_year_average_from_a_dash_range() {
        ParsedQuestion p = parse("What is the FY2016 - FY2018 3 year average of capex as a % of revenue for Quarry Works? Answer in "
                + "units of percents and round to one decimal place.");
        assertThat(p.problems()).isEmpty();
        assertThat(p.fiscalYear()).isEqualTo(2018);
        assertThat(p.shape()).isEqualTo(Shape.MEAN);
        assertThat(p.params()).containsEntry("n", 3);
        assertThat(p.metricId()).isEqualTo("capex_to_revenue");
        assertThat(p.expression()).isEqualTo("mean(capex_to_revenue, 3)");
    }

    @Test
    void three_year_average_written_from_to() {
        ParsedQuestion p = parse("What is Pine Apparel's three year average of cost of goods sold as a % of revenue from FY2017 to "
                + "FY2019? Answer in units of percents and round to one decimal place.");
        assertThat(p.problems()).isEmpty();
        assertThat(p.expression()).isEqualTo("mean(cogs_margin, 3)");
        assertThat(p.fiscalYear()).isEqualTo(2019);
    }

    @Test
    void growth_rate_between_consecutive_years() {
        ParsedQuestion p = parse("What is the FY2020 - FY2021 total revenue growth rate for Ridge (formerly known as Basin)? Answer in "
                + "units of percents and round to one decimal place.");
        assertThat(p.problems()).isEmpty();
        assertThat(p.expression()).isEqualTo("growth(revenue)");
        assertThat(p.fiscalYear()).isEqualTo(2021);
    }

    @Test
    void cagr_takes_n_and_the_last_year() {
        ParsedQuestion p = parse("What is Harbor Mills's 2 year total revenue CAGR from FY2019 to FY2021 (in units of percents and "
                + "round to one decimal place)?");
        assertThat(p.problems()).isEmpty();
        assertThat(p.shape()).isEqualTo(Shape.CAGR);
        assertThat(p.expression()).isEqualTo("cagr(revenue, 2)");
        assertThat(p.unit()).isEqualTo(AnswerUnit.PERCENT);
        assertThat(p.decimals()).isEqualTo(1);
    }

    @Test
    void change_in_a_margin() {
        ParsedQuestion p = parse("What is the FY2019 - FY2020 change in unadjusted operating income % margin for Orchard Tools? "
                + "Answer in units of percents and round to one decimal place.");
        assertThat(p.problems()).isEmpty();
        assertThat(p.expression()).isEqualTo("change(operating_margin)");
    }

    @Test
    void years_that_disagree_with_the_shape_are_a_problem() {
        assertThat(parse("What is the FY2015 - FY2018 3 year average net profit margin for Quarry Works?").problems())
                .anySatisfy(m -> assertThat(m).contains("3-year average cannot run from FY2015 to FY2018"));
        assertThat(parse("What is the FY2018 - FY2020 total revenue growth rate for Quarry Works?").problems())
                .anySatisfy(m -> assertThat(m).contains("not between consecutive years"));
        assertThat(parse("What is the FY2019 and FY2020 net profit margin for Quarry Works?").understood()).isFalse();
    }

    @Test
    void quarter_is_recognised_and_reported_unsupported() {
        ParsedQuestion p = parse("What is the Q2 FY2023 total revenue for Lantern Foods?");
        assertThat(p.shape()).isEqualTo(Shape.QUARTER);
        assertThat(p.understood()).isFalse();
        assertThat(p.problems()).anySatisfy(m -> assertThat(m).contains("quarter").contains("not supported"));
        assertThat(p.quarter()).isEqualTo(2);
        assertThat(p.fiscalYear()).isEqualTo(2023);
    }

    @Test
    void which_quarter_is_read_in_the_forms_analysts_write() {
        assertThat(parse("What is the second quarter of fiscal 2023 revenue for Lantern Foods?").quarter()).isEqualTo(2);
        assertThat(parse("What is the second quarter of fiscal 2023 revenue for Lantern Foods?").fiscalYear()).isEqualTo(2023);
        assertThat(parse("What is the Q3 2022 revenue for Lantern Foods?").fiscalYear()).isEqualTo(2022);
        assertThat(parse("What is the 4Q revenue for Lantern Foods?").quarter()).isEqualTo(4);
        assertThat(QuestionParser.quarterOf("As of Q2'2023, is Lantern Foods spinning off a segment?")).isEqualTo(2);
        assertThat(QuestionParser.quarterOf("What is the FY2022 revenue for Lantern Foods?")).isNull();
        assertThat(QuestionParser.halfOf("Which debt grew most in H1 FY2023?")).isEqualTo(1);
        assertThat(QuestionParser.halfOf("What drove sales in the second half of the year?")).isEqualTo(2);
        assertThat(parse("What is the FY2022 revenue for Lantern Foods?").quarter()).isNull();
    }

    // --- metric names ------------------------------------------------------------------------------

    @Test
    void metric_names_match_after_normalising_case_percent_ampersand_and_plurals() {
        assertThat(parse("What is Quarry Works's FY2021 COGS % margin?").metricId()).isEqualTo("cogs_margin");
        assertThat(parse("What is the FY2017 Capex As A Percent Of Revenue for Quarry Works?").metricId()).isEqualTo("capex_to_revenue");
        assertThat(parse("What is the year end FY2019 total amount of inventories for Pine Apparel?").metricId()).isEqualTo("inventory");
        assertThat(parse("How much (in USD billions) did Harbor Mills pay out in cash dividends for FY2020?").metricId())
                .isEqualTo("dividends_paid");
        assertThat(parse("What is the year end FY2018 net property, plant, and equipment for Quarry Works?").metricId())
                .isEqualTo("ppe_net");
    }

    @Test
    void longest_name_wins_over_a_shorter_one_inside_it() {
        ParsedQuestion p = parse("What is the FY2020 net profit margin for Lantern Foods?");
        assertThat(p.metricId()).isEqualTo("net_profit_margin");
        assertThat(p.metricPhrase()).isEqualTo("net profit margin");
        assertThat(parse("What is Lantern Foods's FY2020 unadjusted EBITDA % margin?").metricId()).isEqualTo("ebitda_margin");
    }

    @Test
    void unread_words_in_the_question_stop_a_confident_answer() {
        ParsedQuestion p = parse("What is the FY2020 total revenue from the European stores of Lantern Foods?");
        assertThat(p.understood()).isFalse();
        assertThat(p.problems()).anySatisfy(m -> assertThat(m).contains("european store"));
    }

    @Test
    void adjusted_figures_are_not_read_as_statement_figures() {
        assertThat(parse("What is Lantern Foods's FY2022 adjusted EBITDA?").understood()).isFalse();
    }

    // --- units and decimals ------------------------------------------------------------------------

    @Test
    void units_and_decimals_as_written() {
        ParsedQuestion money = parse("What is the FY2018 capital expenditure amount (in USD millions) for 7K?");
        assertThat(money.unit()).isEqualTo(AnswerUnit.MONEY);
        assertThat(money.scale()).isEqualTo(Scale.MILLIONS);
        assertThat(money.decimals()).isNull();
        assertThat(parse("What is the year end FY2018 net PPNE for Quarry Works? Answer in USD billions.").scale()).isEqualTo(Scale.BILLIONS);
        ParsedQuestion pct = parse("What is the FY2015 - FY2017 3 year average net profit margin (as a %) for Fair Deal? Answer in units "
                + "of percents and round to one decimal place.");
        assertThat(pct.unit()).isEqualTo(AnswerUnit.PERCENT);
        assertThat(pct.decimals()).isEqualTo(1);
        assertThat(pct.problems()).isEmpty();
        ParsedQuestion ratio = parse("What is Harbor Mills's FY2019 working capital ratio? Round your answer to two decimal places.");
        assertThat(ratio.unit()).isNull();
        assertThat(ratio.decimals()).isEqualTo(2);
        assertThat(parse("What is Pine Apparel's FY2019 days payable outstanding, in days, rounded to the nearest whole number?")
                .decimals()).isEqualTo(0);
    }

    @Test
    void capex_as_a_percent_of_revenue_is_a_metric_not_a_unit() {
        assertThat(parse("What is the FY2017 capex as a % of revenue for Quarry Works?").unit()).isNull();
    }

    // --- companies ---------------------------------------------------------------------------------

    @Test
    void company_mentions_as_written_with_former_names() {
        assertThat(parse("What is Ridge's (formerly known as Basin) FY2016 working capital ratio?").companyMentions())
                .containsExactly("Ridge", "Basin");
        assertThat(parse("What is Maple Spring's FY2021 COGS % margin?").companyMentions()).containsExactly("Maple Spring");
        assertThat(parse("What is the FY2018 capital expenditure amount (in USD millions) for 7K?").companyMentions()).containsExactly("7K");
        assertThat(parse("How much (in USD billions) did Northern River Works pay out in cash dividends for FY2020?").companyMentions())
                .containsExactly("Northern River Works");
        assertThat(parse("What is the year end FY2018 amount of accounts payable for QRS Resorts? Answer in USD millions.")
                .companyMentions()).containsExactly("QRS Resorts");
        assertThat(parse("What is the year end FY2019 total amount of inventories for Fair Deal?").companyMentions())
                .containsExactly("Fair Deal");
        assertThat(parse("What is Zephyr's FY2019 net profit margin?").companyMentions()).containsExactly("Zephyr");
        assertThat(parse("What is the FY2020 total revenue for Brightmart?").companyMentions()).containsExactly("Brightmart");
    }

    // --- not a metric question ---------------------------------------------------------------------

    @Test
    void why_question_is_not_a_metric_question() {
        ParsedQuestion p = parse("What drove the operating margin change as of FY2022 for Quarry Works?");
        assertThat(p.understood()).isFalse();
        assertThat(p.expression()).isNull();
        assertThat(p.problems()).anySatisfy(m -> assertThat(m).contains("does not ask for a value"));
    }

    @Test
    void question_without_a_metric_says_what_it_did_find() {
        ParsedQuestion p = parse("What is the FY2019 mood of the workforce at Lantern Foods?");
        assertThat(p.understood()).isFalse();
        assertThat(p.explanation()).contains("company 'Lantern Foods'").contains("FY2019").contains("no metric recognised");
    }

    @Test
    void question_without_a_year_is_a_problem() {
        ParsedQuestion p = parse("What is the net profit margin for Lantern Foods?");
        assertThat(p.understood()).isFalse();
        assertThat(p.problems()).anySatisfy(m -> assertThat(m).contains("no fiscal year"));
        assertThat(p.metricId()).isEqualTo("net_profit_margin");
    }
}
