package io.tickmark.eval;

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

/**
 * A hand-made filing of an invented company with a 52/53-week year ending on the last Saturday of
 * September, its XBRL truth as facts CSV text, and hand-made spreads of it.
 */
final class EvalFixtures {
    static final String FILE = "gizmo_2023_10k.pdf";
    static final LocalDate FY23_END = LocalDate.of(2023, 9, 30);
    static final LocalDate FY22_END = LocalDate.of(2022, 9, 24);
    /** As a spread reads the column headers "September 30, 2023" and "September 30, 2022". */
    static final Period FY23 = Period.duration(FY23_END, 12);
    static final Period FY22_AS_PRINTED = Period.duration(LocalDate.of(2022, 9, 30), 12);
    static final Period END23 = Period.instant(FY23_END);

    static final String HEADER = "concept,value,unit,decimals,start,end,instant,dims,context\n";

    /**
     * Assets at both year ends; revenue (two elements) for both years and for the fourth quarter;
     * net income; capex tagged positive; accounts payable only with a segment dimension; a cover-page
     * share count; one text fact.
     */
    static final String TRUTH_CSV = HEADER + String.join("\n",
            "us-gaap:Assets,5000000000,usd,-6,,2023-09-30,True,,c1",
            "us-gaap:Assets,4000000000,usd,-6,,2022-09-24,True,,c2",
            "us-gaap:Revenues,3000000000,usd,-6,2022-09-25,2023-09-30,False,,c3",
            "us-gaap:Revenues,2800000000,usd,-6,2021-09-26,2022-09-24,False,,c4",
            "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax,3000000000,usd,-6,2022-09-25,2023-09-30,False,,c3",
            "us-gaap:Revenues,800000000,usd,-6,2023-07-02,2023-09-30,False,,c5",
            "us-gaap:NetIncomeLoss,1000000000,usd,-6,2022-09-25,2023-09-30,False,,c3",
            "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment,1577000000,usd,-6,2022-09-25,2023-09-30,False,,c3",
            "us-gaap:NetCashProvidedByUsedInOperatingActivities,2000000000,usd,-6,2022-09-25,2023-09-30,False,,c3",
            "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment,1400000000,usd,-6,2021-09-26,2022-09-24,False,,c4",
            "us-gaap:AccountsPayableCurrent,700000000,usd,-6,,2023-09-30,True,us-gaap:StatementBusinessSegmentsAxis=gz:WidgetsMember,c6",
            "dei:EntityCommonStockSharesOutstanding,123000000,shares,INF,,2023-10-20,True,,c7",
            "us-gaap:GoodwillImpairmentLoss,no,usd,,2022-09-25,2023-09-30,False,,c3") + "\n";

    private EvalFixtures() {
    }

    static XbrlTruth truth() {
        try {
            return XbrlTruth.parse(new java.io.StringReader(TRUTH_CSV), "gizmo.facts.csv");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A spread with: total assets right for 2023 and no 2022 column; accounts payable (only a
     * dimensional fact has it); revenue right in both years, 2022 dated as printed; net income wrong;
     * an unmapped line no fact confirms; capex printed negative.
     */
    static Spread spread() {
        StatementSpread bs = statement(StatementType.BALANCE_SHEET, List.of(END23),
                line("total_assets", "Total assets", fact("total_assets", END23, "5000000000", "5,000")),
                line("accounts_payable", "Accounts payable", fact("accounts_payable", END23, "700000000", "700")));
        StatementSpread is = statement(StatementType.INCOME_STATEMENT, List.of(FY23, FY22_AS_PRINTED),
                line("revenue", "Net sales", fact("revenue", FY23, "3000000000", "3,000"),
                        fact("revenue", FY22_AS_PRINTED, "2800000000", "2,800")),
                line("net_income", "Net income", fact("net_income", FY23, "999000000", "999"), null),
                line(null, "Gizmo royalties", fact(null, FY23, "55000000", "55"), null));
        StatementSpread cf = statement(StatementType.CASH_FLOW, List.of(FY23),
                line("capex", "Payments for property, plant and equipment", fact("capex", FY23, "-1577000000", "(1,577)")));
        return spread(List.of(bs, is, cf), List.of());
    }

    static Spread spread(List<StatementSpread> statements, List<CheckResult> checks) {
        DocumentInfo info = new DocumentInfo(FILE, "ab12", "Gizmo Corp", "10-K", FY23_END, null, 90);
        return new Spread(info, statements, checks, List.of());
    }

    static StatementSpread statement(StatementType type, List<Period> periods, SpreadLine... lines) {
        return new StatementSpread(type, type.title(), List.of(40), periods, new BigDecimal("1000000"), "USD", List.of(lines));
    }

    static SpreadLine line(String concept, String label, Fact... values) {
        return new SpreadLine(concept, label, label, List.of(), new ArrayList<>(Arrays.asList(values)));
    }

    static Fact fact(String concept, Period period, String value, String raw) {
        return new Fact(concept, concept == null ? "Gizmo royalties" : concept, "statement", period, new BigDecimal(value),
                Unit.money("USD"), new Source(FILE, "ab12", 40, 3, 100f, concept == null ? "Gizmo royalties" : concept, raw), 1.0);
    }

    static CheckResult identity(Period period, CheckResult.Status status) {
        return new CheckResult("balance_sheet_identity", "total_assets = total_liabilities_and_equity", period, status,
                null, null, List.of("total_assets"), "");
    }
}
