package io.tickmark.ask;

import io.tickmark.taxonomy.Concept;
import io.tickmark.taxonomy.Taxonomy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analyst words a definition may use, mapped to concept or metric ids. Looked up in this order:
 * Tickmark's own lexicon of analyst words ("COGS", "capex", "PP&E"), the catalog's metric names,
 * then the taxonomy's labels and synonyms. Cash outflows that definitions mean as magnitudes (capex,
 * dividends paid) come wrapped in abs().
 */
final class Terms {
    /** A resolved term: a concept or metric id, taken as a magnitude when {@code abs}. */
    record Term(String id, boolean abs) {
        String at(int offset) {
            String ref = offset == 0 ? id : id + "@" + offset;
            return abs ? "abs(" + ref + ")" : ref;
        }
    }

    private static final Map<String, List<String>> LEXICON = Map.ofEntries(
            Map.entry("revenue", List.of("revenue", "revenues", "total revenue", "total revenues", "net revenue",
                    "net revenues", "net sales", "total net sales", "sales", "total net revenue", "turnover")),
            Map.entry("cost_of_revenue", List.of("cogs", "cost of goods sold", "cost of sales", "cost of revenue",
                    "cost of revenues", "total cost of revenue", "cost of products sold")),
            Map.entry("ppe_net", List.of("pp&e", "net pp&e", "ppne", "net ppne", "property plant and equipment",
                    "net property plant and equipment", "property plant and equipment net", "fixed assets", "net fixed assets")),
            Map.entry("abs:capex", List.of("capex", "capital expenditure", "capital expenditures", "capital spending",
                    "purchases of property plant and equipment")),
            Map.entry("cash_from_operations", List.of("cash from operations", "cash flow from operations", "operating cash flow",
                    "cash flow from operating activities", "cash from operating activities", "net cash from operating activities",
                    "net cash provided by operating activities", "cfo")),
            Map.entry("depreciation_amortization", List.of("d&a", "depreciation and amortization", "depreciation amortization")),
            Map.entry("operating_income", List.of("operating income", "operating profit", "income from operations", "ebit")),
            Map.entry("net_income", List.of("net income", "net earnings", "net profit")),
            Map.entry("net_income_attributable_parent", List.of("net income attributable to shareholders",
                    "net income attributable to common shareholders", "net income attributable to stockholders",
                    "net income attributable to the company", "net income attributable to parent")),
            Map.entry("inventory", List.of("inventory", "inventories", "total inventory")),
            Map.entry("accounts_receivable", List.of("accounts receivable", "ar", "net ar", "net accounts receivable", "receivables")),
            Map.entry("accounts_payable", List.of("accounts payable", "ap", "payables")),
            Map.entry("total_assets", List.of("total assets", "assets")),
            Map.entry("total_current_assets", List.of("total current assets", "current assets")),
            Map.entry("total_current_liabilities", List.of("total current liabilities", "current liabilities")),
            Map.entry("total_liabilities", List.of("total liabilities", "liabilities")),
            Map.entry("total_equity", List.of("total equity", "shareholders' equity", "stockholders' equity",
                    "total shareholders' equity", "total stockholders' equity", "equity")),
            Map.entry("abs:dividends_paid", List.of("cash dividends paid", "total cash dividends paid", "dividends paid",
                    "dividends", "cash dividends")),
            Map.entry("interest_expense", List.of("interest expense", "interest expenses")),
            Map.entry("gross_profit", List.of("gross profit", "gross margin dollars")),
            Map.entry("income_tax", List.of("income tax expense", "income taxes", "provision for income taxes", "tax expense")),
            Map.entry("income_before_tax", List.of("pretax income", "pre-tax income", "income before taxes", "income before income taxes")),
            Map.entry("sga", List.of("sg&a", "selling general and administrative expenses")),
            Map.entry("rnd", List.of("r&d", "research and development")),
            Map.entry("cash", List.of("cash", "cash and cash equivalents")));

    private final Map<String, Term> lexicon = new HashMap<>();
    private final Map<String, Term> metrics = new HashMap<>();
    private final Map<String, Term> taxonomy = new HashMap<>();

    Terms(Map<String, List<String>> metricNames, Taxonomy tax) {
        LEXICON.forEach((id, names) -> names.forEach(n -> lexicon.put(Words.key(n), term(id))));
        metricNames.forEach((id, names) -> {
            metrics.putIfAbsent(Words.key(id.replace('_', ' ')), new Term(id, false));
            names.forEach(n -> metrics.putIfAbsent(Words.key(n), new Term(id, false)));
        });
        for (Concept c : tax.concepts()) {
            taxonomy.putIfAbsent(Words.key(c.id().replace('_', ' ')), new Term(c.id(), false));
            c.englishNames().forEach(n -> taxonomy.putIfAbsent(Words.key(n), new Term(c.id(), false)));
        }
    }

    private static Term term(String entry) {
        return entry.startsWith("abs:") ? new Term(entry.substring(4), true) : new Term(entry, false);
    }

    /** The term a phrase names, trying it as written and then without a leading "total". */
    Optional<Term> find(String phrase) {
        String key = Words.key(phrase);
        Optional<Term> t = byKey(key);
        if (t.isEmpty() && key.startsWith("total ")) t = byKey(key.substring(6));
        return t;
    }

    private Optional<Term> byKey(String key) {
        if (key.isEmpty()) return Optional.empty();
        for (Map<String, Term> source : List.of(lexicon, metrics, taxonomy)) {
            Term t = source.get(key);
            if (t != null) return Optional.of(t);
        }
        return Optional.empty();
    }
}
