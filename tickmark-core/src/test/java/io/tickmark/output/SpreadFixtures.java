package io.tickmark.output;

import io.tickmark.check.CheckResult;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Source;
import io.tickmark.facts.Unit;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import io.tickmark.statement.StatementType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-built spreads of an invented company, for the writer tests. */
final class SpreadFixtures {
    static final String FILE = "widgets_2023_10k.pdf";
    static final String SHA = "9f2c0d1e5b7a4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d";
    static final Period FY2023 = Period.duration(LocalDate.of(2023, 12, 31), 12);
    static final Period FY2022 = Period.duration(LocalDate.of(2022, 12, 31), 12);
    static final Period END_2023 = Period.instant(LocalDate.of(2023, 12, 31));
    static final Period END_2022 = Period.instant(LocalDate.of(2022, 12, 31));
    static final BigDecimal MILLION = new BigDecimal("1000000");
    static final String LONG_LABEL = "Amortization of acquired intangible assets relating to the widget and gadget businesses";

    private SpreadFixtures() {}

    /** An income statement and a balance sheet, one unmapped line, one failed check, one warning. */
    static Spread widgets() {
        return spread(FILE, "Example Widgets Inc.");
    }

    static Spread spread(String file, String company) {
        DocumentInfo info = new DocumentInfo(file, SHA, company, "10-K",
                LocalDate.of(2023, 12, 31), LocalDate.of(2024, 2, 15), 120);
        return new Spread(info, List.of(incomeStatement(file), balanceSheet(file)), checks(),
                List.of("cash flow statement not found"));
    }

    static StatementSpread incomeStatement(String file) {
        String s = "INCOME_STATEMENT";
        Unit usd = Unit.money("USD");
        Unit eps = Unit.perShare("USD");
        List<SpreadLine> lines = List.of(
                line("revenue", "Revenue", "Net sales", List.of(),
                        fact("revenue", "Revenue", s, FY2023, "5123000000", usd, file, 61, 7, "Net sales", "$ 5,123"),
                        fact("revenue", "Revenue", s, FY2022, "4800000000", usd, file, 61, 7, "Net sales", "4,800")),
                line("cost_of_revenue", "Cost of revenue", "Cost of sales", List.of("Costs and expenses"),
                        fact("cost_of_revenue", "Cost of revenue", s, FY2023, "3010000000", usd, file, 61, 9, "Cost of sales", "3,010"),
                        fact("cost_of_revenue", "Cost of revenue", s, FY2022, "2900000000", usd, file, 61, 9, "Cost of sales", "2,900")),
                line(null, "Restructuring of widget lines", "Restructuring of widget lines", List.of("Costs and expenses"),
                        fact(null, "Restructuring of widget lines", s, FY2023, "12000000", usd, file, 61, 10, "Restructuring of widget lines", "12"),
                        null),
                line(null, LONG_LABEL, LONG_LABEL, List.of(),
                        null,
                        fact(null, LONG_LABEL, s, FY2022, "3000000", usd, file, 61, 11, LONG_LABEL, "3")),
                line("other_income_expense", "Other income (expense), net", "Other expense, net", List.of(),
                        fact("other_income_expense", "Other income (expense), net", s, FY2023, "-45000000", usd, file, 61, 14, "Other expense, net", "(45)"),
                        fact("other_income_expense", "Other income (expense), net", s, FY2022, "20000000", usd, file, 61, 14, "Other expense, net", "20")),
                line("eps_diluted", "Diluted earnings per share", "Diluted", List.of("Earnings per share"),
                        fact("eps_diluted", "Diluted earnings per share", s, FY2023, "2.35", eps, file, 62, 3, "Diluted", "2.35"),
                        fact("eps_diluted", "Diluted earnings per share", s, FY2022, "-0.40", eps, file, 62, 3, "Diluted", "(0.40)")));
        return new StatementSpread(StatementType.INCOME_STATEMENT, "Consolidated Statements of Operations",
                List.of(61, 62), List.of(FY2023, FY2022), MILLION, "USD", lines);
    }

    static StatementSpread balanceSheet(String file) {
        String s = "BALANCE_SHEET";
        Unit usd = Unit.money("USD");
        List<SpreadLine> lines = List.of(
                line("property_plant_equipment", "Property, plant and \"equipment\", net", "PP&E, net", List.of("Assets"),
                        fact("property_plant_equipment", "Property, plant and \"equipment\", net", s, END_2023, "1250000000", usd, file, 63, 4, "PP&E, net", "1,250"),
                        fact("property_plant_equipment", "Property, plant and \"equipment\", net", s, END_2022, "1100000000", usd, file, 63, 4, "PP&E, net", "1,100")),
                line("total_assets", "Total assets", "Total assets", List.of("Assets"),
                        fact("total_assets", "Total assets", s, END_2023, "9000000000", usd, file, 63, 12, "Total assets", "$ 9,000"),
                        fact("total_assets", "Total assets", s, END_2022, "8500000000", usd, file, 63, 12, "Total assets", "$ 8,500")));
        return new StatementSpread(StatementType.BALANCE_SHEET, "Consolidated Balance Sheets",
                List.of(63), List.of(END_2023, END_2022), MILLION, "USD", lines);
    }

    static List<CheckResult> checks() {
        List<String> concepts = List.of("total_assets", "total_liabilities", "total_equity");
        String rule = "total_assets = total_liabilities + total_equity";
        return List.of(
                new CheckResult("balance_sheet_balances", rule, END_2023, CheckResult.Status.PASSED,
                        new BigDecimal("9000000000"), new BigDecimal("9000000000"), concepts, null),
                new CheckResult("balance_sheet_balances", rule, END_2022, CheckResult.Status.FAILED,
                        new BigDecimal("8500000000"), new BigDecimal("8499000000"), concepts, "liabilities and equity fall short"),
                new CheckResult("cash_roll_forward", "cash_end = cash_begin + net_change_in_cash", FY2023,
                        CheckResult.Status.SKIPPED, null, null, List.of("cash"), "no cash flow statement"));
    }

    static SpreadLine line(String concept, String label, String rawLabel, List<String> sections, Fact... values) {
        return new SpreadLine(concept, label, rawLabel, sections, new ArrayList<>(Arrays.asList(values)));
    }

    static Fact fact(String concept, String label, String statement, Period period, String value, Unit unit,
                     String file, int page, int line, String rawLabel, String rawValue) {
        float top = 100.5f + line * 12.25f;
        Source source = new Source(file, SHA, page, line, top, rawLabel, rawValue,
                new io.tickmark.facts.Box(410f, top, 452.5f, top + 9f), null);
        return new Fact(concept, label, statement, period, new BigDecimal(value), unit, source, 0.95);
    }
}
