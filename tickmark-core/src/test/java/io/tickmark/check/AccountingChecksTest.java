package io.tickmark.check;

import io.tickmark.check.CheckResult.Status;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Source;
import io.tickmark.facts.Unit;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccountingChecksTest {
    private static final Period FY = Period.duration(LocalDate.of(2023, 12, 31), 12);
    private static final Period END = Period.instant(LocalDate.of(2023, 12, 31));
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final AccountingChecks CHECKS = AccountingChecks.standard();

    /** Lines "concept|label|value in millions" (value blank for a heading; concept blank when unmapped). */
    private static StatementValues statement(StatementType type, Period period, String... lines) {
        List<StatementValues.Line> out = new ArrayList<>();
        for (String spec : lines) {
            String[] f = spec.split("\\|", -1);
            Map<Period, BigDecimal> values = f[2].isEmpty() ? Map.of() : Map.of(period, new BigDecimal(f[2]).multiply(MILLION));
            out.add(new StatementValues.Line(f[0].isEmpty() ? null : f[0], f[1], values));
        }
        return new StatementValues(type, MILLION, out);
    }

    private static StatementValues balanceSheet(String totalAssets, String accountsPayable) {
        return statement(StatementType.BALANCE_SHEET, END,
                "|Current assets:|", "cash|Cash|100", "accounts_receivable|Receivables|80", "inventory|Inventories|70",
                "|Prepaid and other|20", "total_current_assets|Total current assets|270",
                "ppe_net|PP&E, net|200", "goodwill|Goodwill|130", "total_assets|Total assets|" + totalAssets,
                "|Current liabilities:|", "accounts_payable|Accounts payable|" + accountsPayable, "accrued_liabilities|Accrued|40",
                "total_current_liabilities|Total current liabilities|100", "long_term_debt|Long-term debt|250",
                "total_liabilities|Total liabilities|350", "|Equity:|", "common_stock|Common stock|10",
                "retained_earnings|Retained earnings|300", "treasury_stock|Treasury stock|(60)".replace("(60)", "-60"),
                "total_equity_parent|Total Acme shareholders' equity|250", "noncontrolling_interest|Noncontrolling interests|0",
                "total_equity|Total equity|250", "total_liabilities_and_equity|Total liabilities and equity|600");
    }

    private static CheckResult result(List<CheckResult> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no check " + name + " in " + results));
    }

    @Test
    void a_balanced_balance_sheet_passes_identity_and_every_subtotal() {
        List<CheckResult> results = CHECKS.check(List.of(balanceSheet("600", "60")));
        assertThat(result(results, "balance_sheet_identity").status()).isEqualTo(Status.PASSED);
        assertThat(result(results, "liabilities_plus_equity").status()).isEqualTo(Status.PASSED);
        assertThat(results).extracting(CheckResult::name).contains("subtotal:total_current_assets", "subtotal:total_assets",
                "subtotal:total_current_liabilities", "subtotal:total_liabilities", "subtotal:total_equity_parent", "subtotal:total_equity");
        assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.name() + ": " + r.message()).isEqualTo(Status.PASSED));
    }

    @Test
    void a_misread_figure_fails_identity_and_its_subtotal_and_names_the_concepts() {
        List<CheckResult> results = CHECKS.check(List.of(balanceSheet("600", "66")));
        CheckResult sub = result(results, "subtotal:total_current_liabilities");
        assertThat(sub.status()).isEqualTo(Status.FAILED);
        assertThat(sub.left()).isEqualByComparingTo("100000000");
        assertThat(sub.right()).isEqualByComparingTo("106000000");
        assertThat(sub.concepts()).contains("total_current_liabilities", "accounts_payable", "accrued_liabilities");
        // a subtotal read from the layout is shown failed but lowers no confidence; identities between totals do
        assertThat(AccountingChecks.involvedInFailures(results)).isEmpty();
        List<CheckResult> identity = CHECKS.check(List.of(balanceSheet("610", "60")));
        assertThat(result(identity, "balance_sheet_identity").status()).isEqualTo(Status.FAILED);
        assertThat(AccountingChecks.involvedInFailures(identity)).contains(new ConceptPeriod("total_assets", END))
                .doesNotContain(new ConceptPeriod("cash", END));
    }

    @Test
    void rounding_within_one_printed_unit_passes() {
        StatementValues is = statement(StatementType.INCOME_STATEMENT, FY,
                "revenue|Net sales|1000.4", "cost_of_revenue|Cost of sales|600.3", "gross_profit|Gross profit|401");
        assertThat(result(CHECKS.check(List.of(is)), "gross_profit").status()).isEqualTo(Status.PASSED);
        StatementValues off = statement(StatementType.INCOME_STATEMENT, FY,
                "revenue|Net sales|1000", "cost_of_revenue|Cost of sales|600", "gross_profit|Gross profit|402");
        assertThat(result(CHECKS.check(List.of(off)), "gross_profit").status()).isEqualTo(Status.FAILED);
    }

    @Test
    void costs_printed_as_negative_figures_still_add_up() {
        StatementValues is = statement(StatementType.INCOME_STATEMENT, FY,
                "revenue|Revenue|1000", "cost_of_revenue|Cost of sales|-600", "gross_profit|Gross profit|400",
                "sga|Selling and admin|-150", "rnd|R&D|-100", "operating_income|Operating profit|150");
        List<CheckResult> results = CHECKS.check(List.of(is));
        assertThat(result(results, "gross_profit").status()).isEqualTo(Status.PASSED);
        assertThat(result(results, "subtotal:operating_income").status()).isEqualTo(Status.PASSED);
        assertThat(result(results, "subtotal:operating_income").message()).contains("negative");
    }

    @Test
    void income_statement_subtotals_use_the_taxonomy_signs_through_missing_intermediate_totals() {
        StatementValues is = statement(StatementType.INCOME_STATEMENT, FY,
                "revenue|Net sales|1000", "cost_of_revenue|Cost of sales|600", "gross_profit|Gross profit|400",
                "rnd|R&D|100", "sga|SG&A|150", "|Restructuring of the widget unit|30", "operating_income|Operating income|120",
                "interest_expense|Interest expense|20", "other_nonoperating_income|Other income, net|5",
                "income_before_tax|Income before taxes|105", "income_tax|Provision for income taxes|25", "net_income|Net income|80");
        List<CheckResult> results = CHECKS.check(List.of(is));
        assertThat(result(results, "subtotal:operating_income").status()).isEqualTo(Status.PASSED);
        assertThat(result(results, "subtotal:income_before_tax").status()).isEqualTo(Status.PASSED);
        assertThat(result(results, "subtotal:net_income").status()).isEqualTo(Status.PASSED);
    }

    @Test
    void missing_total_liabilities_is_skipped_with_the_derived_figure() {
        StatementValues bs = statement(StatementType.BALANCE_SHEET, END,
                "cash|Cash|100", "total_current_assets|Total current assets|100", "ppe_net|PP&E|50", "total_assets|Total assets|150",
                "accounts_payable|Accounts payable|30", "total_current_liabilities|Total current liabilities|30",
                "long_term_debt|Long-term debt|40", "|Equity:|", "common_stock|Common stock|10", "retained_earnings|Retained earnings|70",
                "total_equity|Total shareholders' equity|80", "total_liabilities_and_equity|Total liabilities and equity|150");
        List<CheckResult> results = CHECKS.check(List.of(bs));
        CheckResult identity = result(results, "liabilities_plus_equity");
        assertThat(identity.status()).isEqualTo(Status.SKIPPED);
        assertThat(identity.message()).contains("no total liabilities").contains("70000000");
        assertThat(result(results, "balance_sheet_identity").status()).isEqualTo(Status.PASSED);
        assertThat(results).noneMatch(CheckResult::failed);
    }

    @Test
    void a_subtotal_whose_rows_are_grouped_differently_is_skipped_not_failed() {
        StatementValues bs = statement(StatementType.BALANCE_SHEET, END,
                "total_current_liabilities|Total current liabilities|30", "long_term_debt|Long-term debt|40",
                "|Accrued warranty, long-term|5", "common_stock|Common stock|10", "retained_earnings|Retained earnings|70",
                "total_equity|Total shareholders' equity|80");
        CheckResult sub = result(CHECKS.check(List.of(bs)), "subtotal:total_equity");
        assertThat(sub.status()).isEqualTo(Status.SKIPPED);
        assertThat(sub.message()).contains("long_term_debt");
    }

    @Test
    void cash_flow_rolls_forward_and_its_sections_add_up() {
        StatementValues cf = statement(StatementType.CASH_FLOW, FY,
                "|Operating activities:|", "net_income|Net income|80", "depreciation_amortization|D&A|30",
                "change_accounts_receivable|Accounts receivable|-10", "cash_from_operations|Net cash from operations|100",
                "capex|Capital expenditures|-40", "cash_from_investing|Net cash used in investing|-40",
                "dividends_paid|Dividends paid|-20", "cash_from_financing|Net cash used in financing|-20",
                "fx_effect_on_cash|Effect of exchange rates|-2", "net_change_in_cash|Net increase in cash|38",
                "cash_beginning|Cash at beginning of year|62", "cash_ending|Cash at end of year|100");
        List<CheckResult> results = CHECKS.check(List.of(cf));
        assertThat(result(results, "cash_roll_forward").status()).isEqualTo(Status.PASSED);
        assertThat(result(results, "cash_flows_add_up").status()).isEqualTo(Status.PASSED);
        assertThat(result(results, "subtotal:cash_from_operations").status()).isEqualTo(Status.PASSED);

        StatementValues broken = statement(StatementType.CASH_FLOW, FY,
                "cash_from_operations|Net cash from operations|100", "cash_from_investing|Investing|-40",
                "cash_from_financing|Financing|-20", "net_change_in_cash|Net increase in cash|45",
                "cash_beginning|Beginning|62", "cash_ending|End|100");
        List<CheckResult> failed = CHECKS.check(List.of(broken));
        CheckResult addUp = result(failed, "cash_flows_add_up");
        assertThat(addUp.status()).isEqualTo(Status.FAILED);
        assertThat(addUp.message()).contains("fx_effect_on_cash");
        assertThat(result(failed, "cash_roll_forward").status()).isEqualTo(Status.FAILED);
    }

    @Test
    void an_exchange_rate_effect_printed_after_the_net_change_is_outside_it() {
        StatementValues cf = statement(StatementType.CASH_FLOW, FY,
                "cash_from_operations|Net cash from operations|100", "cash_from_investing|Investing|-40",
                "cash_from_financing|Financing|-20", "net_change_in_cash|Net increase in cash|40",
                "fx_effect_on_cash|Effect of exchange rate changes on cash|-2",
                "cash_beginning|Beginning|62", "cash_ending|End|100");
        List<CheckResult> results = CHECKS.check(List.of(cf));
        assertThat(result(results, "cash_flows_add_up").status()).isEqualTo(Status.PASSED);
        assertThat(result(results, "cash_roll_forward").status()).isEqualTo(Status.PASSED);
        assertThat(result(results, "cash_roll_forward").rule()).contains("+ fx_effect_on_cash");
    }

    @Test
    void missing_input_is_skipped_with_what_is_missing() {
        StatementValues cf = statement(StatementType.CASH_FLOW, FY, "net_income|Net income|80", "cash_ending|End of year|100");
        CheckResult roll = result(CHECKS.check(List.of(cf)), "cash_roll_forward");
        assertThat(roll.status()).isEqualTo(Status.SKIPPED);
        assertThat(roll.message()).contains("cash_beginning").contains("net_change_in_cash");
        assertThat(roll.concepts()).isEmpty();
    }

    @Test
    void net_income_ties_between_income_and_cash_flow_statements() {
        StatementValues is = statement(StatementType.INCOME_STATEMENT, FY, "net_income|Net income|80");
        StatementValues cfSame = statement(StatementType.CASH_FLOW, Period.duration(LocalDate.of(2023, 12, 30), 12), "net_income|Net income|80");
        StatementValues cfOther = statement(StatementType.CASH_FLOW, FY, "net_income|Net income|85");
        assertThat(result(CHECKS.check(List.of(is, cfSame)), "net_income_tie").status()).isEqualTo(Status.PASSED);
        CheckResult tie = result(CHECKS.check(List.of(is, cfOther)), "net_income_tie");
        assertThat(tie.status()).isEqualTo(Status.FAILED);
        assertThat(tie.message()).contains("-5000000");
    }

    @Test
    void failed_checks_lower_the_confidence_of_the_facts_involved_only() {
        List<CheckResult> results = CHECKS.check(List.of(balanceSheet("610", "60")));
        Source source = new Source("10k.pdf", null, 1, 0, 0, "x", "1");
        Fact ap = new Fact("total_assets", "Total assets", "BALANCE_SHEET", END, BigDecimal.TEN, Unit.money("USD"), source, 1.0);
        Fact cash = new Fact("cash", "Cash", "BALANCE_SHEET", END, BigDecimal.TEN, Unit.money("USD"), source, 1.0);
        List<Fact> lowered = AccountingChecks.lowerConfidence(List.of(ap, cash), results, 0.5);
        assertThat(lowered.get(0).confidence()).isEqualTo(0.5);
        assertThat(lowered.get(1).confidence()).isEqualTo(1.0);
    }
}
