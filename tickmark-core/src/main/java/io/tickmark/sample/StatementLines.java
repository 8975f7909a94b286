package io.tickmark.sample;

import io.tickmark.sample.Line.Measure;

import java.util.ArrayList;
import java.util.List;

/** The rows each statement prints, top to bottom, in the wording and order of real 10-Ks. */
final class StatementLines {
    private StatementLines() {}

    static List<Line> income(String company, boolean splitRevenue) {
        List<Line> lines = new ArrayList<>();
        if (splitRevenue) {
            lines.add(Line.heading("Revenue:", 0));
            lines.add(Line.item("rev_product", "Products", 1).withDollar());
            lines.add(Line.item("rev_services", "Services", 1));
            lines.add(Line.subtotal("revenue", "Total revenue (1)", 2).concept("revenue"));
        } else {
            lines.add(Line.item("revenue", "Revenue (1)", 0).concept("revenue").withDollar());
        }
        lines.add(Line.item("cost_of_revenue", "Cost of revenue", 0).concept("cost_of_revenue"));
        lines.add(Line.subtotal("gross_profit", "Gross profit", 0).concept("gross_profit"));
        lines.add(Line.heading("Operating expenses:", 0));
        lines.add(Line.item("rnd", "Research and development", 1));
        lines.add(Line.item("sga", "Selling, general and administrative", 1));
        lines.add(Line.item("restructuring", "Restructuring charges", 1));
        lines.add(Line.subtotal("total_opex", "Total operating expenses", 2));
        lines.add(Line.subtotal("operating_income", "Operating income", 0).concept("operating_income"));
        lines.add(Line.item("interest_expense", "Interest expense", 0));
        lines.add(Line.item("other_income", "Other income (expense), net", 0));
        lines.add(Line.subtotal("pretax_income", "Income before income taxes", 0));
        lines.add(Line.item("income_tax", "Provision for income taxes", 0));
        lines.add(Line.subtotal("net_income", "Net income", 0).concept("net_income"));
        lines.add(Line.item("ni_nci", "Less: Net income attributable to noncontrolling interests", 0));
        lines.add(Line.total("ni_company", "Net income attributable to " + company, 0));
        lines.add(Line.heading("Earnings per share attributable to common shareholders:", 0));
        lines.add(Line.item("eps_basic", "Basic", 1).measure(Measure.PER_SHARE).withDollar());
        lines.add(Line.item("eps_diluted", "Diluted", 1).measure(Measure.PER_SHARE).withDollar());
        lines.add(Line.heading("Weighted-average shares outstanding:", 0));
        lines.add(Line.item("shares_basic", "Basic", 1).measure(Measure.SHARES));
        lines.add(Line.item("shares_diluted", "Diluted", 1).measure(Measure.SHARES));
        return lines;
    }

    static List<Line> comprehensiveIncome(String company) {
        return List.of(
                Line.item("net_income", "Net income", 0).withDollar(),
                Line.heading("Other comprehensive income (loss), net of tax:", 0),
                Line.item("oci_translation", "Foreign currency translation adjustments", 1),
                Line.item("oci_hedges", "Net unrealized gains (losses) on cash flow hedges", 1),
                Line.subtotal("oci_total", "Total other comprehensive income (loss)", 2),
                Line.subtotal("comprehensive_income", "Comprehensive income", 0),
                Line.item("ci_nci", "Less: Comprehensive income attributable to noncontrolling interests", 0),
                Line.total("ci_company", "Comprehensive income attributable to " + company, 0));
    }

    static List<Line> assets(Figures latest, Figures prior) {
        String allowance = "Accounts receivable, net of allowances of $%s and $%s".formatted(
                Amounts.whole(-latest.get("ar_allowance")), Amounts.whole(-prior.get("ar_allowance")));
        return List.of(
                Line.heading("ASSETS", 0),
                Line.heading("Current assets:", 0),
                Line.item("cash", "Cash and cash equivalents", 1).concept("cash").withDollar(),
                Line.item("st_investments", "Short-term investments", 1),
                Line.item("accounts_receivable", allowance, 1).concept("accounts_receivable"),
                Line.item("inventory", "Inventories", 1).concept("inventory"),
                Line.item("prepaid", "Prepaid expenses and other current assets", 1),
                Line.subtotal("total_current_assets", "Total current assets", 2).concept("total_current_assets"),
                Line.item("ppe_net", "Property, plant and equipment, net", 0).concept("ppe_net"),
                Line.item("goodwill", "Goodwill", 0),
                Line.item("intangibles", "Intangible assets, net", 0),
                Line.item("other_assets", "Other assets", 0),
                Line.total("total_assets", "Total assets", 0).concept("total_assets"));
    }

    static List<Line> liabilitiesAndEquity(String company, Figures latest, Figures prior) {
        return List.of(
                Line.heading("LIABILITIES AND EQUITY", 0),
                Line.heading("Current liabilities:", 0),
                Line.item("accounts_payable", "Accounts payable", 1).concept("accounts_payable").withDollar(),
                Line.item("accrued_liabilities", "Accrued liabilities", 1),
                Line.item("current_debt", "Current portion of long-term debt", 1),
                Line.subtotal("total_current_liabilities", "Total current liabilities", 2)
                        .concept("total_current_liabilities"),
                Line.item("long_term_debt", "Long-term debt, net of current portion", 0),
                Line.item("other_liabilities", "Other long-term liabilities", 0),
                Line.subtotal("total_liabilities", "Total liabilities", 0).concept("total_liabilities"),
                Line.note("commitments", "Commitments and contingencies (Note 12)"),
                Line.heading("Equity:", 0),
                Line.item("common_stock", commonStockLabel(latest, prior), 1),
                Line.item("apic", "Additional paid-in capital", 1),
                Line.item("retained_earnings", "Retained earnings", 1),
                Line.item("aoci", aociLabel(latest, prior), 1),
                Line.item("treasury_stock", "Treasury stock, at cost; %s and %s shares".formatted(
                        Amounts.whole(latest.get("shares_treasury")), Amounts.whole(prior.get("shares_treasury"))), 1),
                Line.subtotal("company_equity", "Total " + company + " shareholders' equity", 2),
                Line.item("nci_equity", "Noncontrolling interests", 1),
                Line.subtotal("total_equity", "Total equity", 0).concept("total_equity"),
                Line.total("total_liabilities_and_equity", "Total liabilities and equity", 0));
    }

    private static String commonStockLabel(Figures latest, Figures prior) {
        long issued = latest.get("shares_issued");
        long authorized = roundUp(issued * 2);
        return "Common stock, $0.01 par value; %s shares authorized;\n%s and %s shares issued".formatted(
                Amounts.whole(authorized), Amounts.whole(issued), Amounts.whole(prior.get("shares_issued")));
    }

    private static String aociLabel(Figures latest, Figures prior) {
        boolean loss = latest.get("aoci") < 0 && prior.get("aoci") < 0;
        return loss ? "Accumulated other comprehensive loss" : "Accumulated other comprehensive income (loss)";
    }

    private static long roundUp(long shares) {
        long unit = 1;
        while (unit * 10 <= shares) unit *= 10;
        return (shares + unit - 1) / unit * unit;
    }

    static List<Line> cashFlow() {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.heading("Cash flows from operating activities:", 0));
        lines.add(Line.item("net_income", "Net income", 1).concept("net_income").withDollar());
        lines.add(Line.heading("Adjustments to reconcile net income to net cash provided by operating activities:", 1));
        lines.add(Line.item("depreciation_amortization", "Depreciation and amortization", 2)
                .concept("depreciation_amortization"));
        lines.add(Line.item("stock_comp", "Stock-based compensation", 2));
        lines.add(Line.item("deferred_taxes", "Deferred income taxes", 2));
        lines.add(Line.heading("Changes in operating assets and liabilities, net of acquisitions:", 1));
        lines.add(Line.item("chg_receivables", "Accounts receivable", 2));
        lines.add(Line.item("chg_inventory", "Inventories", 2));
        lines.add(Line.item("chg_prepaid", "Prepaid expenses and other assets", 2));
        lines.add(Line.item("chg_payables", "Accounts payable", 2));
        lines.add(Line.item("chg_accrued", "Accrued liabilities", 2));
        lines.add(Line.subtotal("cash_from_operations", "Net cash provided by operating\nactivities", 1)
                .concept("cash_from_operations"));
        lines.addAll(investing());
        lines.addAll(financing());
        lines.add(Line.item("fx_effect", "Effect of exchange rate changes on cash and\ncash equivalents", 0));
        lines.add(Line.subtotal("net_change_cash", "Net increase (decrease) in cash and cash equivalents", 0));
        lines.add(Line.item("cash_begin", "Cash and cash equivalents at beginning of year", 0));
        lines.add(Line.total("cash_end", "Cash and cash equivalents at end of year", 0));
        lines.add(Line.heading("Supplemental cash flow information:", 0));
        lines.add(Line.item("taxes_paid", "Cash paid for income taxes", 1).withDollar());
        lines.add(Line.item("interest_paid", "Cash paid for interest", 1).withDollar());
        return lines;
    }

    private static List<Line> investing() {
        return List.of(
                Line.heading("Cash flows from investing activities:", 0),
                Line.item("capex", "Purchases of property, plant and equipment", 1).concept("capex"),
                Line.item("acquisitions", "Acquisitions, net of cash acquired", 1),
                Line.item("purchases_investments", "Purchases of investments", 1),
                Line.item("sales_investments", "Proceeds from sale of investments", 1),
                Line.subtotal("cash_from_investing", "Net cash used in investing activities", 1));
    }

    private static List<Line> financing() {
        return List.of(
                Line.heading("Cash flows from financing activities:", 0),
                Line.item("dividends_paid", "Dividends paid", 1).concept("dividends_paid"),
                Line.item("repurchases", "Repurchases of common stock", 1),
                Line.item("debt_issued", "Proceeds from issuance of long-term debt", 1),
                Line.item("debt_repaid", "Repayments of long-term debt", 1),
                Line.item("other_financing", "Other financing activities, net", 1),
                Line.subtotal("cash_from_financing", "Net cash provided by (used in) financing activities", 1));
    }
}
