package io.tickmark.taxonomy;

import io.tickmark.statement.StatementType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The normalised labels and synonyms of the concepts on one statement, for exact, word-order-free and fuzzy lookup. */
final class LabelIndex {
    /** A normalised name of a concept and its words. */
    record Entry(String key, Set<String> tokens, String concept) {}

    private final Map<String, Set<String>> exact = new HashMap<>();
    private final Map<String, Set<String>> unordered = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    LabelIndex(Taxonomy taxonomy, StatementType type) {
        for (Concept c : taxonomy.on(type)) {
            List<String> names = new ArrayList<>(c.englishNames());
            names.addAll(c.chineseNames());
            for (String name : names) {
                Labels.keys(name).stream().limit(2).forEach(k -> add(k.text(), c.id()));
            }
        }
    }

    private void add(String key, String concept) {
        if (exact.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(concept)) {
            entries.add(new Entry(key, Labels.tokens(key), concept));
        }
        unordered.computeIfAbsent(Labels.sortedKey(key), k -> new LinkedHashSet<>()).add(concept);
    }

    /** Concepts with exactly this key, else with the same words in another order; empty when none. */
    Set<String> lookup(String key) {
        Set<String> hit = exact.get(key);
        if (hit != null) return hit;
        return unordered.getOrDefault(Labels.sortedKey(key), Set.of());
    }

    List<Entry> entries() {
        return entries;
    }
}
