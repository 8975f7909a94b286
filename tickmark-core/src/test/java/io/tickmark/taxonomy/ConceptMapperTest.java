package io.tickmark.taxonomy;

import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.tickmark.statement.StatementType.BALANCE_SHEET;
import static io.tickmark.statement.StatementType.CASH_FLOW;
import static io.tickmark.statement.StatementType.INCOME_STATEMENT;
import static org.assertj.core.api.Assertions.assertThat;

class ConceptMapperTest {
    private static final ConceptMapper MAPPER = ConceptMapper.standard();

    private static String single(StatementType type, String label) {
        return MAPPER.map(type, Rows.of(label)).get(0).concept();
    }

    private static List<String> concepts(StatementType type, String... labels) {
        return MAPPER.map(type, Rows.of(labels)).stream().map(Mapping::concept).toList();
    }

    static Stream<Arguments> realWordings() {
        return Stream.of(
                Arguments.of(INCOME_STATEMENT, "Net sales", "revenue"),
                Arguments.of(INCOME_STATEMENT, "Total net sales", "revenue"),
                Arguments.of(INCOME_STATEMENT, "Revenues", "revenue"),
                Arguments.of(INCOME_STATEMENT, "Total revenues", "revenue"),
                Arguments.of(INCOME_STATEMENT, "Net revenues", "revenue"),
                Arguments.of(INCOME_STATEMENT, "Sales to customers", "revenue"),
                Arguments.of(INCOME_STATEMENT, "Net operating revenues", "revenue"),
                Arguments.of(INCOME_STATEMENT, "Revenue (1)", "revenue"),
                Arguments.of(INCOME_STATEMENT, "Net sales(a)", "revenue"),
                Arguments.of(INCOME_STATEMENT, "Net Sales*", "revenue"),
                Arguments.of(INCOME_STATEMENT, "Cost of sales (exclusive of depreciation shown below)", "cost_of_revenue"),
                Arguments.of(INCOME_STATEMENT, "Cost of goods sold", "cost_of_revenue"),
                Arguments.of(INCOME_STATEMENT, "Costs of Sales", "cost_of_revenue"),
                Arguments.of(INCOME_STATEMENT, "Gross margin", "gross_profit"),
                Arguments.of(INCOME_STATEMENT, "Research, development and related expenses", "rnd"),
                Arguments.of(INCOME_STATEMENT, "Selling, general & administrative expenses", "sga"),
                Arguments.of(INCOME_STATEMENT, "Operating income (loss)", "operating_income"),
                Arguments.of(INCOME_STATEMENT, "Income from operations", "operating_income"),
                Arguments.of(INCOME_STATEMENT, "Income (loss) before income taxes", "income_before_tax"),
                Arguments.of(INCOME_STATEMENT, "Provision for (benefit from) income taxes", "income_tax"),
                Arguments.of(INCOME_STATEMENT, "Net (loss) income", "net_income"),
                Arguments.of(INCOME_STATEMENT, "Net earnings attributable to Acme Corporation", "net_income_attributable_parent"),
                Arguments.of(INCOME_STATEMENT, "Less: Net income attributable to noncontrolling interests", "net_income_noncontrolling"),
                Arguments.of(INCOME_STATEMENT, "Diluted earnings per share", "eps_diluted"),
                Arguments.of(INCOME_STATEMENT, "Net income per share - basic", "eps_basic"),
                Arguments.of(INCOME_STATEMENT, "营业收入", "revenue"),
                Arguments.of(INCOME_STATEMENT, "归属于母公司股东的净利润", "net_income_attributable_parent"),
                Arguments.of(BALANCE_SHEET, "Accounts payable and other current liabilities (Note 12)", "accounts_payable_and_accrued"),
                Arguments.of(BALANCE_SHEET, "Accounts payable and accrued liabilities", "accounts_payable_and_accrued"),
                Arguments.of(BALANCE_SHEET, "Accounts receivable, less allowances of $45 and $39", "accounts_receivable"),
                Arguments.of(BALANCE_SHEET, "Accounts receivable, net of allowance of $12 and $10", "accounts_receivable"),
                Arguments.of(BALANCE_SHEET, "Trade receivables (net of allowance of $12 and $10) (Note 5)", "accounts_receivable"),
                Arguments.of(BALANCE_SHEET, "Property, plant and equipment, net of accumulated depreciation", "ppe_net"),
                Arguments.of(BALANCE_SHEET, "Property and equipment, net", "ppe_net"),
                Arguments.of(BALANCE_SHEET, "Merchandise inventories", "inventory"),
                Arguments.of(BALANCE_SHEET, "Cash and cash equivalents", "cash"),
                Arguments.of(BALANCE_SHEET, "Total liabilities and shareholders' equity", "total_liabilities_and_equity"),
                Arguments.of(BALANCE_SHEET, "Total liabilities and stockholders’ equity (deficit)", "total_liabilities_and_equity"),
                Arguments.of(BALANCE_SHEET, "Total liabilities", "total_liabilities"),
                Arguments.of(BALANCE_SHEET, "Retained earnings (accumulated deficit)", "retained_earnings"),
                Arguments.of(BALANCE_SHEET, "Treasury stock, at cost", "treasury_stock"),
                Arguments.of(BALANCE_SHEET, "Long-term debt, less current portion", "long_term_debt"),
                Arguments.of(BALANCE_SHEET, "资产总计", "total_assets"),
                Arguments.of(CASH_FLOW, "Net cash used in investing activities", "cash_from_investing"),
                Arguments.of(CASH_FLOW, "Net cash provided by (used in) financing activities", "cash_from_financing"),
                Arguments.of(CASH_FLOW, "Cash generated by operating activities", "cash_from_operations"),
                Arguments.of(CASH_FLOW, "Purchases of property and equipment, net of proceeds", "capex"),
                Arguments.of(CASH_FLOW, "Payments for acquisition of property, plant and equipment", "capex"),
                Arguments.of(CASH_FLOW, "Additions to property and equipment", "capex"),
                Arguments.of(CASH_FLOW, "Capital expenditures", "capex"),
                Arguments.of(CASH_FLOW, "Depreciation, depletion and amortization", "depreciation_amortization"),
                Arguments.of(CASH_FLOW, "Share-based compensation expense", "stock_based_compensation"),
                Arguments.of(CASH_FLOW, "Repurchases of common stock", "share_repurchases"),
                Arguments.of(CASH_FLOW, "Cash dividends paid", "dividends_paid"),
                Arguments.of(CASH_FLOW, "(Increase) decrease in accounts receivable", "change_accounts_receivable"),
                Arguments.of(CASH_FLOW, "Effect of exchange rate changes on cash, cash equivalents and restricted cash", "fx_effect_on_cash"),
                Arguments.of(CASH_FLOW, "Net (decrease) increase in cash and cash equivalents", "net_change_in_cash"),
                Arguments.of(CASH_FLOW, "Cash and cash equivalents at end of year", "cash_ending"),
                Arguments.of(CASH_FLOW, "Cash, cash equivalents and restricted cash, beginning of period", "cash_beginning"));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @MethodSource("realWordings")
    void maps_real_10k_wordings(StatementType type, String label, String concept) {
        assertThat(single(type, label)).isEqualTo(concept);
    }

    @Test
    void total_liabilities_and_equity_is_never_total_liabilities() {
        List<String> mapped = concepts(BALANCE_SHEET, "Total current liabilities", "Long-term debt", "Total shareholders' equity",
                "Total liabilities and shareholders' equity");
        assertThat(mapped).doesNotContain("total_liabilities").endsWith("total_liabilities_and_equity");
    }

    @Test
    void maps_total_current_assets_from_a_bare_total_under_its_heading() {
        assertThat(concepts(BALANCE_SHEET, "Current assets:", "Cash", "Inventories", "Other", "Total", "-", "Goodwill"))
                .containsExactly(null, "cash", "inventory", "other_current_assets", "total_current_assets", "goodwill");
    }

    @Test
    void other_maps_only_by_its_section() {
        assertThat(single(BALANCE_SHEET, "Other")).isNull();
        assertThat(concepts(CASH_FLOW, "Investing activities:", "Capital expenditures", "Other", "-",
                "Financing activities:", "Dividends paid", "Other"))
                .containsExactly(null, "capex", "other_investing", null, "dividends_paid", "other_financing");
    }

    @Test
    void basic_and_diluted_map_by_their_heading() {
        assertThat(concepts(INCOME_STATEMENT, "Net income", "Earnings per share:", "Basic", "Diluted", "-",
                "Weighted-average shares outstanding:", "Basic", "Diluted"))
                .containsExactly("net_income", null, "eps_basic", "eps_diluted", null, "shares_basic", "shares_diluted");
    }

    @Test
    void net_income_starts_the_cash_flow_statement_under_any_wording() {
        assertThat(concepts(CASH_FLOW, "Operating activities:", "Net earnings including noncontrolling interests", "Depreciation and amortization"))
                .containsExactly(null, "net_income", "depreciation_amortization");
        assertThat(concepts(CASH_FLOW, "Cash flows from operating activities:", "Consolidated net income (loss)"))
                .containsExactly(null, "net_income");
    }

    @Test
    void cash_is_a_balance_on_the_balance_sheet_and_an_end_balance_in_the_cash_flow() {
        assertThat(single(BALANCE_SHEET, "Cash and cash equivalents")).isEqualTo("cash");
        assertThat(concepts(CASH_FLOW, "Net increase in cash", "Cash and cash equivalents:", "Beginning of year", "End of year"))
                .containsExactly("net_change_in_cash", null, "cash_beginning", "cash_ending");
    }

    @Test
    void equity_total_before_noncontrolling_interest_is_the_parents_equity() {
        assertThat(concepts(BALANCE_SHEET, "Retained earnings", "Total Acme Inc. shareholders' equity", "Noncontrolling interests",
                "Total equity", "Total liabilities and equity"))
                .containsExactly("retained_earnings", "total_equity_parent", "noncontrolling_interest", "total_equity",
                        "total_liabilities_and_equity");
        assertThat(concepts(BALANCE_SHEET, "Retained earnings", "Total shareholders' equity", "Total liabilities and equity"))
                .containsExactly("retained_earnings", "total_equity", "total_liabilities_and_equity");
    }

    @Test
    void net_income_and_net_income_attributable_are_told_apart() {
        assertThat(concepts(INCOME_STATEMENT, "Net income", "Net income attributable to noncontrolling interest",
                "Net income attributable to Acme"))
                .containsExactly("net_income", "net_income_noncontrolling", "net_income_attributable_parent");
    }

    @Test
    void balance_sheet_side_tells_deferred_tax_assets_from_liabilities() {
        assertThat(concepts(BALANCE_SHEET, "Goodwill", "Deferred income taxes", "Total assets", "Accounts payable", "Deferred income taxes"))
                .containsExactly("goodwill", "deferred_tax_assets", "total_assets", "accounts_payable", "deferred_tax_liabilities");
    }

    @Test
    void current_heading_picks_the_current_variant() {
        assertThat(concepts(BALANCE_SHEET, "Current liabilities:", "Operating lease liabilities", "-", "Operating lease liabilities"))
                .containsExactly(null, "operating_lease_liabilities_current", "operating_lease_liabilities_noncurrent");
    }

    @Test
    void a_concept_goes_to_one_row_and_the_other_stays_unmapped_with_a_reason() {
        List<Mapping> m = MAPPER.map(INCOME_STATEMENT, Rows.of("Net sales", "Revenues"));
        assertThat(m).extracting(Mapping::concept).containsExactly("revenue", null);
        assertThat(m.get(1).reason()).contains("revenue already mapped to row 0");
        assertThat(m).hasSize(2);
    }

    @Test
    void total_liabilities_is_not_invented_when_the_statement_has_none() {
        List<String> mapped = concepts(BALANCE_SHEET, "Total assets", "Current liabilities:", "Accounts payable",
                "Total current liabilities", "-", "Long-term debt", "Total equity", "Total liabilities and equity");
        assertThat(mapped).doesNotContain("total_liabilities");
    }

    @Test
    void prefers_no_mapping_to_a_wrong_one() {
        assertThat(single(BALANCE_SHEET, "Total debt")).isNull();
        assertThat(single(INCOME_STATEMENT, "Comprehensive income attributable to Acme")).isNull();
        assertThat(single(CASH_FLOW, "Proceeds from sale of intangible assets")).isNull();
        assertThat(single(BALANCE_SHEET, "Accrued warranty")).isNull();
        assertThat(single(INCOME_STATEMENT, "Segment operating profit (loss) of the widget business")).isNull();
    }

    @Test
    void fuzzy_match_tolerates_noise_words_only() {
        Mapping m = MAPPER.map(CASH_FLOW, Rows.of("Net loss", "Amortization of intangible assets acquired in business combinations")).get(1);
        assertThat(m.concept()).isNull();
        Mapping f = MAPPER.map(INCOME_STATEMENT, Rows.of("Consolidated selling, general and administrative expenses")).get(0);
        assertThat(f.concept()).isEqualTo("sga");
        assertThat(f.score()).isLessThan(0.9);
        assertThat(f.reason()).startsWith("similar to");
        assertThat(single(INCOME_STATEMENT, "Research and development expenses, company-sponsored programmes")).isNull();
    }

    @Test
    void headings_are_never_mapped() {
        assertThat(MAPPER.map(BALANCE_SHEET, Rows.of("Total current assets:")).get(0).mapped()).isFalse();
    }
}
