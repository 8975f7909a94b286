package io.tickmark.check;

import io.tickmark.check.CheckResult.Status;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.statement.StatementType;
import io.tickmark.taxonomy.Taxonomy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the accounting checks over the mapped statements of one document, per period: balance-sheet
 * identities, printed subtotals, gross profit, the cash roll-forward and net income across
 * statements. Equality holds within rounding: one printed unit, or half a unit per added figure
 * for longer sums. A statement may present costs as positive figures to subtract or as negative
 * figures to add; a sum passes when either reading holds. A missing input gives SKIPPED with why.
 */
public final class AccountingChecks {
    private static final Set<String> EXPLICIT = Set.of("gross_profit", "net_change_in_cash", "total_liabilities_and_equity");
    private final Taxonomy taxonomy;

    public AccountingChecks(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Checks over {@link Taxonomy#standard()}. */
    public static AccountingChecks standard() {
        return new AccountingChecks(Taxonomy.standard());
    }

    /** Every check for every period of the given statements (any of which may be absent). */
    public List<CheckResult> check(List<StatementValues> statements) {
        List<CheckResult> results = new ArrayList<>();
        for (StatementValues s : statements) {
            for (Period p : s.periods()) {
                results.addAll(identities(s, p));
                results.addAll(subtotals(s, p));
            }
        }
        find(statements, StatementType.INCOME_STATEMENT).ifPresent(is -> find(statements, StatementType.CASH_FLOW)
                .ifPresent(cf -> is.periods().forEach(p -> results.add(netIncomeTie(is, cf, p)))));
        return List.copyOf(results);
    }

    /** The (concept, period) pairs taking part in a failed check: their values deserve less confidence. */
    public static Set<ConceptPeriod> involvedInFailures(List<CheckResult> results) {
        Set<ConceptPeriod> involved = new LinkedHashSet<>();
        for (CheckResult r : results) {
            if (r.failed() && !r.name().startsWith(SUBTOTAL)) r.concepts().forEach(c -> involved.add(new ConceptPeriod(c, r.period())));
        }
        return involved;
    }

    /**
     * Subtotal checks read which rows make up a block from the layout, which filings arrange in many ways;
     * their failures are shown but lower no confidence. The identities between printed totals do.
     */
    private static final String SUBTOTAL = "subtotal:";

    /** The facts with confidence multiplied by {@code factor} (0..1) where they take part in a failed check. */
    public static List<Fact> lowerConfidence(List<Fact> facts, List<CheckResult> results, double factor) {
        if (factor < 0 || factor > 1) throw new IllegalArgumentException("confidence factor " + factor + " is outside 0..1");
        Set<ConceptPeriod> doubtful = involvedInFailures(results);
        return facts.stream().map(f -> f.concept() != null && doubtful.stream()
                        .anyMatch(d -> d.concept().equals(f.concept()) && d.period().sameAs(f.period()))
                        ? f.withConfidence(f.confidence() * factor) : f)
                .toList();
    }

    private List<CheckResult> identities(StatementValues s, Period p) {
        return switch (s.type()) {
            case BALANCE_SHEET -> List.of(assetsEqualLiabilitiesAndEquity(s, p), liabilitiesPlusEquity(s, p));
            case INCOME_STATEMENT -> List.of(grossProfit(s, p));
            case CASH_FLOW -> List.of(cashRollForward(s, p), cashFlowsAddUp(s, p));
        };
    }

    private CheckResult assetsEqualLiabilitiesAndEquity(StatementValues s, Period p) {
        return new Sum("balance_sheet_identity", "total_assets = total_liabilities_and_equity", s, p)
                .left("total_assets").plus("total_liabilities_and_equity").evaluate();
    }

    private CheckResult liabilitiesPlusEquity(StatementValues s, Period p) {
        String name = "liabilities_plus_equity";
        Sum sum = new Sum(name, "total_assets = total_liabilities + total_equity", s, p).left("total_assets");
        if (s.value("total_liabilities", p).isEmpty()) {
            String derived = s.value("total_liabilities_and_equity", p).flatMap(tle -> equity(s, p).map(tle::subtract))
                    .map(v -> "; derived as total_liabilities_and_equity - total_equity = " + v.toPlainString()).orElse("");
            return skipped(name, sum.rule, p, "the statement prints no total liabilities" + derived
                    + ", which restates the balance sheet identity and checks nothing more");
        }
        sum.plus("total_liabilities");
        if (s.has("total_equity")) sum.plus("total_equity");
        else sum.plus("total_equity_parent").optional("noncontrolling_interest");
        return sum.optional("redeemable_noncontrolling_interest").evaluate();
    }

    private Optional<BigDecimal> equity(StatementValues s, Period p) {
        Optional<BigDecimal> total = s.value("total_equity", p);
        if (total.isPresent()) return total;
        return s.value("total_equity_parent", p).map(e -> e.add(s.value("noncontrolling_interest", p).orElse(BigDecimal.ZERO)));
    }

    private CheckResult grossProfit(StatementValues s, Period p) {
        String rule = "gross_profit = revenue - cost_of_revenue";
        int cost = s.lineOf("cost_of_revenue");
        int gross = s.lineOf("gross_profit");
        if (cost >= 0 && gross > cost) {
            for (int i = cost + 1; i < gross; i++) {
                if (!s.lines().get(i).heading()) {
                    return skipped("gross_profit", rule, p, "'" + s.lines().get(i).label()
                            + "' is printed between cost of revenue and gross profit; the subtotal check covers it");
                }
            }
        }
        return new Sum("gross_profit", rule, s, p).left("gross_profit").plus("revenue").minus("cost_of_revenue").evaluate();
    }

    private CheckResult cashRollForward(StatementValues s, Period p) {
        if (fxAfterNetChange(s)) {
            return new Sum("cash_roll_forward", "cash_ending = cash_beginning + net_change_in_cash + fx_effect_on_cash", s, p)
                    .left("cash_ending").plus("cash_beginning").plus("net_change_in_cash").plus("fx_effect_on_cash").evaluate();
        }
        return new Sum("cash_roll_forward", "cash_ending = cash_beginning + net_change_in_cash", s, p)
                .left("cash_ending").plus("cash_beginning").plus("net_change_in_cash").evaluate();
    }

    private CheckResult cashFlowsAddUp(StatementValues s, Period p) {
        if (fxAfterNetChange(s)) {
            return new Sum("cash_flows_add_up",
                    "net_change_in_cash = cash_from_operations + cash_from_investing + cash_from_financing", s, p)
                    .left("net_change_in_cash").plus("cash_from_operations").plus("cash_from_investing")
                    .plus("cash_from_financing").evaluate();
        }
        return new Sum("cash_flows_add_up",
                "net_change_in_cash = cash_from_operations + cash_from_investing + cash_from_financing + fx_effect_on_cash", s, p)
                .left("net_change_in_cash").plus("cash_from_operations").plus("cash_from_investing")
                .plus("cash_from_financing").optional("fx_effect_on_cash").evaluate();
    }

    /** Some statements print the exchange-rate effect after a net change that leaves it out. */
    private static boolean fxAfterNetChange(StatementValues s) {
        int net = s.lineOf("net_change_in_cash");
        return net >= 0 && s.lineOf("fx_effect_on_cash") > net;
    }

    private CheckResult netIncomeTie(StatementValues is, StatementValues cf, Period p) {
        String rule = "net_income (income statement) = net_income (first line of the cash flow statement)";
        Optional<BigDecimal> left = is.value("net_income", p);
        Optional<BigDecimal> right = cf.value("net_income", p);
        if (left.isEmpty() || right.isEmpty()) {
            return skipped("net_income_tie", rule, p, (left.isEmpty() ? "the income statement" : "the cash flow statement")
                    + " has no net income for " + p);
        }
        BigDecimal tolerance = is.unit().max(cf.unit());
        boolean ok = left.get().subtract(right.get()).abs().compareTo(tolerance) <= 0;
        return new CheckResult("net_income_tie", rule, p, ok ? Status.PASSED : Status.FAILED, left.get(), right.get(),
                List.of("net_income"), ok ? "equal within " + tolerance.toPlainString()
                : "differ by " + left.get().subtract(right.get()).toPlainString());
    }

    /** A check per printed subtotal whose rows above it can be told apart (see {@link Block}). */
    private List<CheckResult> subtotals(StatementValues s, Period p) {
        List<CheckResult> results = new ArrayList<>();
        List<StatementValues.Line> lines = s.lines();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String c = lines.get(i).concept();
            if (c == null || EXPLICIT.contains(c) || !childrenOn(c, s.type()) || !seen.add(c)) continue;
            Block block = Block.above(lines, i, c, taxonomy);
            if (!block.terms.isEmpty()) results.add(new Subtotal(s, p, i, block).evaluate());
        }
        return results;
    }

    private boolean childrenOn(String concept, StatementType type) {
        return taxonomy.children(concept).stream().anyMatch(child -> child.on(type));
    }

    static CheckResult skipped(String name, String rule, Period p, String why) {
        return new CheckResult(name, rule, p, Status.SKIPPED, null, null, List.of(), why);
    }

    private static Optional<StatementValues> find(List<StatementValues> statements, StatementType type) {
        return statements.stream().filter(s -> s.type() == type).findFirst();
    }

    static String names(List<String> concepts) {
        return concepts.stream().collect(Collectors.joining(", "));
    }
}
