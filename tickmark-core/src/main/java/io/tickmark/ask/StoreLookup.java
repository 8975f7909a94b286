package io.tickmark.ask;

import io.tickmark.facts.Fact;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.statement.StatementType;
import io.tickmark.store.FactStore;
import io.tickmark.taxonomy.Taxonomy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The value of a concept for a fiscal year, from the store: the balance at fiscal year end for
 * balance-sheet concepts (from annual reports only: a quarter-end balance is not a year-end one),
 * the twelve-month flow otherwise. When several filings print it (this year's report and next
 * year's comparative column), the latest filing's figure is used; when they disagree (a
 * restatement), the disagreement is recorded so the answer can say so instead of picking silently.
 */
public final class StoreLookup {
    private final FactStore store;
    private final List<String> companies;
    private final Taxonomy taxonomy;
    private final Map<String, DocumentInfo> documents = new HashMap<>();
    private final Map<String, List<Fact>> cache = new HashMap<>();
    private final List<String> disagreements = new ArrayList<>();

    public StoreLookup(FactStore store, List<String> companies, Taxonomy taxonomy) {
        this.store = store;
        this.companies = List.copyOf(companies);
        this.taxonomy = taxonomy;
        for (DocumentInfo d : store.documents()) documents.put(d.sha256(), d);
    }

    /** The fact for the concept in the fiscal year, or empty when no stored filing prints it. */
    public Optional<Fact> fact(String concept, int fiscalYear) {
        boolean balance = isBalance(concept);
        List<Fact> candidates = facts(concept).stream()
                .filter(f -> fiscalYear(f) == fiscalYear)
                .filter(f -> balance ? f.period().isInstant() && annual(f) : f.period().months() == 12)
                // a value some filing prints goes before one derived from other lines, whatever the filing dates
                .sorted(Comparator.comparing(Fact::derived)
                        .thenComparing(Comparator.comparing((Fact f) -> filed(f)).reversed())
                        .thenComparing(f -> statementRank(concept, f)))
                .toList();
        if (candidates.isEmpty()) return Optional.empty();
        Fact chosen = candidates.get(0);
        Map<BigDecimal, Fact> distinct = new LinkedHashMap<>();
        for (Fact f : candidates) {
            if (f.statement().equals(chosen.statement())) distinct.putIfAbsent(f.value().stripTrailingZeros(), f);
        }
        if (distinct.size() > 1) {
            StringBuilder note = new StringBuilder(concept + " FY" + fiscalYear + " differs between filings:");
            distinct.values().forEach(f -> note.append(' ').append(f.value().toPlainString()).append(" (").append(f.source().cite()).append(')'));
            disagreements.add(note.toString());
        }
        return Optional.of(chosen);
    }

    /** The fiscal year a fact belongs to, as its filing labels years ("fiscal 2024" may end in 2025). */
    private int fiscalYear(Fact f) {
        DocumentInfo d = documents.get(f.source().sha256());
        return f.period().fiscalYear() + (d == null ? 0 : d.fiscalYearOffset());
    }

    /** Concepts whose value differed between filings or statements, as read so far. */
    public List<String> disagreements() {
        return List.copyOf(disagreements);
    }

    private List<Fact> facts(String concept) {
        return cache.computeIfAbsent(concept, c -> {
            List<Fact> all = new ArrayList<>();
            for (String company : companies) all.addAll(store.facts(company, c));
            return all;
        });
    }

    private boolean isBalance(String concept) {
        return taxonomy.concept(concept).map(c -> c.on(StatementType.BALANCE_SHEET)).orElse(false);
    }

    private boolean annual(Fact f) {
        DocumentInfo d = documents.get(f.source().sha256());
        if (d == null) return false;
        String type = d.documentType().toLowerCase(Locale.ROOT);
        return type.equals("10-k") || type.equals("20-f") || type.equals("40-f") || type.contains("annual");
    }

    /** When the filing was made, else the end of the period it reports on: the later filing is the newer word. */
    private java.time.LocalDate filed(Fact f) {
        DocumentInfo d = documents.get(f.source().sha256());
        if (d == null) return java.time.LocalDate.MIN;
        if (d.periodEnd() != null) return d.periodEnd();
        return d.filingDate() != null ? d.filingDate() : java.time.LocalDate.MIN;
    }

    /** Within one filing, a flow printed on the cash flow statement (D&A) is preferred to the income statement's. */
    private static int statementRank(String concept, Fact f) {
        return StatementType.CASH_FLOW.name().equals(f.statement()) ? 0 : 1;
    }
}
