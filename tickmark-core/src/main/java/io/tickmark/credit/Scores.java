package io.tickmark.credit;

import io.tickmark.metrics.FactLookup;
import io.tickmark.metrics.Formula;
import io.tickmark.metrics.Metric;
import io.tickmark.metrics.MetricCatalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The published scores, each variable computed through the metric engine (ticked inputs):
 * <ul>
 * <li>Altman Z (1968): Altman, "Financial Ratios, Discriminant Analysis and the Prediction of Corporate
 * Bankruptcy", Journal of Finance 23(4), 1968. Z = 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 + 1.0 X5, X4 on the market
 * value of equity; zones above 2.99 safe, below 1.81 distress. Public manufacturers.</li>
 * <li>Altman Z'' (1995): Altman, Hartzell and Peck, "Emerging Market Corporate Bonds: A Scoring System", 1995.
 * Z'' = 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4, X4 on the book value of equity; above 2.60 safe, below 1.10 distress.
 * Non-manufacturers and emerging markets.</li>
 * <li>Piotroski F (2000): Piotroski, "Value Investing: The Use of Historical Financial Statement Information to
 * Separate Winners from Losers", Journal of Accounting Research 38 (Supplement), 2000. Nine binary signals.</li>
 * <li>Beneish M (1999): Beneish, "The Detection of Earnings Manipulation", Financial Analysts Journal 55(5), 1999.
 * Eight-variable model; above -1.78 the firm resembles the sample's manipulators.</li>
 * </ul>
 */
public final class Scores {
    static final MathContext MATH = MathContext.DECIMAL128;

    private static final java.util.Map<String, Formula> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private final MetricCatalog metrics;

    private static Formula formula(String text) {
        return PARSED.computeIfAbsent(text, Formula::parse);
    }

    public Scores(MetricCatalog metrics) {
        this.metrics = metrics;
    }

    private record Var(String name, String meaning, String coefficient, String formula, String denominator) {
    }

    private static final List<Var> ALTMAN_COMMON = List.of(
            new Var("X1", "working capital / total assets", null, "(total_current_assets - total_current_liabilities) / total_assets", "total_assets"),
            new Var("X2", "retained earnings / total assets", null, "retained_earnings / total_assets", "total_assets"),
            new Var("X3", "EBIT (operating income) / total assets", null, "operating_income / total_assets", "total_assets"));

    private static final List<Var> BENEISH = List.of(
            new Var("DSRI", "days sales in receivables index", "0.920", "(accounts_receivable / revenue) / (accounts_receivable@-1 / revenue@-1)", "accounts_receivable@-1 * revenue"),
            new Var("GMI", "gross margin index", "0.528", "((revenue@-1 - abs(cost_of_revenue@-1)) / revenue@-1) / ((revenue - abs(cost_of_revenue)) / revenue)", "revenue - abs(cost_of_revenue)"),
            new Var("AQI", "asset quality index", "0.404", "(1 - (total_current_assets + ppe_net) / total_assets) / (1 - (total_current_assets@-1 + ppe_net@-1) / total_assets@-1)", "total_assets@-1 - total_current_assets@-1 - ppe_net@-1"),
            new Var("SGI", "sales growth index", "0.892", "revenue / revenue@-1", "revenue@-1"),
            new Var("DEPI", "depreciation index", "0.115", "(abs(depreciation_amortization@-1) / (abs(depreciation_amortization@-1) + ppe_net@-1)) / (abs(depreciation_amortization) / (abs(depreciation_amortization) + ppe_net))", "abs(depreciation_amortization)"),
            new Var("SGAI", "SG&A expense index", "-0.172", "(abs(sga) / revenue) / (abs(sga@-1) / revenue@-1)", "abs(sga@-1)"),
            new Var("TATA", "total accruals / total assets", "4.679", "(net_income - cash_from_operations) / total_assets", "total_assets"),
            new Var("LVGI", "leverage index", "-0.327", "((total_current_liabilities + long_term_debt) / total_assets) / ((total_current_liabilities@-1 + long_term_debt@-1) / total_assets@-1)", "total_current_liabilities@-1 + long_term_debt@-1"));

    private static final List<Var> PIOTROSKI = List.of(
            new Var("F_ROA", "return on beginning assets > 0", "> 0", "net_income / total_assets@-1", "total_assets@-1"),
            new Var("F_CFO", "cash from operations > 0", "> 0", "cash_from_operations / total_assets@-1", "total_assets@-1"),
            new Var("F_dROA", "return on assets rose", "> 0", "net_income / total_assets@-1 - net_income@-1 / total_assets@-2", "total_assets@-2"),
            new Var("F_ACCRUAL", "cash from operations above net income", "> 0", "(cash_from_operations - net_income) / total_assets@-1", "total_assets@-1"),
            new Var("F_dLEVER", "long-term debt / average assets fell", "> 0", "long_term_debt@-1 / avg(total_assets@-1) - long_term_debt / avg(total_assets)", "total_assets@-2"),
            new Var("F_dLIQUID", "current ratio rose", "> 0", "total_current_assets / total_current_liabilities - total_current_assets@-1 / total_current_liabilities@-1", "total_current_liabilities@-1"),
            new Var("EQ_OFFER", "no common equity issued", "<= 0", "proceeds_from_stock_issuance", null),
            new Var("F_dMARGIN", "gross margin rose", "> 0", "(revenue - abs(cost_of_revenue)) / revenue - (revenue@-1 - abs(cost_of_revenue@-1)) / revenue@-1", "revenue@-1"),
            new Var("F_dTURN", "asset turnover rose", "> 0", "revenue / total_assets@-1 - revenue@-1 / total_assets@-2", "total_assets@-2"));

    /** All four scores for one year; {@code marketValueOfEquity} may be null (Altman Z then says why it has no value). */
    public List<ScoreResult> all(FactLookup lookup, int year, BigDecimal marketValueOfEquity, boolean unclassifiedBalanceSheet) {
        return List.of(altmanZ(lookup, year, marketValueOfEquity), altmanZDoublePrime(lookup, year, unclassifiedBalanceSheet),
                piotroski(lookup, year), beneish(lookup, year));
    }

    public ScoreResult altmanZ(FactLookup lookup, int year, BigDecimal marketValueOfEquity) {
        List<ScoreComponent> parts = new ArrayList<>(components(ALTMAN_COMMON, List.of("1.2", "1.4", "3.3"), lookup, year));
        Figure tl = RatioPack.evaluate(metrics, "total_liabilities", formula("total_assets - total_equity"), null, Metric.Unit.MONEY, 1, year, lookup);
        Figure x4;
        if (marketValueOfEquity == null) {
            x4 = new Figure("X4", year, null, null, "n/a because the market value of equity is not in the financial statements (pass it to the analysis)", "market_value_of_equity / (total_assets - total_equity)", null, List.of());
        } else if (!tl.available() || tl.value().signum() <= 0) {
            x4 = new Figure("X4", year, null, null, tl.available() ? "n/a because total liabilities are not positive" : tl.naBecause(), "market_value_of_equity / (total_assets - total_equity)", tl.evaluation(), List.of());
        } else {
            BigDecimal v = marketValueOfEquity.divide(tl.value(), MATH);
            x4 = new Figure("X4", year, v, show(v), null, "market_value_of_equity (user-supplied, not ticked: %s) / (total_assets - total_equity)"
                    .formatted(CreditAnalysis.money(marketValueOfEquity)), tl.evaluation(), List.of());
        }
        parts.add(new ScoreComponent("X4", "market value of equity / total liabilities", new BigDecimal("0.6"), null, x4, null));
        parts.add(component(new Var("X5", "sales / total assets", "1.0", "revenue / total_assets", "total_assets"), lookup, year));
        return linear("altman_z", "Altman Z-score (1968)", "Altman (1968), Journal of Finance 23(4), pp. 589-609",
                "Z = 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 + 1.0 X5", year, BigDecimal.ZERO, parts,
                (z, y) -> z.compareTo(new BigDecimal("2.99")) > 0 ? "safe (above 2.99)" : z.compareTo(new BigDecimal("1.81")) >= 0 ? "grey (1.81 to 2.99)" : "distress (below 1.81)",
                "Built on US public manufacturers; X4 needs the market value of equity, which no financial statement prints. Not meant for financial firms.");
    }

    public ScoreResult altmanZDoublePrime(FactLookup lookup, int year, boolean unclassifiedBalanceSheet) {
        List<ScoreComponent> parts = new ArrayList<>(components(ALTMAN_COMMON, List.of("6.56", "3.26", "6.72"), lookup, year));
        parts.add(component(new Var("X4", "book value of equity / total liabilities", "1.05", "total_equity / (total_assets - total_equity)", "total_assets - total_equity"), lookup, year));
        String applicability = "For non-manufacturers and emerging-market firms (Altman 1995): book equity replaces market value and the sales/assets term is dropped. Not meant for banks, insurers or other financial firms.";
        if (unclassifiedBalanceSheet) applicability += " This balance sheet shows no current assets and liabilities (as banks' do): the score does not apply.";
        return linear("altman_z2", "Altman Z''-score (1995)", "Altman, Hartzell and Peck (1995), Emerging Market Corporate Bonds: A Scoring System; Altman (2000)",
                "Z'' = 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4", year, BigDecimal.ZERO, parts,
                (z, y) -> z.compareTo(new BigDecimal("2.60")) > 0 ? "safe (above 2.60)" : z.compareTo(new BigDecimal("1.10")) >= 0 ? "grey (1.10 to 2.60)" : "distress (below 1.10)",
                applicability);
    }

    public ScoreResult beneish(FactLookup lookup, int year) {
        List<ScoreComponent> parts = components(BENEISH, null, lookup, year);
        return linear("beneish_m", "Beneish M-score (1999, 8 variables)", "Beneish (1999), Financial Analysts Journal 55(5), pp. 24-36",
                "M = -4.84 + 0.920 DSRI + 0.528 GMI + 0.404 AQI + 0.892 SGI + 0.115 DEPI - 0.172 SGAI + 4.679 TATA - 0.327 LVGI",
                year, new BigDecimal("-4.84"), parts,
                (m, y) -> m.compareTo(new BigDecimal("-1.78")) > 0 ? "resembles manipulators (above -1.78)" : "does not resemble manipulators (-1.78 or below)",
                "Estimated on manufacturing and service firms, not financial firms; needs two consecutive years. TATA uses net income less cash from operations and DEPI depreciation and amortization, as printed.");
    }

    public ScoreResult piotroski(FactLookup lookup, int year) {
        List<ScoreComponent> parts = new ArrayList<>();
        int sum = 0;
        List<String> missing = new ArrayList<>();
        for (Var v : PIOTROSKI) {
            Figure f = RatioPack.evaluate(metrics, v.name(), formula(v.formula()), v.denominator() == null ? null : formula(v.denominator()),
                    Metric.Unit.RATIO, 4, year, lookup);
            Integer signal = null;
            if (f.available()) {
                signal = v.coefficient().equals("> 0") ? (f.value().signum() > 0 ? 1 : 0) : (f.value().signum() <= 0 ? 1 : 0);
                sum += signal;
            } else {
                missing.add(v.name());
            }
            parts.add(new ScoreComponent(v.name(), v.meaning(), null, v.coefficient(), f, signal));
        }
        String applicability = "Designed to separate winners from losers among high book-to-market (value) firms; needs three years of balance sheets for the changes. EQ_OFFER counts any share issuance the cash flow statement prints, including option exercises.";
        if (!missing.isEmpty()) {
            String why = "n/a because %d of 9 signals cannot be computed (%s); the %d that can sum to %d".formatted(missing.size(), String.join(", ", missing), 9 - missing.size(), sum);
            return new ScoreResult("piotroski_f", "Piotroski F-score (2000)", "Piotroski (2000), Journal of Accounting Research 38 (Supplement), pp. 1-41",
                    "F = sum of 9 binary signals", year, null, null, null, why, applicability, parts);
        }
        String zone = sum >= 8 ? "high (8-9)" : sum <= 1 ? "low (0-1)" : "middle (2-7)";
        return new ScoreResult("piotroski_f", "Piotroski F-score (2000)", "Piotroski (2000), Journal of Accounting Research 38 (Supplement), pp. 1-41",
                "F = sum of 9 binary signals", year, BigDecimal.valueOf(sum), sum + " / 9", zone, null, applicability, parts);
    }

    private List<ScoreComponent> components(List<Var> vars, List<String> coefficients, FactLookup lookup, int year) {
        List<ScoreComponent> out = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++) {
            Var v = vars.get(i);
            out.add(component(coefficients == null ? v : new Var(v.name(), v.meaning(), coefficients.get(i), v.formula(), v.denominator()), lookup, year));
        }
        return out;
    }

    private ScoreComponent component(Var v, FactLookup lookup, int year) {
        Figure f = RatioPack.evaluate(metrics, v.name(), formula(v.formula()), v.denominator() == null ? null : formula(v.denominator()),
                Metric.Unit.RATIO, 4, year, lookup);
        return new ScoreComponent(v.name(), v.meaning(), new BigDecimal(v.coefficient()), null, f, null);
    }

    private static ScoreResult linear(String id, String name, String citation, String formula, int year, BigDecimal intercept,
                                      List<ScoreComponent> parts, BiFunction<BigDecimal, Integer, String> zone, String applicability) {
        BigDecimal sum = intercept;
        List<String> missing = new ArrayList<>();
        for (ScoreComponent c : parts) {
            if (!c.figure().available()) {
                missing.add(c.name() + " (" + c.figure().naBecause().replaceFirst("^n/a because ", "") + ")");
                continue;
            }
            sum = sum.add(c.coefficient().multiply(c.figure().value(), MATH), MATH);
        }
        if (!missing.isEmpty()) {
            return new ScoreResult(id, name, citation, formula, year, null, null, null, "n/a because " + String.join("; ", missing), applicability, parts);
        }
        return new ScoreResult(id, name, citation, formula, year, sum, show(sum), zone.apply(sum, year), null, applicability, parts);
    }

    static String show(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Combines published coefficients with given variable values (for tests and for callers with their own inputs). */
    public static BigDecimal combine(BigDecimal intercept, List<String> coefficients, List<BigDecimal> values) {
        BigDecimal sum = intercept;
        for (int i = 0; i < coefficients.size(); i++) sum = sum.add(new BigDecimal(coefficients.get(i)).multiply(values.get(i), MATH), MATH);
        return sum;
    }

    /** The published coefficients, in variable order, for tests and documentation. */
    public static Map<String, List<String>> coefficients() {
        return Map.of("altman_z", List.of("1.2", "1.4", "3.3", "0.6", "1.0"),
                "altman_z2", List.of("6.56", "3.26", "6.72", "1.05"),
                "beneish_m", BENEISH.stream().map(Var::coefficient).toList());
    }
}
