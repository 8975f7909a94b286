package io.tickmark.taxonomy;

import io.tickmark.statement.StatementType;
import io.tickmark.statement.TableRow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the rows of one statement, as printed, to concepts of a taxonomy. Safe before clever: an
 * exact label or synonym after normalisation first, then the statement and the headings above the
 * row ("Total" under "Current assets", "Basic" under "Earnings per share"), then word similarity with
 * a high bar; a row it is not sure of stays unmapped. A concept goes to at most one row per statement.
 */
public final class ConceptMapper {
    static final double FUZZY_THRESHOLD = 0.8;
    private static final Set<String> GENERIC = Set.of("total", "other", "other net", "net", "basic", "diluted",
            "total other", "beginning period", "end period", "ending period", "beginning balance", "ending balance",
            "balance beginning period", "balance end period", "product", "service", "current", "noncurrent",
            "all other", "subtotal", "total net", "other item", "other net operating", "basic diluted");
    /** Words whose presence or absence changes meaning: a fuzzy match may not add or drop them. */
    private static final Set<String> CRITICAL = Set.of("current", "noncurrent", "total", "basic", "diluted", "beginning",
            "end", "ending", "attributable", "noncontrolling", "parent", "before", "after", "gross", "accumulated",
            "payable", "receivable", "liability", "asset", "equity", "investing", "financing", "operating", "purchase",
            "proceed", "sale", "repayment", "issuance", "short", "long", "deferred", "tax", "interest", "discontinued",
            "continuing", "per", "share", "cost", "revenue", "income", "expense", "cash", "depreciation", "amortization",
            "dividend", "debt", "stock", "treasury", "comprehensive", "other", "net", "change", "goodwill", "intangible",
            "lease", "inventory", "common", "preferred", "loss", "gain", "impairment", "right", "use");

    private final Taxonomy taxonomy;
    private final Map<StatementType, LabelIndex> indexes = new EnumMap<>(StatementType.class);

    public ConceptMapper(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (StatementType type : StatementType.values()) indexes.put(type, new LabelIndex(taxonomy, type));
    }

    /** A mapper over {@link Taxonomy#standard()}. */
    public static ConceptMapper standard() {
        return new ConceptMapper(Taxonomy.standard());
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** One mapping per row, in row order; heading rows and rows it is unsure of come back unmapped with the reason. */
    public List<Mapping> map(StatementType type, List<TableRow> rows) {
        RowContext context = new RowContext(type, rows, indexes.get(type), taxonomy);
        List<Mapping> mappings = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) mappings.add(context.map(i));
        if (type == StatementType.BALANCE_SHEET) splitEquityTotals(rows, mappings);
        return resolveConflicts(mappings);
    }

    /**
     * "Total shareholders' equity" followed by a noncontrolling interest line is the parent's equity,
     * not total equity; an equity total after (or without) such a line is total equity.
     */
    private static void splitEquityTotals(List<TableRow> rows, List<Mapping> mappings) {
        for (int i = 0; i < rows.size(); i++) {
            Mapping m = mappings.get(i);
            if (!rows.get(i).hasValues() || !isEquityTotal(rows.get(i).label(), m)) continue;
            boolean nciFollows = false;
            for (int j = i + 1; j < rows.size(); j++) {
                String c = mappings.get(j).concept();
                if ("total_liabilities_and_equity".equals(c) || "total_equity".equals(c) && j != i) break;
                if ("noncontrolling_interest".equals(c)) nciFollows = true;
            }
            String concept = nciFollows ? "total_equity_parent" : "total_equity";
            if (!concept.equals(m.concept())) {
                String why = nciFollows ? "equity total followed by a noncontrolling interest line" : "equity total with no noncontrolling interest line after it";
                mappings.set(i, new Mapping(i, m.label(), concept, 0.9, why));
            }
        }
    }

    private static boolean isEquityTotal(String label, Mapping m) {
        if ("total_equity".equals(m.concept()) || "total_equity_parent".equals(m.concept())) return true;
        if (m.mapped()) return false;
        Set<String> tokens = Labels.tokens(Labels.key(label));
        String key = Labels.key(label);
        return key.startsWith("total ") && (tokens.contains("equity") || tokens.contains("deficit"))
                && !tokens.contains("liability") && !tokens.contains("noncontrolling") && !tokens.contains("comprehensive");
    }

    /** Keeps, for each concept, the row with the highest score (the earlier one on a tie); the others stay unmapped. */
    private static List<Mapping> resolveConflicts(List<Mapping> mappings) {
        Map<String, Mapping> best = new HashMap<>();
        for (Mapping m : mappings) {
            if (m.mapped()) best.merge(m.concept(), m, (a, b) -> b.score() > a.score() || b.score() == a.score() && isTotalOf(b, a) ? b : a);
        }
        List<Mapping> out = new ArrayList<>(mappings.size());
        for (Mapping m : mappings) {
            Mapping winner = m.mapped() ? best.get(m.concept()) : m;
            out.add(winner == m ? m : Mapping.none(m.row(), m.label(),
                    "%s already mapped to row %d ('%s')".formatted(m.concept(), winner.row(), winner.label())));
        }
        return List.copyOf(out);
    }

    /** "Total revenues" printed after "Net sales": the total is the concept, the first line a part of it. */
    private static boolean isTotalOf(Mapping later, Mapping earlier) {
        return later.row() > earlier.row() && Labels.key(later.label()).startsWith("total ")
                && !Labels.key(earlier.label()).startsWith("total ");
    }

    static boolean generic(String key) {
        return GENERIC.contains(key);
    }

    static boolean critical(String token) {
        return CRITICAL.contains(token);
    }
}
