package io.tickmark.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Simulates a company's books year by year so every statement agrees: the balance sheet balances,
 * cash rolls forward, retained earnings take net income less dividends, working-capital changes
 * on the cash flow statement are the balance sheet's changes. Figures are in printed units.
 */
final class FinancialModel {
    /** Years simulated after the opening balance sheet: the five of the selected financial data. */
    static final int HISTORY = 5;

    private final SampleCompany company;
    private final Random random;
    private final double growth;
    private final double cogsRatio;
    private final double rndRatio;
    private final double sgaRatio;
    private final double receivableRatio;
    private final double inventoryRatio;
    private final double payableRatio;
    private final double accruedRatio;
    private final double taxRate;
    private final double payout;
    private final double buyback;
    private final double earningsMultiple;
    private final boolean splitRevenue;
    private final double productShare;
    private double sharePrice;

    private FinancialModel(SampleCompany company) {
        this.company = company;
        this.random = new Random(company.seed() * 31 + 17);
        this.growth = between(-0.02, 0.12);
        this.cogsRatio = between(0.35, 0.62);
        this.rndRatio = between(0.03, 0.11);
        this.sgaRatio = between(0.10, 0.19);
        this.receivableRatio = between(0.09, 0.17);
        this.inventoryRatio = between(0.12, 0.24);
        this.payableRatio = between(0.08, 0.15);
        this.accruedRatio = between(0.05, 0.09);
        this.taxRate = between(0.17, 0.26);
        this.payout = Math.floorMod(company.seed(), 5) == 4 ? 0 : between(0.15, 0.40);
        this.buyback = between(0.10, 0.45);
        this.earningsMultiple = between(14, 26);
        this.splitRevenue = random.nextBoolean();
        this.productShare = between(0.55, 0.80);
    }

    /** Figures for the opening year (index 0) and the {@link #HISTORY} years after it, oldest first. */
    static List<Figures> simulate(SampleCompany company) {
        return new FinancialModel(company).run();
    }

    /** Whether the income statement splits revenue into products and services (drawn from the seed). */
    static boolean splitsRevenue(SampleCompany company) {
        return new FinancialModel(company).splitRevenue;
    }

    private List<Figures> run() {
        List<Figures> years = new ArrayList<>();
        years.add(opening(company.fiscalYear() - HISTORY));
        for (int fy = company.fiscalYear() - HISTORY + 1; fy <= company.fiscalYear(); fy++) {
            years.add(year(years.get(years.size() - 1), fy));
        }
        return years;
    }

    private Figures opening(int fy) {
        Figures f = new Figures(fy);
        long r = company.scale() == Scale.MILLIONS ? (long) between(1_500, 60_000) : (long) between(150_000, 2_500_000);
        f.put("revenue", r);
        f.put("cost_of_revenue", pct(r, cogsRatio, cogsRatio));
        workingCapital(f);
        f.put("cash", pct(r, 0.08, 0.20));
        f.put("st_investments", pct(r, 0.02, 0.08));
        f.put("ppe_net", pct(r, 0.25, 0.60));
        f.put("goodwill", pct(r, 0.10, 0.35));
        f.put("intangibles", pct(r, 0.04, 0.12));
        f.put("other_assets", pct(r, 0.03, 0.08));
        f.put("debt_total", pct(r, 0.15, 0.45));
        f.put("current_debt", Math.round(f.get("debt_total") * between(0.04, 0.10)));
        f.put("long_term_debt", f.get("debt_total") - f.get("current_debt"));
        openingShares(f, r);
        f.put("apic", pct(r, 0.15, 0.35));
        f.put("treasury_stock", -pct(r, 0.05, 0.25));
        f.put("aoci", -pct(r, 0.005, 0.03));
        f.put("nci_equity", pct(r, 0.01, 0.03));
        f.put("other_liabilities", pct(r, 0.04, 0.08));
        openingRetainedEarnings(f, r);
        return f;
    }

    private void openingShares(Figures f, long r) {
        long outstanding = company.scale() == Scale.MILLIONS ? (long) between(150, 1_500) : (long) between(30_000, 400_000);
        long treasury = Math.round(outstanding * between(0.05, 0.20));
        f.put("shares_outstanding", outstanding);
        f.put("shares_treasury", treasury);
        f.put("shares_issued", outstanding + treasury);
        f.put("common_stock", commonStock(outstanding + treasury));
        sharePrice = Math.max(5, 0.1 * r / outstanding * earningsMultiple);
    }

    private void openingRetainedEarnings(Figures f, long r) {
        assetTotals(f);
        liabilityTotals(f);
        long equityExRetained = f.sum("common_stock", "apic", "treasury_stock", "aoci", "nci_equity");
        long retained = f.get("total_assets") - f.get("total_liabilities") - equityExRetained;
        long floor = pct(r, 0.10, 0.10);
        if (retained < floor) {
            f.put("other_assets", f.get("other_assets") + floor - retained);
            assetTotals(f);
            retained = floor;
        }
        f.put("retained_earnings", retained);
        equityTotals(f);
    }

    private Figures year(Figures p, int fy) {
        Figures f = new Figures(fy);
        income(p, f);
        capitalReturns(p, f);
        perShare(p, f);
        comprehensiveIncome(f);
        workingCapital(f);
        operatingCashFlow(p, f);
        investingCashFlow(p, f);
        financingCashFlow(p, f);
        cashRollForward(p, f);
        balanceSheet(p, f);
        notes(f);
        return f;
    }

    private void income(Figures p, Figures f) {
        long r = Math.max(1, Math.round(p.get("revenue") * (1 + growth + between(-0.06, 0.06))));
        f.put("revenue", r);
        long product = splitRevenue ? pct(r, productShare - 0.02, productShare + 0.02) : r;
        f.put("rev_product", product);
        f.put("rev_services", r - product);
        f.put("cost_of_revenue", pct(r, cogsRatio - 0.02, cogsRatio + 0.02));
        f.put("gross_profit", r - f.get("cost_of_revenue"));
        f.put("rnd", pct(r, rndRatio - 0.005, rndRatio + 0.005));
        f.put("sga", pct(r, sgaRatio - 0.01, sgaRatio + 0.01));
        boolean quietYear = f.fiscalYear() == company.fiscalYear() - company.years() + 1 || random.nextInt(3) == 0;
        f.put("restructuring", quietYear ? 0 : pct(r, 0.004, 0.015));
        f.total("total_opex", "rnd", "sga", "restructuring");
        f.put("operating_income", f.get("gross_profit") - f.get("total_opex"));
        f.put("interest_expense", -Math.round(p.get("debt_total") * between(0.035, 0.06)));
        f.put("other_income", pct(r, -0.004, 0.006));
        f.total("pretax_income", "operating_income", "interest_expense", "other_income");
        f.put("income_tax", Math.round(f.get("pretax_income") * taxRate));
        f.put("net_income", f.get("pretax_income") - f.get("income_tax"));
        f.put("ni_nci", f.get("net_income") > 0 ? Math.max(1, Math.round(f.get("net_income") * between(0.01, 0.04))) : 0);
        f.put("ni_company", f.get("net_income") - f.get("ni_nci"));
    }

    private void capitalReturns(Figures p, Figures f) {
        long earned = Math.max(0, f.get("ni_company"));
        f.put("dividends", Math.round(earned * payout));
        f.put("repurchase_amount", Math.round(earned * buyback * between(0.7, 1.3)));
        sharePrice = Math.max(5, (double) earned / p.get("shares_outstanding") * earningsMultiple);
        long bought = Math.round(f.get("repurchase_amount") / sharePrice);
        long granted = Math.max(1, Math.round(p.get("shares_outstanding") * between(0.002, 0.008)));
        f.put("shares_treasury", p.get("shares_treasury") + bought);
        f.put("shares_issued", p.get("shares_issued") + granted);
        f.put("shares_outstanding", f.get("shares_issued") - f.get("shares_treasury"));
    }

    private void perShare(Figures p, Figures f) {
        long basic = Math.round((p.get("shares_outstanding") + f.get("shares_outstanding")) / 2.0);
        long diluted = Math.round(basic * between(1.004, 1.02));
        f.put("shares_basic", basic);
        f.put("shares_diluted", diluted);
        f.put("eps_basic", cents(f.get("ni_company"), basic));
        f.put("eps_diluted", cents(f.get("ni_company"), diluted));
        f.put("dividends_per_share", cents(f.get("dividends"), basic));
    }

    private void comprehensiveIncome(Figures f) {
        long r = f.get("revenue");
        f.put("oci_translation", pct(r, -0.006, 0.004));
        f.put("oci_hedges", pct(r, -0.002, 0.002));
        f.total("oci_total", "oci_translation", "oci_hedges");
        f.total("comprehensive_income", "net_income", "oci_total");
        f.put("ci_nci", f.get("ni_nci"));
        f.put("ci_company", f.get("comprehensive_income") - f.get("ci_nci"));
    }

    private void workingCapital(Figures f) {
        long r = f.get("revenue");
        long cost = f.get("cost_of_revenue");
        f.put("accounts_receivable", pct(r, receivableRatio - 0.01, receivableRatio + 0.01));
        f.put("inventory", pct(cost, inventoryRatio - 0.02, inventoryRatio + 0.02));
        f.put("prepaid", pct(r, 0.01, 0.03));
        f.put("accounts_payable", pct(cost, payableRatio - 0.01, payableRatio + 0.01));
        f.put("accrued_liabilities", pct(r, accruedRatio - 0.01, accruedRatio + 0.01));
    }

    private void operatingCashFlow(Figures p, Figures f) {
        long r = f.get("revenue");
        f.put("depreciation", Math.round(p.get("ppe_net") * between(0.10, 0.14)));
        f.put("amortization", Math.min(p.get("intangibles"), Math.round(p.get("intangibles") * between(0.10, 0.18))));
        f.total("depreciation_amortization", "depreciation", "amortization");
        f.put("stock_comp", pct(r, 0.01, 0.03));
        f.put("deferred_taxes", Math.round(f.get("income_tax") * between(-0.15, 0.15)));
        f.put("chg_receivables", p.get("accounts_receivable") - f.get("accounts_receivable"));
        f.put("chg_inventory", p.get("inventory") - f.get("inventory"));
        f.put("chg_prepaid", p.get("prepaid") - f.get("prepaid"));
        f.put("chg_payables", f.get("accounts_payable") - p.get("accounts_payable"));
        f.put("chg_accrued", f.get("accrued_liabilities") - p.get("accrued_liabilities"));
        f.total("cash_from_operations", "net_income", "depreciation_amortization", "stock_comp", "deferred_taxes",
                "chg_receivables", "chg_inventory", "chg_prepaid", "chg_payables", "chg_accrued");
        f.put("taxes_paid", Math.max(0, f.get("income_tax") - f.get("deferred_taxes")));
        f.put("interest_paid", -f.get("interest_expense"));
    }

    private void investingCashFlow(Figures p, Figures f) {
        long r = f.get("revenue");
        f.put("capex", -pct(r, 0.04, 0.08));
        boolean deal = f.fiscalYear() == company.fiscalYear() - 1 || random.nextInt(3) == 0;
        f.put("acquisitions", deal ? -pct(r, 0.03, 0.10) : 0);
        f.put("purchases_investments", -pct(r, 0.01, 0.05));
        long available = p.get("st_investments") - f.get("purchases_investments");
        f.put("sales_investments", Math.min(available, pct(r, 0.01, 0.05)));
        f.total("cash_from_investing", "capex", "acquisitions", "purchases_investments", "sales_investments");
    }

    private void financingCashFlow(Figures p, Figures f) {
        long r = f.get("revenue");
        f.put("dividends_paid", -f.get("dividends"));
        f.put("repurchases", -f.get("repurchase_amount"));
        f.put("debt_issued", random.nextInt(5) < 2 ? pct(r, 0.02, 0.10) : 0);
        f.put("debt_repaid", -Math.min(p.get("current_debt"), p.get("debt_total")));
        f.put("other_financing", pct(r, -0.003, 0.002));
        financingTotal(f);
    }

    private void financingTotal(Figures f) {
        f.total("cash_from_financing", "dividends_paid", "repurchases", "debt_issued", "debt_repaid", "other_financing");
    }

    private void cashRollForward(Figures p, Figures f) {
        f.put("fx_effect", pct(f.get("revenue"), -0.004, 0.003));
        f.put("cash_begin", p.get("cash"));
        rollCash(f);
        long floor = pct(f.get("revenue"), 0.05, 0.05);
        if (f.get("cash_end") < floor) {
            f.put("debt_issued", f.get("debt_issued") + floor - f.get("cash_end") + pct(f.get("revenue"), 0.02, 0.04));
            financingTotal(f);
            rollCash(f);
        }
    }

    private void rollCash(Figures f) {
        f.total("net_change_cash", "cash_from_operations", "cash_from_investing", "cash_from_financing", "fx_effect");
        f.total("cash_end", "cash_begin", "net_change_cash");
    }

    private void balanceSheet(Figures p, Figures f) {
        f.put("cash", f.get("cash_end"));
        f.put("st_investments", p.get("st_investments") - f.get("purchases_investments") - f.get("sales_investments"));
        long acquired = -f.get("acquisitions");
        long toGoodwill = Math.round(acquired * 0.6);
        f.put("ppe_net", p.get("ppe_net") - f.get("capex") - f.get("depreciation"));
        f.put("goodwill", p.get("goodwill") + toGoodwill);
        f.put("intangibles", p.get("intangibles") + acquired - toGoodwill - f.get("amortization"));
        f.put("other_assets", Math.round(p.get("other_assets") * between(1.0, 1.06)));
        f.put("debt_total", p.get("debt_total") + f.get("debt_issued") + f.get("debt_repaid"));
        f.put("current_debt", Math.round(f.get("debt_total") * between(0.04, 0.10)));
        f.put("long_term_debt", f.get("debt_total") - f.get("current_debt"));
        equity(p, f);
        plugOtherLiabilities(f);
    }

    private void equity(Figures p, Figures f) {
        f.put("common_stock", commonStock(f.get("shares_issued")));
        f.put("apic", p.get("apic") + f.get("stock_comp") + p.get("common_stock") - f.get("common_stock"));
        f.put("retained_earnings", p.get("retained_earnings") + f.get("ni_company") - f.get("dividends"));
        f.put("aoci", p.get("aoci") + f.get("oci_total"));
        f.put("treasury_stock", p.get("treasury_stock") + f.get("repurchases"));
        f.put("nci_equity", p.get("nci_equity") + f.get("ni_nci"));
        equityTotals(f);
    }

    /** Other long-term liabilities absorb what the simple model leaves out; other assets grow if that would go too low. */
    private void plugOtherLiabilities(Figures f) {
        assetTotals(f);
        f.put("other_liabilities", 0);
        liabilityTotals(f);
        long plug = f.get("total_assets") - f.get("total_liabilities") - f.get("total_equity");
        long floor = pct(f.get("revenue"), 0.03, 0.03);
        if (plug < floor) {
            f.put("other_assets", f.get("other_assets") + floor - plug);
            assetTotals(f);
            plug = floor;
        }
        f.put("other_liabilities", plug);
        liabilityTotals(f);
        f.total("total_liabilities_and_equity", "total_liabilities", "total_equity");
    }

    private static void assetTotals(Figures f) {
        f.total("total_current_assets", "cash", "st_investments", "accounts_receivable", "inventory", "prepaid");
        f.total("total_assets", "total_current_assets", "ppe_net", "goodwill", "intangibles", "other_assets");
    }

    private static void liabilityTotals(Figures f) {
        f.total("total_current_liabilities", "accounts_payable", "accrued_liabilities", "current_debt");
        f.total("total_liabilities", "total_current_liabilities", "long_term_debt", "other_liabilities");
    }

    private static void equityTotals(Figures f) {
        f.total("company_equity", "common_stock", "apic", "retained_earnings", "aoci", "treasury_stock");
        f.total("total_equity", "company_equity", "nci_equity");
    }

    private void notes(Figures f) {
        long net = f.get("ppe_net");
        long accumulated = Math.round(net * between(0.6, 1.2));
        long gross = net + accumulated;
        f.put("accumulated_depreciation", -accumulated);
        f.put("ppe_gross", gross);
        f.put("ppe_land", pct(gross, 0.05, 0.09));
        f.put("ppe_buildings", pct(gross, 0.28, 0.38));
        f.put("ppe_construction", pct(gross, 0.04, 0.09));
        f.put("ppe_machinery", gross - f.sum("ppe_land", "ppe_buildings", "ppe_construction"));
        f.put("ar_allowance", -Math.max(1, pct(f.get("accounts_receivable"), 0.01, 0.03)));
        f.put("ar_gross", f.get("accounts_receivable") - f.get("ar_allowance"));
    }

    /** Par value of $0.01 a share, in printed units (share counts share the money scale). */
    private static long commonStock(long sharesIssued) {
        return Math.max(1, Math.round(sharesIssued * 0.01));
    }

    private static long cents(long amount, long shares) {
        return shares == 0 ? 0 : Math.round(amount * 100.0 / shares);
    }

    private long pct(long base, double low, double high) {
        return Math.round(base * between(low, high));
    }

    private double between(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }
}
