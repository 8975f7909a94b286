package io.tickmark.spread;

import io.tickmark.check.AccountingChecks;
import io.tickmark.check.CheckResult;
import io.tickmark.check.StatementValues;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Source;
import io.tickmark.statement.StatementType;
import io.tickmark.taxonomy.Concept;
import io.tickmark.taxonomy.Taxonomy;
import io.tickmark.xbrl.InlineFact;
import io.tickmark.xbrl.InstanceFiling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Spreads the facts of an XBRL instance, which has no printed statement to read: each face-statement US-GAAP
 * fact is mapped through the taxonomy to its standard concept and placed on the statements that concept
 * belongs to, balances (instants) on the balance sheet and flows (durations) on the income and cash flow
 * statements, a column per period, lines in the taxonomy's order. Values keep the XBRL sign (a payment is
 * positive, as tagged). The accounting checks run on the result.
 */
public final class FactSpreader {
    private final Taxonomy taxonomy;

    public FactSpreader(Taxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    public static FactSpreader standard() {
        return new FactSpreader(Taxonomy.standard());
    }

    /** The instance's statements; a statement with no mapped fact is a warning, as for a document. */
    public Spread spread(InstanceFiling filing) {
        List<String> warnings = new ArrayList<>();
        filing.problems().forEach(p -> warnings.add("XBRL instance: " + p));
        List<StatementSpread> statements = new ArrayList<>();
        List<StatementValues> values = new ArrayList<>();
        for (StatementType type : StatementType.values()) {
            Map<Concept, Map<Period, InlineFact>> byConcept = facts(filing, type);
            if (byConcept.isEmpty()) {
                warnings.add(type.title() + ": not found");
                continue;
            }
            List<Period> periods = periods(byConcept);
            statements.add(statement(filing, type, byConcept, periods));
            values.add(values(type, byConcept));
        }
        List<CheckResult> checks = AccountingChecks.standard().check(values);
        return new Spread(info(filing), statements, checks, warnings);
    }

    /** The statement's facts by concept (taxonomy order) and period; the first fact of a concept and period wins. */
    private Map<Concept, Map<Period, InlineFact>> facts(InstanceFiling filing, StatementType type) {
        Map<Concept, Map<Period, InlineFact>> out = new LinkedHashMap<>();
        for (Concept c : taxonomy.on(type)) out.put(c, new LinkedHashMap<>());
        for (InlineFact f : filing.facts()) {
            if (!f.faceStatement() || !"us-gaap".equals(f.prefix()) || f.unit() == null || f.period().isInstant() != type.instant()) continue;
            taxonomy.byUsGaap(f.localName()).stream().filter(c -> c.on(type)).findFirst()
                    .ifPresent(c -> out.get(c).putIfAbsent(f.period(), f));
        }
        out.values().removeIf(Map::isEmpty);
        return out;
    }

    private static List<Period> periods(Map<Concept, Map<Period, InlineFact>> byConcept) {
        TreeSet<Period> periods = new TreeSet<>(Comparator.comparing(Period::end).reversed().thenComparing(Period::months));
        byConcept.values().forEach(m -> periods.addAll(m.keySet()));
        return List.copyOf(periods);
    }

    private static StatementSpread statement(InstanceFiling filing, StatementType type, Map<Concept, Map<Period, InlineFact>> byConcept,
                                             List<Period> periods) {
        List<SpreadLine> lines = new ArrayList<>();
        String currency = null;
        for (Map.Entry<Concept, Map<Period, InlineFact>> e : byConcept.entrySet()) {
            Concept concept = e.getKey();
            List<Fact> row = new ArrayList<>();
            String raw = null;
            for (Period p : periods) {
                InlineFact f = e.getValue().get(p);
                if (f != null && currency == null && f.unit().currency() != null) currency = f.unit().currency();
                if (f != null) raw = f.concept();
                row.add(f == null ? null : new Fact(concept.id(), concept.label(), type.name(), p, f.value(), f.unit(),
                        new Source(filing.fileName(), filing.sha256(), 1, f.line(), 0f, f.concept(), f.displayed()), 1.0));
            }
            lines.add(new SpreadLine(concept.id(), concept.label(), raw, List.of(), row));
        }
        return new StatementSpread(type, type.title() + " (XBRL instance)", List.of(1), periods, BigDecimal.ONE, currency, lines);
    }

    private static StatementValues values(StatementType type, Map<Concept, Map<Period, InlineFact>> byConcept) {
        List<StatementValues.Line> lines = new ArrayList<>();
        byConcept.forEach((concept, facts) -> {
            Map<Period, BigDecimal> v = new LinkedHashMap<>();
            facts.forEach((p, f) -> v.put(p, f.value()));
            lines.add(new StatementValues.Line(concept.id(), concept.label(), v));
        });
        return new StatementValues(type, BigDecimal.ONE, lines);
    }

    private static DocumentInfo info(InstanceFiling filing) {
        Map<String, String> cover = filing.cover();
        LocalDate end = null;
        try {
            if (cover.containsKey("DocumentPeriodEndDate")) end = LocalDate.parse(cover.get("DocumentPeriodEndDate"));
        } catch (DateTimeParseException e) {
            end = null; // a cover date in another form: the period end stays unknown
        }
        return new DocumentInfo(filing.fileName(), filing.sha256(), cover.get("EntityRegistrantName"), cover.get("DocumentType"), end, null, 1);
    }
}
