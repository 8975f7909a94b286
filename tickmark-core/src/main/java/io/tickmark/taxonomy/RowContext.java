package io.tickmark.taxonomy;

import io.tickmark.statement.StatementType;
import io.tickmark.statement.TableRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The mapping of single rows of one statement, knowing the rows around them and the headings above. */
final class RowContext {
    private final StatementType type;
    private final List<TableRow> rows;
    private final LabelIndex index;
    private final Taxonomy taxonomy;
    private final int totalAssetsRow;
    private final int firstValueRow;

    RowContext(StatementType type, List<TableRow> rows, LabelIndex index, Taxonomy taxonomy) {
        this.type = type;
        this.rows = rows;
        this.index = index;
        this.taxonomy = taxonomy;
        this.totalAssetsRow = findExact("total_assets");
        this.firstValueRow = firstValueRow();
    }

    Mapping map(int i) {
        TableRow row = rows.get(i);
        if (!row.hasValues()) return Mapping.none(i, row.label(), "heading");
        if (io.tickmark.statement.TableRow.UNLABELLED.equals(row.label())) {
            return unlabelledTotal(i).orElse(Mapping.none(i, row.label(), "row printed without a label"));
        }
        List<Labels.Key> keys = Labels.keys(row.label());
        if (keys.isEmpty()) return Mapping.none(i, row.label(), "label has no words");
        String primary = keys.get(0).text();
        if (ConceptMapper.generic(primary)) {
            return bySection(i, primary).or(() -> perShareFamily(i, primary))
                    .orElse(Mapping.none(i, row.label(), "generic label '%s' and no heading above names it".formatted(row.label())));
        }
        return contextRule(i, primary)
                .or(() -> bySynonym(i, keys))
                .or(() -> perShareFamily(i, primary))
                .or(() -> byKeywords(i, primary))
                .or(() -> fuzzy(i, primary))
                .orElse(Mapping.none(i, row.label(), "no concept matches '%s'".formatted(primary)));
    }

    /**
     * Some balance sheets print their two grand totals as bare numbers under a rule: the last row of the
     * assets side (the row before the liabilities heading) and the last row of the statement.
     */
    private Optional<Mapping> unlabelledTotal(int i) {
        Optional<Mapping> block = totalOfBlock(i);
        if (block.isPresent() || type != StatementType.BALANCE_SHEET) return block;
        int next = i + 1;
        while (next < rows.size() && !rows.get(next).hasValues()
                && !Labels.tokens(Labels.key(rows.get(next).label())).contains("liability")) {
            next++;
        }
        if (next >= rows.size()) return mapped(i, "total_liabilities_and_equity", 0.8, "unlabelled last row of the balance sheet");
        TableRow after = rows.get(next);
        if (!after.hasValues() && Labels.tokens(Labels.key(after.label())).contains("liability") && findExact("total_assets") < 0) {
            return mapped(i, "total_assets", 0.8, "unlabelled last row before the liabilities heading");
        }
        return Optional.empty();
    }

    /** An unlabelled row closing a block under a heading that names a concept ("Revenues") is that block's total. */
    private Optional<Mapping> totalOfBlock(int i) {
        List<String> sections = rows.get(i).sections();
        boolean last = i + 1 >= rows.size() || !rows.get(i + 1).sections().equals(sections);
        if (sections.isEmpty() || !last) return Optional.empty();
        String heading = sections.get(sections.size() - 1);
        List<Labels.Key> keys = Labels.keys(heading);
        if (keys.isEmpty()) return Optional.empty();
        return resolve(i, index.lookup(keys.get(0).text()), 0.8, "unlabelled total of the block under '" + heading + "'");
    }

    /** Rules that depend on the statement: the first line of the cash flow statement, "attributable to", cash at start and end. */
    private Optional<Mapping> contextRule(int i, String key) {
        Set<String> t = Labels.tokens(key);
        boolean profit = t.contains("profit") || t.contains("net") && (t.contains("income") || t.contains("earning") || t.contains("loss"));
        boolean perShare = t.contains("per") || t.contains("share");
        if (type == StatementType.CASH_FLOW && i == firstValueRow && profit && !perShare && !t.contains("cash")) {
            return mapped(i, "net_income", 1.0, "first line of the cash flow statement");
        }
        if (type == StatementType.CASH_FLOW && t.contains("cash") && !t.contains("change") && !t.contains("paid")) {
            if (t.contains("beginning")) return mapped(i, "cash_beginning", 0.95, "cash at the beginning of the period");
            if (t.contains("end") || t.contains("ending")) return mapped(i, "cash_ending", 0.95, "cash at the end of the period");
        }
        if (type == StatementType.INCOME_STATEMENT && profit && !perShare && !t.contains("comprehensive")
                && (t.contains("attributable") || t.contains("available") || t.contains("applicable"))) {
            return attributable(i, t);
        }
        return Optional.empty();
    }

    private Optional<Mapping> attributable(int i, Set<String> t) {
        if (t.contains("noncontrolling") || t.contains("redeemable")) {
            return mapped(i, "net_income_noncontrolling", 0.95, "net income attributable to noncontrolling interests");
        }
        if (t.contains("common") && (t.contains("available") || t.contains("applicable"))) {
            return mapped(i, "net_income_available_common", 0.95, "net income available to common shareholders");
        }
        return mapped(i, "net_income_attributable_parent", 0.9, "net income attributable to the reporting company");
    }

    /** Exact key or synonym, trying the label's keys from the most literal; under a "current" heading the current variant first. */
    private Optional<Mapping> bySynonym(int i, List<Labels.Key> keys) {
        boolean current = underCurrentHeading(rows.get(i));
        for (int k = 0; k < keys.size(); k++) {
            Labels.Key key = keys.get(k);
            double score = k == 0 ? 1.0 : 0.95;
            // the label as printed wins; a 'current' heading only decides between variants the label leaves open
            Optional<Mapping> m = resolve(i, index.lookup(key.text()), score, "label or synonym (" + key.how() + ")");
            if (m.isPresent() && !(current && hasCurrentVariant(key.text()))) return m;
            if (current) {
                Optional<Mapping> c = resolve(i, index.lookup(key.text() + " current"), score, "label under a 'current' heading");
                if (c.isPresent()) return c;
            }
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** "Total", "Other", "Basic", "End of year": read together with the headings above, innermost first. */
    private Optional<Mapping> bySection(int i, String key) {
        List<String> sections = rows.get(i).sections();
        int outermost = key.startsWith("total") ? Math.max(0, sections.size() - 1) : 0;
        for (int s = sections.size() - 1; s >= outermost; s--) {
            String section = Labels.key(sections.get(s)).replaceFirst("^cash flow ", "");
            if (section.isBlank()) continue;
            String why = "'%s' under heading '%s'".formatted(rows.get(i).label(), sections.get(s));
            Optional<Mapping> m = resolve(i, index.lookup(key + " " + section), 0.9, why)
                    .or(() -> resolve(i, index.lookup(section + " " + key), 0.9, why));
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** "Basic"/"Diluted" rows: per-share amounts under an earnings-per-share heading, share counts under a shares heading. */
    private Optional<Mapping> perShareFamily(int i, String key) {
        Set<String> t = Labels.tokens(key);
        String kind = t.contains("diluted") ? "diluted" : t.contains("basic") ? "basic" : null;
        if (kind == null || t.contains("basic") && t.contains("diluted") || type != StatementType.INCOME_STATEMENT) return Optional.empty();
        Set<String> context = new java.util.HashSet<>(t);
        rows.get(i).sections().forEach(s -> context.addAll(Labels.tokens(Labels.key(s))));
        boolean perShare = context.contains("per") && (context.contains("share") || context.contains("unit"));
        boolean shares = !perShare && (context.contains("share") || context.contains("weighted") || context.contains("average"));
        if (perShare) return mapped(i, "eps_" + kind, 0.9, "'" + kind + "' with a per-share heading");
        if (shares) return mapped(i, "shares_" + kind, 0.9, "'" + kind + "' with a share-count heading");
        return Optional.empty();
    }

    /**
     * The taxonomy's keyword rules: every required word in the label and no excluded one. The rule
     * with the most required words wins; two concepts tied leave the row unmapped.
     */
    private Optional<Mapping> byKeywords(int i, String key) {
        if (supplemental(rows.get(i))) return Optional.empty();
        Set<String> tokens = Labels.tokens(key);
        boolean total = key.startsWith("total ");
        String best = null;
        String rule = null;
        int bestSize = 0;
        boolean tie = false;
        for (Concept c : taxonomy.on(type)) {
            for (String k : c.keywords()) {
                if (total && !k.startsWith("total")) continue; // a total is never a line item's keyword match
                int size = keywordMatch(k, tokens);
                if (size == 0) continue;
                if (size > bestSize) {
                    best = c.id();
                    rule = k;
                    bestSize = size;
                    tie = false;
                } else if (size == bestSize && !c.id().equals(best)) {
                    tie = true;
                }
            }
        }
        if (best == null || tie) return Optional.empty();
        return mapped(i, best, 0.85, "keyword rule '%s'".formatted(rule));
    }

    /** Rows under "Supplemental disclosures" or "Cash paid during the year for:" restate or annotate the statement. */
    private static boolean supplemental(TableRow row) {
        for (String section : row.sections()) {
            Set<String> t = Labels.tokens(Labels.key(section));
            if (t.contains("supplemental") || t.contains("noncash") || t.contains("paid") && t.contains("during")
                    || t.contains("non") && t.contains("cash")) {
                return true;
            }
        }
        return false;
    }

    /** The number of required words when the rule matches, else 0. */
    private static int keywordMatch(String rule, Set<String> tokens) {
        int required = 0;
        for (String word : rule.trim().split("\\s+")) {
            boolean excluded = word.startsWith("-");
            Set<String> w = Labels.tokens(Labels.key(excluded ? word.substring(1) : word));
            if (w.isEmpty()) continue;
            boolean present = tokens.containsAll(w);
            if (excluded == present) return 0;
            if (!excluded) required += w.size();
        }
        return required;
    }

    /** Word overlap with a known name, high bar, and no word that changes meaning added or dropped. */
    private Optional<Mapping> fuzzy(int i, String key) {
        Set<String> tokens = Labels.tokens(key);
        double best = 0;
        List<String> winners = new ArrayList<>();
        String bestKey = null;
        for (LabelIndex.Entry e : index.entries()) {
            if (!safeDifference(tokens, e.tokens())) continue;
            double s = jaccard(tokens, e.tokens());
            if (s > best) {
                best = s;
                winners.clear();
                bestKey = e.key();
            }
            if (s == best && !winners.contains(e.concept())) winners.add(e.concept());
        }
        if (best < ConceptMapper.FUZZY_THRESHOLD || winners.size() != 1) return Optional.empty();
        return mapped(i, winners.get(0), Math.round(best * 80) / 100.0, "similar to '%s' (%.2f)".formatted(bestKey, best));
    }

    private static boolean safeDifference(Set<String> a, Set<String> b) {
        for (String t : a) if (!b.contains(t) && ConceptMapper.critical(t)) return false;
        for (String t : b) if (!a.contains(t) && ConceptMapper.critical(t)) return false;
        return true;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        long common = a.stream().filter(b::contains).count();
        int union = a.size() + b.size() - (int) common;
        return union == 0 ? 0 : (double) common / union;
    }

    /** One concept, or several told apart by the balance-sheet side; ambiguity maps to nothing. */
    private Optional<Mapping> resolve(int i, Set<String> concepts, double score, String why) {
        if (concepts.isEmpty()) return Optional.empty();
        if (concepts.size() == 1) return mapped(i, concepts.iterator().next(), score, why);
        List<String> sided = concepts.stream().filter(c -> onSide(i, c)).toList();
        if (sided.size() == 1) return mapped(i, sided.get(0), score * 0.95, why + ", on the " + side(i) + " side");
        // "Interest expense" and "Interest expense, net" read alike once ", net" is dropped: the printed word decides
        boolean saysNet = NET.matcher(rows.get(i).label()).find();
        List<String> byNet = concepts.stream().filter(c -> NET.matcher(taxonomy.require(c).label()).find() == saysNet).toList();
        if (byNet.size() == 1) return mapped(i, byNet.get(0), score * 0.95, why + (saysNet ? ", the label says net" : ", the label does not say net"));
        return Optional.empty();
    }

    private static final java.util.regex.Pattern NET = java.util.regex.Pattern.compile("(?i)\\bnet\\b");

    private boolean onSide(int i, String concept) {
        Concept.Balance side = side(i);
        return side != null && taxonomy.require(concept).balance() == side;
    }

    /** Assets (debit) above "Total assets" or under an assets heading, liabilities and equity (credit) below or under theirs. */
    private Concept.Balance side(int i) {
        if (type != StatementType.BALANCE_SHEET) return null;
        for (String s : rows.get(i).sections()) {
            Set<String> t = Labels.tokens(Labels.key(s));
            if (t.contains("liability") || t.contains("equity")) return Concept.Balance.CREDIT;
        }
        if (totalAssetsRow >= 0) return i < totalAssetsRow ? Concept.Balance.DEBIT : Concept.Balance.CREDIT;
        for (String s : rows.get(i).sections()) {
            if (Labels.tokens(Labels.key(s)).contains("asset")) return Concept.Balance.DEBIT;
        }
        return null;
    }

    /** Whether the label names an item that also exists as a current variant ("Deferred income taxes"), but not a total. */
    private boolean hasCurrentVariant(String key) {
        if (Labels.tokens(key).contains("total") || Labels.tokens(key).contains("current")) return false;
        return !index.lookup(key + " current").isEmpty();
    }

    private static boolean underCurrentHeading(TableRow row) {
        return row.sections().stream().anyMatch(s -> Labels.tokens(Labels.key(s)).contains("current"));
    }

    private Optional<Mapping> mapped(int i, String concept, double score, String why) {
        if (taxonomy.concept(concept).filter(c -> c.on(type)).isEmpty()) return Optional.empty();
        return Optional.of(new Mapping(i, rows.get(i).label(), concept, score, why));
    }

    private int findExact(String concept) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).hasValues() && index.lookup(Labels.key(rows.get(i).label())).equals(Set.of(concept))) return i;
        }
        return -1;
    }

    private int firstValueRow() {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).hasValues()) return i;
        return -1;
    }
}
