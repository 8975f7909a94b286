package io.tickmark.taxonomy;

import io.tickmark.facts.Unit;
import io.tickmark.statement.StatementType;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of the standard chart of accounts: its id, the statements it appears on, labels and
 * synonyms (English and Chinese), normal balance, what it counts, the subtotal it sums into with a
 * weight of +1 or -1 (as the statement presents it: costs are subtracted), whether it is a core
 * concept, the US-GAAP XBRL elements it corresponds to, in order of preference, and keyword rules
 * for wordings no synonym lists: "net cash investing -discontinued" matches a label holding the words
 * net, cash and investing but not discontinued.
 */
public record Concept(String id, Set<StatementType> statements, String label, List<String> synonyms,
                      String labelZh, List<String> synonymsZh, Balance balance, Unit.Kind unit,
                      String sumsTo, int weight, boolean core, List<String> usGaap, List<String> keywords) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    /** The side on which the concept normally carries a positive balance. */
    public enum Balance { DEBIT, CREDIT }

    public Concept {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("concept id '%s' is not lower_snake_case".formatted(id));
        }
        if (statements == null || statements.isEmpty()) throw new IllegalArgumentException("concept " + id + " is on no statement");
        if (label == null || label.isBlank()) throw new IllegalArgumentException("concept " + id + " has no label");
        if (balance == null) throw new IllegalArgumentException("concept " + id + " has no balance (debit/credit)");
        if (unit == null) throw new IllegalArgumentException("concept " + id + " has no unit");
        if (id.equals(sumsTo)) throw new IllegalArgumentException("concept " + id + " sums to itself");
        if (sumsTo != null && weight != 1 && weight != -1) {
            throw new IllegalArgumentException("concept %s sums to %s with weight %d; the weight must be +1 or -1".formatted(id, sumsTo, weight));
        }
        if (sumsTo == null) weight = 0;
        statements = Set.copyOf(statements);
        synonyms = List.copyOf(synonyms);
        synonymsZh = List.copyOf(synonymsZh);
        usGaap = List.copyOf(usGaap);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        labelZh = labelZh == null ? "" : labelZh;
    }

    public boolean on(StatementType type) {
        return statements.contains(type);
    }

    /** The standard label followed by every English synonym. */
    public List<String> englishNames() {
        return concat(label, synonyms);
    }

    /** The Chinese label (if any) followed by every Chinese synonym. */
    public List<String> chineseNames() {
        return labelZh.isBlank() ? synonymsZh : concat(labelZh, synonymsZh);
    }

    private static List<String> concat(String first, List<String> rest) {
        var all = new java.util.ArrayList<String>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return List.copyOf(all);
    }
}
