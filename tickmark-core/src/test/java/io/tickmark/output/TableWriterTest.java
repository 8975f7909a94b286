package io.tickmark.output;

import io.tickmark.facts.Period;
import io.tickmark.facts.Unit;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.tickmark.output.SpreadFixtures.widgets;
import static org.assertj.core.api.Assertions.assertThat;

class TableWriterTest {

    private static String table(List<Spread> spreads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadWriter.forFormat("table").write(spreads, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String table(Spread spread) throws IOException {
        return table(List.of(spread));
    }

    private static String lineOf(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no line containing '" + containing + "' in\n" + text));
    }

    @Test
    void shows_values_in_the_printed_scale_with_separators_and_parentheses_for_negatives() throws IOException {
        String text = table(widgets());
        assertThat(lineOf(text, "Revenue")).contains("5,123", "4,800");
        assertThat(lineOf(text, "Cost of revenue")).contains("3,010", "2,900");
        assertThat(lineOf(text, "Other income")).contains("(45)", "20");
        assertThat(text).doesNotContain("-45");
    }

    @Test
    void a_line_with_fractions_keeps_them_without_putting_decimals_on_other_lines() throws IOException {
        Spread original = widgets();
        StatementSpread balance = original.statements().get(1);
        SpreadLine fractional = SpreadFixtures.line("cash", "Cash", "Cash", List.of(),
                SpreadFixtures.fact("cash", "Cash", "BALANCE_SHEET", SpreadFixtures.END_2023, "310500000",
                        Unit.money("USD"), SpreadFixtures.FILE, 63, 2, "Cash", "310.5"));
        List<SpreadLine> lines = new ArrayList<>(balance.lines());
        lines.add(0, fractional);
        StatementSpread withCash = new StatementSpread(balance.type(), balance.title(), balance.pages(),
                balance.periods(), balance.scale(), balance.currency(), lines);
        String text = table(new Spread(original.document(), List.of(withCash), List.of(), List.of()));
        assertThat(lineOf(text, "Cash")).contains("310.5");
        assertThat(lineOf(text, "Total assets")).contains("9,000", "8,500").doesNotContain("9,000.0");
    }

    @Test
    void shows_per_share_values_unscaled_with_two_decimals() throws IOException {
        assertThat(lineOf(table(widgets()), "Diluted earnings per share")).contains("2.35", "(0.40)");
    }

    @Test
    void ticks_each_line_with_the_page_and_line_of_its_first_value() throws IOException {
        String text = table(widgets());
        assertThat(lineOf(text, "Revenue")).endsWith("p.61 l.8");
        assertThat(lineOf(text, "Amortization")).endsWith("p.61 l.12");
    }

    @Test
    void names_the_statement_with_its_scale_and_pages() throws IOException {
        String text = table(widgets());
        assertThat(text).contains("Income statement — Consolidated Statements of Operations");
        assertThat(text).contains("in USD millions, except per-share amounts · pages 61, 62");
        assertThat(text).contains("in USD millions · page 63");
    }

    @Test
    void heads_columns_with_fiscal_years_and_balance_dates() throws IOException {
        String text = table(widgets());
        assertThat(lineOf(text, "FY2023")).contains("FY2022").endsWith("tick");
        assertThat(lineOf(text, "2023-12-31  ")).contains("2022-12-31");
    }

    @Test
    void heads_columns_with_dates_when_two_share_a_fiscal_year() throws IOException {
        Spread original = widgets();
        StatementSpread income = original.statements().get(0);
        List<Period> periods = List.of(Period.duration(LocalDate.of(2023, 12, 31), 12), Period.duration(LocalDate.of(2023, 1, 31), 12));
        StatementSpread restated = new StatementSpread(StatementType.INCOME_STATEMENT, income.title(), income.pages(),
                periods, income.scale(), income.currency(), income.lines());
        String text = table(new Spread(original.document(), List.of(restated), List.of(), List.of()));
        assertThat(text).contains("FY 2023-12-31", "FY 2023-01-31").doesNotContain("FY2023");
    }

    @Test
    void marks_unmapped_lines_and_indents_by_section() throws IOException {
        String text = table(widgets());
        assertThat(lineOf(text, "Restructuring")).startsWith("~   Restructuring of widget lines");
        assertThat(lineOf(text, "Cost of revenue")).startsWith("    Cost of revenue");
        assertThat(lineOf(text, "Revenue")).startsWith("  Revenue");
        assertThat(text).contains("~ kept under its printed label");
    }

    @Test
    void truncates_long_labels_to_sixty_columns() throws IOException {
        String row = lineOf(table(widgets()), "Amortization");
        String label = row.substring(0, row.indexOf('…') + 1);
        assertThat(label).hasSize(TableWriter.LABEL_WIDTH).startsWith("~ Amortization of acquired");
    }

    @Test
    void aligns_value_columns_on_the_right() throws IOException {
        String text = table(widgets());
        String revenue = lineOf(text, "Revenue");
        String other = lineOf(text, "Other income");
        assertThat(revenue.indexOf("5,123") + "5,123".length()).isEqualTo(other.indexOf("(45)") + "(45)".length() - 1);
    }

    @Test
    void shows_a_failed_check_with_both_sides_and_the_difference() throws IOException {
        String text = table(widgets());
        assertThat(text).contains("✗ balance_sheet_balances 2022-12-31  total_assets = total_liabilities + total_equity: "
                + "8,500,000,000 ≠ 8,499,000,000 (off by 1,000,000) — liabilities and equity fall short");
        assertThat(text).contains("✓ balance_sheet_balances 2023-12-31  total_assets = total_liabilities + total_equity");
        assertThat(text).contains("– cash_roll_forward 12M to 2023-12-31  no cash flow statement");
    }

    @Test
    void lists_warnings() throws IOException {
        assertThat(table(widgets())).contains("Warnings\n  ! cash flow statement not found");
    }

    @Test
    void writes_several_documents_one_after_another() throws IOException {
        String text = table(List.of(widgets(), SpreadFixtures.spread("gadgets_2023_10k.pdf", "Example Gadgets Ltd")));
        assertThat(text.indexOf("Example Widgets Inc.")).isLessThan(text.indexOf("Example Gadgets Ltd"));
        assertThat(text.split("\nChecks\n", -1)).hasSize(3);
    }
}
