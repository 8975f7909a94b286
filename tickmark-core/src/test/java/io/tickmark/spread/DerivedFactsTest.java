package io.tickmark.spread;

import io.tickmark.Tickmark;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Unit;
import io.tickmark.statement.StatementType;
import io.tickmark.statement.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values a statement does not print but that follow from what it prints (derived facts, ticked to their formula
 * and inputs), rows recognised by arithmetic where their label is missing, and the unit and period of unmapped rows;
 * each over small statements written as CSV files.
 */
class DerivedFactsTest {
    private static final Period END_2024 = Period.instant(LocalDate.of(2024, 12, 31));
    private static final Period END_2023 = Period.instant(LocalDate.of(2023, 12, 31));
    private static final Period YEAR_2024 = Period.duration(LocalDate.of(2024, 12, 31), 12);

    @TempDir
    Path dir;

    /** A balance sheet printing the parent's equity and the noncontrolling interests, with {@code extra} rows before its last line. */
    private static String balanceSheet(String totalAssets, String totalLiabilitiesAndEquity, String... extra) {
        StringBuilder sb = new StringBuilder("Consolidated Balance Sheets\n\"(in millions)\"\n,\"December 31, 2024\",\"December 31, 2023\"\n");
        sb.append("Cash and cash equivalents,\"1,200\",\"1,000\"\n");
        sb.append("Total current assets,\"1,200\",\"1,000\"\n");
        sb.append("\"Property, plant and equipment, net\",\"4,300\",\"4,000\"\n");
        sb.append("Total assets,").append(totalAssets).append('\n');
        sb.append("Accounts payable,600,550\n");
        sb.append("Total current liabilities,600,550\n");
        sb.append("Long-term debt,\"1,900\",\"1,950\"\n");
        sb.append("Total liabilities,\"2,500\",\"2,500\"\n");
        sb.append("Redeemable noncontrolling interests,100,100\n");
        sb.append("Common stock,\"1,000\",\"1,000\"\n");
        sb.append("Retained earnings,\"1,600\",\"1,100\"\n");
        sb.append("Total stockholders' equity,\"2,600\",\"2,100\"\n");
        sb.append("Noncontrolling interests,300,300\n");
        for (String row : extra) sb.append(row).append('\n');
        sb.append("Total liabilities and equity,").append(totalLiabilitiesAndEquity).append('\n');
        return sb.toString();
    }

    private Spread spread(String name, String csv) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return Tickmark.spread(file);
    }

    private static Optional<Fact> value(Spread spread, String concept, Period period) {
        return spread.facts().stream().filter(f -> concept.equals(f.concept()) && f.period().sameAs(period)).findFirst();
    }

    @Test
    void derives_total_equity_from_printed_totals_ticked_to_the_formula_and_its_inputs() throws IOException {
        Spread spread = spread("bs.csv", balanceSheet("\"5,500\",\"5,000\"", "\"5,500\",\"5,000\""));

        Fact equity = value(spread, "total_equity", END_2024).orElseThrow(() -> new AssertionError(spread.warnings()));
        assertThat(equity.value()).isEqualByComparingTo("2900000000");
        assertThat(value(spread, "total_equity", END_2023).orElseThrow().value()).isEqualByComparingTo("2400000000");
        assertThat(equity.derived()).isTrue();
        assertThat(equity.source().rawValue()).as("nothing is printed for it").isNull();
        assertThat(equity.source().formula())
                .contains("Total liabilities and equity 5,500 (p.1 ")
                .contains("Total liabilities 2,500 (p.1 ")
                .contains("Redeemable noncontrolling interests 100 (p.1 ");
        assertThat(equity.source().cite()).startsWith("bs.csv = Total liabilities and equity 5,500");
        SpreadLine line = spread.statement(StatementType.BALANCE_SHEET).orElseThrow().line("total_equity").orElseThrow();
        assertThat(line.rawLabel()).startsWith("= Total liabilities and equity − Total liabilities");
        assertThat(spread.facts()).filteredOn(f -> !"total_equity".equals(f.concept())).noneMatch(Fact::derived);
    }

    @Test
    void never_derives_a_total_the_statement_prints() throws IOException {
        Spread spread = spread("printed.csv", balanceSheet("\"5,500\",\"5,000\"", "\"5,500\",\"5,000\"", "Total equity,\"2,900\",\"2,400\""));

        Fact equity = value(spread, "total_equity", END_2024).orElseThrow();
        assertThat(equity.derived()).isFalse();
        assertThat(equity.source().rawValue()).isEqualTo("2,900");
        assertThat(spread.facts()).noneMatch(Fact::derived);
    }

    @Test
    void leaves_the_total_out_when_a_line_the_identity_overlooks_breaks_the_confirmation() throws IOException {
        // an unmapped caption between the liabilities and equity makes the identity give 2,950, the parts 2,900
        Spread spread = spread("unconfirmed.csv", balanceSheet("\"5,550\",\"5,050\"", "\"5,550\",\"5,050\"",
                "Series A preferred units,50,50"));

        assertThat(value(spread, "total_equity", END_2024)).isEmpty();
        assertThat(spread.facts()).noneMatch(Fact::derived);
    }

    private static String incomeStatement(String unlabelled) {
        return "Consolidated Statements of Operations\n\"(in millions)\"\n,2024,2023\n"
                + "Total revenues,\"9,000\",\"8,000\"\n"
                + "Cost of products,\"(5,000)\",\"(4,600)\"\n"
                + "Cost of services,\"(1,000)\",\"(900)\"\n"
                + "Total costs and expenses,\"(6,000)\",\"(5,500)\"\n"
                + "," + unlabelled + "\n"
                + "General and administrative expense,\"(1,000)\",\"(900)\"\n"
                + "Research and development expense,(500),(400)\n"
                + "Operating income,\"1,500\",\"1,200\"\n"
                + "Net income,\"1,200\",\"1,000\"\n";
    }

    @Test
    void an_unlabelled_row_equal_to_revenue_less_the_costs_total_above_it_is_gross_profit() throws IOException {
        Spread spread = spread("is.csv", incomeStatement("\"3,000\",\"2,500\""));

        assertThat(value(spread, "gross_profit", YEAR_2024).orElseThrow(() -> new AssertionError(spread.warnings())).value())
                .isEqualByComparingTo("3000000000");
        assertThat(value(spread, "cost_of_revenue", YEAR_2024).orElseThrow().value()).isEqualByComparingTo("-6000000000");
        assertThat(value(spread, "gross_profit", YEAR_2024).orElseThrow().derived()).as("printed, though unlabelled").isFalse();
    }

    @Test
    void an_unlabelled_row_that_is_not_revenue_less_the_total_stays_unmapped() throws IOException {
        Spread spread = spread("is-other.csv", incomeStatement("\"3,000\",\"2,400\""));

        assertThat(value(spread, "gross_profit", YEAR_2024)).isEmpty();
        assertThat(value(spread, "cost_of_revenue", YEAR_2024)).isEmpty();
    }

    @Test
    void lines_reconciling_ending_cash_are_balances_at_the_year_end() throws IOException {
        Spread spread = spread("cf.csv", "Consolidated Statements of Cash Flows\n\"(in millions)\"\n,2024,2023\n"
                + "Net income,\"1,200\",\"1,000\"\n"
                + "Net cash provided by operating activities,\"1,500\",\"1,300\"\n"
                + "Capital expenditures,(300),(250)\n"
                + "Net cash used in investing activities,(300),(250)\n"
                + "Net cash used in financing activities,(200),(150)\n"
                + "\"Net increase in cash, cash equivalents and restricted cash\",\"1,000\",900\n"
                + "\"Cash, cash equivalents and restricted cash at beginning of year\",\"2,000\",\"1,100\"\n"
                + "\"Cash, cash equivalents and restricted cash at end of year\",\"3,000\",\"2,000\"\n"
                + "Less restricted cash included in other assets,100,90\n"
                + "Cash and cash equivalents at end of year per the balance sheet,\"2,900\",\"1,910\"\n"
                + "Cash paid for interest,50,40\n");

        List<Fact> facts = spread.facts();
        assertThat(facts).filteredOn(f -> f.source().rawLabel().startsWith("Less restricted cash"))
                .extracting(Fact::period).first().isEqualTo(END_2024);
        assertThat(facts).filteredOn(f -> f.source().rawLabel().startsWith("Cash and cash equivalents at end of year per"))
                .extracting(Fact::period).first().isEqualTo(END_2024);
        assertThat(facts).filteredOn(f -> f.source().rawLabel().startsWith("Cash paid for interest"))
                .extracting(Fact::period).first().isEqualTo(YEAR_2024);
    }

    private static TableRow row(String label, String... sections) {
        return new TableRow(label, 0, List.of(sections), List.of(), 1, 0, 0, TableRow.Kind.VALUES);
    }

    @Test
    void tells_share_counts_from_per_share_amounts_and_balance_sheet_captions_from_both() {
        StatementType is = StatementType.INCOME_STATEMENT;
        assertThat(Spreader.kindFromLabel(row("Shares used to compute basic net income per share"), is)).isEqualTo(Unit.Kind.SHARES);
        assertThat(Spreader.kindFromLabel(row("Weighted average common shares used in computing basic net income per share"), is))
                .isEqualTo(Unit.Kind.SHARES);
        assertThat(Spreader.kindFromLabel(row("Basic", "Weighted-average shares used in computation of earnings per share:"), is))
                .isEqualTo(Unit.Kind.SHARES);
        assertThat(Spreader.kindFromLabel(row("Basic", "Net income per share:"), is)).isEqualTo(Unit.Kind.PER_SHARE);
        assertThat(Spreader.kindFromLabel(row("Basic earnings per share", "Weighted average shares:"), is)).isEqualTo(Unit.Kind.PER_SHARE);
        assertThat(Spreader.kindFromLabel(row("Common stock, $1 stated value per share (10,000 shares authorized)"),
                StatementType.BALANCE_SHEET)).isEqualTo(Unit.Kind.MONEY);
    }
}
