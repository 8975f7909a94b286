package io.tickmark.store;

import io.tickmark.check.CheckResult;
import io.tickmark.facts.Box;
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
import java.util.Arrays;
import java.util.List;

/** Hand-built spreads of an invented company, with the awkward cases the store must keep exactly. */
final class Spreads {
    static final String CASH = "cash_and_equivalents";
    static final String EPS = "eps_diluted";

    private Spreads() {}

    /** A SHA-256-shaped key: {@code n} written as 64 hex digits. */
    static String sha(int n) {
        return "%064x".formatted(n);
    }

    /** A 10-K of {@code company} for the fiscal year ending {@code yearEnd}, compared with the year before. */
    static Spread annualReport(String sha, String company, LocalDate yearEnd) {
        String file = company.replace(' ', '_') + "_" + yearEnd.getYear() + "_10K.pdf";
        DocumentInfo info = new DocumentInfo(file, sha, company, "10-K", yearEnd, yearEnd.plusMonths(2), 132);
        LocalDate priorEnd = yearEnd.minusYears(1);
        Facts facts = new Facts(file, sha);
        return new Spread(info,
                List.of(balanceSheet(facts, yearEnd, priorEnd), incomeStatement(facts, yearEnd, priorEnd)),
                checks(yearEnd, priorEnd),
                List.of("Cash flow statement not found", "Column 3 on the balance sheet has no period"));
    }

    private static StatementSpread balanceSheet(Facts f, LocalDate end, LocalDate prior) {
        Period now = Period.instant(end);
        Period before = Period.instant(prior);
        String bs = StatementType.BALANCE_SHEET.name();
        List<SpreadLine> lines = List.of(
                new SpreadLine(CASH, "Cash and cash equivalents", "Cash and cash equivalents",
                        List.of("Assets", "Current assets"),
                        List.of(f.money(CASH, "Cash and cash equivalents", bs, now, "1234500000", "1,234.5", 12),
                                f.money(CASH, "Cash and cash equivalents", bs, before, "987600000", "987.6", 12))),
                new SpreadLine(null, "Deferred widget credits", "Deferred widget credits", List.of("Assets"),
                        Arrays.asList(f.money(null, "Deferred widget credits", bs, now, "42000000", "42", 13), null)),
                new SpreadLine("total_assets", "Total assets", "TOTAL ASSETS", List.of(),
                        List.of(f.money("total_assets", "Total assets", bs, now,
                                        "123456789012345678901234.5678901234567890", "123,456.5", 14),
                                f.money("total_assets", "Total assets", bs, before, "-7.89E+8", "(789)", 14))),
                new SpreadLine("retained_earnings", "Retained earnings", "Accumulated deficit", List.of("Equity"),
                        List.of(f.money("retained_earnings", "Retained earnings", bs, now, "-45600000", "(45.6)", 20),
                                f.money("retained_earnings", "Retained earnings", bs, before, "0", "—", 20))));
        return new StatementSpread(StatementType.BALANCE_SHEET, "CONSOLIDATED BALANCE SHEETS", List.of(61, 62),
                List.of(now, before), new BigDecimal("1000000"), "USD", lines);
    }

    private static StatementSpread incomeStatement(Facts f, LocalDate end, LocalDate prior) {
        Period year = Period.duration(end, 12);
        Period before = Period.duration(prior, 12);
        String is = StatementType.INCOME_STATEMENT.name();
        List<SpreadLine> lines = List.of(
                new SpreadLine("revenue", "Revenue", "Net sales", List.of(),
                        List.of(f.money("revenue", "Revenue", is, year, "9876543210.12", "9,876.54321012", 8),
                                f.money("revenue", "Revenue", is, before, "8765000000", "8,765", 8))),
                new SpreadLine(EPS, "Diluted EPS", "Diluted", List.of("Earnings per share"),
                        List.of(f.fact(EPS, "Diluted EPS", is, year, "6.15", Unit.perShare("USD"), "6.15", 30),
                                f.fact(EPS, "Diluted EPS", is, before, "-0.40", Unit.perShare("USD"), "(0.40)", 30))),
                new SpreadLine("shares_diluted", "Diluted shares", "Diluted", List.of("Weighted-average shares"),
                        Arrays.asList(null, f.fact("shares_diluted", "Diluted shares", is, before, "551300000",
                                Unit.SHARES, "551.3", 33))));
        return new StatementSpread(StatementType.INCOME_STATEMENT, "Consolidated Statements of Income", List.of(60),
                List.of(year, before), new BigDecimal("1E+6"), "USD", lines);
    }

    private static List<CheckResult> checks(LocalDate end, LocalDate prior) {
        return List.of(
                new CheckResult("balance", "total_assets = total_liabilities + total_equity", Period.instant(end),
                        CheckResult.Status.FAILED, new BigDecimal("123456789012345678901234.5678901234567890"),
                        new BigDecimal("123456789012345678901233.5"), List.of("total_assets", "total_liabilities", "total_equity"),
                        "sides differ by 1.0678901234567890"),
                new CheckResult("balance", "total_assets = total_liabilities + total_equity", Period.instant(prior),
                        CheckResult.Status.SKIPPED, null, null, List.of("total_assets", "total_liabilities"),
                        "total_liabilities missing"),
                new CheckResult("eps_sign", "eps_diluted has the sign of net_income", Period.duration(end, 12),
                        CheckResult.Status.PASSED, new BigDecimal("6.15"), new BigDecimal("6.150"), List.of(EPS), null));
    }

    /** Makes facts ticked to one document. */
    private record Facts(String file, String sha) {
        Fact money(String concept, String label, String statement, Period period, String value, String raw, int line) {
            return fact(concept, label, statement, period, value, Unit.money("USD"), raw, line);
        }

        Fact fact(String concept, String label, String statement, Period period, String value, Unit unit,
                  String raw, int line) {
            // a box as PDFs give, an anchor as HTML and workbooks give, or neither (facts stored before either existed)
            float top = 112.25f + line * 11.5f;
            Source source = switch (line % 3) {
                case 0 -> new Source(file, sha, 61, line, top, label, raw, new Box(402.5f, top, 431.75f, top + 9.5f), null);
                case 1 -> new Source(file, sha, 61, line, top, label, raw, null, "table-4-row-" + line + "-col-3");
                default -> new Source(file, sha, 61, line, top, label, raw);
            };
            return new Fact(concept, label, statement, period, new BigDecimal(value), unit, source, line % 2 == 0 ? 1.0 : 0.55);
        }
    }
}
