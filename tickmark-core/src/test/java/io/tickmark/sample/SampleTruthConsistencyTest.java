package io.tickmark.sample;

import io.tickmark.facts.Period;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SampleTruthConsistencyTest {
    private static final List<String> CORE = List.of("revenue", "cost_of_revenue", "gross_profit", "operating_income",
            "net_income", "depreciation_amortization", "capex", "cash_from_operations", "total_assets",
            "total_current_assets", "accounts_receivable", "inventory", "ppe_net", "total_current_liabilities",
            "accounts_payable", "total_liabilities", "total_equity", "cash", "dividends_paid");

    static Stream<SampleTruth> truths() {
        return Stream.concat(Stream.of(SampleCompany.defaultCompany()), LongStream.range(0, 12).mapToObj(SampleCompany::fromSeed))
                .map(SampleReport::truth);
    }

    private static BigDecimal v(StatementTruth statement, String key, Period period) {
        return statement.line(key).value(period);
    }

    private static BigDecimal sum(StatementTruth statement, Period period, String... keys) {
        BigDecimal total = BigDecimal.ZERO;
        for (String key : keys) total = total.add(v(statement, key, period));
        return total;
    }

    @ParameterizedTest
    @MethodSource("truths")
    void income_statement_subtotals_add_up(SampleTruth truth) {
        StatementTruth is = truth.statement(StatementType.INCOME_STATEMENT);
        for (Period p : is.periods()) {
            assertThat(v(is, "gross_profit", p)).isEqualTo(v(is, "revenue", p).subtract(v(is, "cost_of_revenue", p)));
            assertThat(v(is, "total_opex", p)).isEqualTo(sum(is, p, "rnd", "sga", "restructuring"));
            assertThat(v(is, "operating_income", p)).isEqualTo(v(is, "gross_profit", p).subtract(v(is, "total_opex", p)));
            assertThat(v(is, "pretax_income", p)).isEqualTo(sum(is, p, "operating_income", "interest_expense", "other_income"));
            assertThat(v(is, "net_income", p)).isEqualTo(v(is, "pretax_income", p).subtract(v(is, "income_tax", p)));
            assertThat(v(is, "ni_company", p)).isEqualTo(v(is, "net_income", p).subtract(v(is, "ni_nci", p)));
            BigDecimal eps = v(is, "ni_company", p).divide(v(is, "shares_basic", p), 2, RoundingMode.HALF_UP);
            assertThat(v(is, "eps_basic", p)).isEqualByComparingTo(eps);
        }
        if (is.lines().stream().anyMatch(l -> l.key().equals("rev_product"))) {
            Period p = is.periods().get(0);
            assertThat(v(is, "revenue", p)).isEqualTo(sum(is, p, "rev_product", "rev_services"));
        }
    }

    @ParameterizedTest
    @MethodSource("truths")
    void balance_sheet_balances_and_subtotals_add_up(SampleTruth truth) {
        StatementTruth bs = truth.statement(StatementType.BALANCE_SHEET);
        assertThat(bs.periods()).allMatch(Period::isInstant).hasSize(2);
        for (Period p : bs.periods()) {
            assertThat(v(bs, "total_current_assets", p))
                    .isEqualTo(sum(bs, p, "cash", "st_investments", "accounts_receivable", "inventory", "prepaid"));
            assertThat(v(bs, "total_assets", p))
                    .isEqualTo(sum(bs, p, "total_current_assets", "ppe_net", "goodwill", "intangibles", "other_assets"));
            assertThat(v(bs, "total_current_liabilities", p))
                    .isEqualTo(sum(bs, p, "accounts_payable", "accrued_liabilities", "current_debt"));
            assertThat(v(bs, "total_liabilities", p))
                    .isEqualTo(sum(bs, p, "total_current_liabilities", "long_term_debt", "other_liabilities"));
            assertThat(v(bs, "company_equity", p))
                    .isEqualTo(sum(bs, p, "common_stock", "apic", "retained_earnings", "aoci", "treasury_stock"));
            assertThat(v(bs, "total_equity", p)).isEqualTo(sum(bs, p, "company_equity", "nci_equity"));
            assertThat(v(bs, "total_liabilities_and_equity", p)).isEqualTo(sum(bs, p, "total_liabilities", "total_equity"))
                    .isEqualTo(v(bs, "total_assets", p));
            assertThat(v(bs, "treasury_stock", p).signum()).isNegative();
        }
    }

    @ParameterizedTest
    @MethodSource("truths")
    void cash_flow_rolls_forward_and_ties_to_the_other_statements(SampleTruth truth) {
        StatementTruth cf = truth.statement(StatementType.CASH_FLOW);
        StatementTruth is = truth.statement(StatementType.INCOME_STATEMENT);
        StatementTruth bs = truth.statement(StatementType.BALANCE_SHEET);
        List<Period> periods = cf.periods();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            assertThat(v(cf, "cash_from_operations", p)).isEqualTo(sum(cf, p, "net_income", "depreciation_amortization",
                    "stock_comp", "deferred_taxes", "chg_receivables", "chg_inventory", "chg_prepaid", "chg_payables", "chg_accrued"));
            assertThat(v(cf, "cash_from_investing", p))
                    .isEqualTo(sum(cf, p, "capex", "acquisitions", "purchases_investments", "sales_investments"));
            assertThat(v(cf, "cash_from_financing", p))
                    .isEqualTo(sum(cf, p, "dividends_paid", "repurchases", "debt_issued", "debt_repaid", "other_financing"));
            assertThat(v(cf, "net_change_cash", p)).isEqualTo(
                    sum(cf, p, "cash_from_operations", "cash_from_investing", "cash_from_financing", "fx_effect"));
            assertThat(v(cf, "cash_end", p)).isEqualTo(sum(cf, p, "cash_begin", "net_change_cash"));
            assertThat(v(cf, "net_income", p)).isEqualTo(v(is, "net_income", p));
            assertThat(v(cf, "capex", p).signum()).isNegative();
            if (i + 1 < periods.size()) assertThat(v(cf, "cash_begin", p)).isEqualTo(v(cf, "cash_end", periods.get(i + 1)));
            if (i < bs.periods().size()) assertThat(v(cf, "cash_end", p)).isEqualTo(v(bs, "cash", bs.periods().get(i)));
        }
    }

    @ParameterizedTest
    @MethodSource("truths")
    void balance_sheet_changes_match_the_latest_year_of_the_other_statements(SampleTruth truth) {
        StatementTruth bs = truth.statement(StatementType.BALANCE_SHEET);
        StatementTruth cf = truth.statement(StatementType.CASH_FLOW);
        StatementTruth is = truth.statement(StatementType.INCOME_STATEMENT);
        Period now = bs.periods().get(0);
        Period before = bs.periods().get(1);
        Period year = cf.periods().get(0);
        assertThat(v(cf, "chg_receivables", year)).isEqualTo(v(bs, "accounts_receivable", before).subtract(v(bs, "accounts_receivable", now)));
        assertThat(v(cf, "chg_inventory", year)).isEqualTo(v(bs, "inventory", before).subtract(v(bs, "inventory", now)));
        assertThat(v(cf, "chg_payables", year)).isEqualTo(v(bs, "accounts_payable", now).subtract(v(bs, "accounts_payable", before)));
        assertThat(v(cf, "chg_accrued", year)).isEqualTo(v(bs, "accrued_liabilities", now).subtract(v(bs, "accrued_liabilities", before)));
        assertThat(v(bs, "retained_earnings", now)).isEqualTo(
                v(bs, "retained_earnings", before).add(v(is, "ni_company", year)).add(v(cf, "dividends_paid", year)));
        assertThat(v(bs, "treasury_stock", now)).isEqualTo(v(bs, "treasury_stock", before).add(v(cf, "repurchases", year)));
    }

    @ParameterizedTest
    @MethodSource("truths")
    void every_core_concept_is_printed_once_with_values_for_every_column(SampleTruth truth) {
        List<String> found = new ArrayList<>();
        for (StatementTruth statement : truth.statements().values()) {
            for (TruthLine line : statement.conceptLines()) {
                found.add(line.concept());
                assertThat(line.values().keySet()).containsExactlyElementsOf(statement.periods());
            }
        }
        assertThat(found).containsAll(CORE);
        assertThat(found.stream().filter(c -> !c.equals("net_income"))).doesNotHaveDuplicates();
        assertThat(CORE).containsAll(found);
    }

    @ParameterizedTest
    @MethodSource("truths")
    void periods_follow_the_fiscal_calendar_latest_first(SampleTruth truth) {
        SampleCompany company = truth.company();
        StatementTruth is = truth.statement(StatementType.INCOME_STATEMENT);
        assertThat(is.periods()).hasSize(company.years()).allMatch(p -> p.months() == 12);
        assertThat(is.periods().get(0).end()).isEqualTo(company.fiscalYearEnd().endOf(company.fiscalYear()));
        assertThat(is.periods().get(0).end()).isAfter(is.periods().get(1).end());
        assertThat(truth.value("total_assets", Period.instant(company.yearEnd(0))).signum()).isPositive();
    }
}
