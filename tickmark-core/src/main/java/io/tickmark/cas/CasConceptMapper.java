package io.tickmark.cas;

import io.tickmark.statement.StatementType;
import io.tickmark.statement.TableRow;
import io.tickmark.taxonomy.Concept;
import io.tickmark.taxonomy.Mapping;
import io.tickmark.taxonomy.Taxonomy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the rows of a Chinese statement to concepts by their Chinese labels and synonyms in the taxonomy,
 * compared by {@link CasLabels#key}: exact matches only, because CAS line items are a fixed list and a near
 * match (营业外收入 / 营业收入) is a different item. Rows without amounts are not mapped; a concept goes to the
 * first row with amounts that carries it. Rows of the cash flow statement's 补充资料 never reach here: it is
 * a note, not the statement.
 */
public final class CasConceptMapper {
    private final Taxonomy taxonomy;
    private final Map<StatementType, Map<String, String>> index = new EnumMap<>(StatementType.class);

    public CasConceptMapper(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (StatementType type : StatementType.values()) {
            Map<String, String> keys = new HashMap<>();
            // labels before synonyms, so a concept's own label wins a key another concept lists as synonym
            for (Concept c : taxonomy.on(type)) if (c.labelZh() != null && !c.labelZh().isBlank()) keys.putIfAbsent(CasLabels.key(c.labelZh()), c.id());
            for (Concept c : taxonomy.on(type)) for (String s : c.chineseNames()) keys.putIfAbsent(CasLabels.key(s), c.id());
            index.put(type, keys);
        }
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Whether a label key names a line item the taxonomy knows on any statement. */
    public boolean knows(String key) {
        for (Map<String, String> m : index.values()) if (m.containsKey(key)) return true;
        return false;
    }

    /** The concept a label maps to on a statement, or null. */
    public String conceptOf(StatementType type, String label) {
        return index.get(type).get(CasLabels.key(label));
    }

    public List<Mapping> map(StatementType type, List<TableRow> rows) {
        List<Mapping> out = new ArrayList<>(rows.size());
        Set<String> used = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            String concept = row.hasValues() ? conceptOf(type, row.label()) : null;
            if (concept == null) {
                out.add(new Mapping(i, row.label(), null, 0, row.hasValues() ? "no Chinese label or synonym matches '" + CasLabels.key(row.label()) + "'" : "heading"));
            } else if (!used.add(concept)) {
                out.add(new Mapping(i, row.label(), null, 0, concept + " already mapped to an earlier row"));
            } else {
                out.add(new Mapping(i, row.label(), concept, 1.0, "Chinese label"));
            }
        }
        return out;
    }
}
