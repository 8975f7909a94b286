package io.tickmark.search;

import io.tickmark.statement.StatementType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a question's answer is likely printed, as factors on a page's keyword score: pages of a primary
 * statement the question names or needs, passages under a section heading the question points to (risk
 * factors, MD&amp;A, legal proceedings), and the kind of filing (annual report, or a quarterly report or
 * earnings release when the question names a quarter). A factor of 1 changes nothing; none is a filter.
 *
 * @param statements factor per statement whose pages should rank higher
 * @param sections   factors for passages whose section heading matches a pattern (the largest matching one applies)
 * @param forms      factor per form of filing ("10-Q", "earnings release"); forms not in it keep 1
 * @param filings    factor per filing (SHA-256), e.g. the company's latest filings when the question names no year
 */
public record Priors(Map<StatementType, Float> statements, List<SectionPrior> sections, Map<String, Float> forms, Map<String, Float> filings) {
    private static final Priors NONE = new Priors(Map.of(), List.of(), Map.of(), Map.of());

    public Priors {
        statements = statements.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(statements));
        sections = List.copyOf(sections);
        forms = Map.copyOf(forms);
        filings = Map.copyOf(filings);
        for (var e : forms.entrySet()) if (e.getValue() <= 0) throw new IllegalArgumentException("factor " + e.getValue() + " for " + e.getKey() + " must be positive");
        for (var e : filings.entrySet()) if (e.getValue() <= 0) throw new IllegalArgumentException("factor " + e.getValue() + " for filing " + e.getKey() + " must be positive");
    }

    /** A section heading pattern ("Risk Factors") and the factor for passages under it. */
    public record SectionPrior(Pattern section, float factor) {
        public SectionPrior {
            if (factor <= 0) throw new IllegalArgumentException("section factor " + factor + " for " + section + " must be positive");
        }
    }

    /** No preference: pages rank by their keyword score alone. */
    public static Priors none() {
        return NONE;
    }

    /** The given statements' pages rank {@code factor} times higher. */
    public static Priors statements(Iterable<StatementType> types, float factor) {
        Map<StatementType, Float> m = new EnumMap<>(StatementType.class);
        for (StatementType t : types) m.put(t, factor);
        return new Priors(m, List.of(), Map.of(), Map.of());
    }

    /** The factor of a page printing {@code statement} (null: none). */
    float statement(String statement) {
        if (statement == null) return 1f;
        Float f = statements.get(StatementType.valueOf(statement));
        return f == null ? 1f : f;
    }

    /** The factor of a passage under the section heading {@code section}. */
    float section(String section) {
        if (section == null || section.isEmpty()) return 1f;
        float best = 1f;
        for (SectionPrior p : sections) if (p.section().matcher(section).find()) best = Math.max(best, p.factor());
        return best;
    }

    /** The same priors with these factors per filing (SHA-256). */
    public Priors withFilings(Map<String, Float> factors) {
        return new Priors(statements, sections, forms, factors);
    }

    /** The factor of one filing. */
    float filing(String sha256) {
        return sha256 == null ? 1f : filings.getOrDefault(sha256, 1f);
    }

    /** The factor of a filing of this form. */
    float form(String documentType) {
        if (documentType == null) return 1f;
        return forms.getOrDefault(documentType, 1f);
    }
}
