package io.tickmark.ask;

import io.tickmark.facts.Fact;
import io.tickmark.metrics.Evaluation;
import io.tickmark.metrics.Metric;
import io.tickmark.metrics.MetricCatalog;
import io.tickmark.store.FactStore;
import io.tickmark.taxonomy.Taxonomy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers an understood metric request from the store: resolves the company, evaluates the formula
 * over the stored facts, and answers only when every input was found, none took part in a failed
 * accounting check, and no two filings disagree on one; otherwise it abstains and says why.
 */
final class MetricAnswerer {
    private final FactStore store;
    private final MetricCatalog catalog;
    private final Taxonomy taxonomy;

    MetricAnswerer(FactStore store, MetricCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
        this.taxonomy = catalog.taxonomy();
    }

    /**
     * The resolver over the store's companies, made again only when the store hands out another list (a store
     * that caches its list, as a research grid's view does, spares the work on every answer).
     */
    private CompanyResolver resolver() {
        List<String> names = store.companies();
        Resolver r = resolver;
        if (r == null || r.names() != names) {
            r = new Resolver(names, new CompanyResolver(names));
            resolver = r;
        }
        return r.resolver();
    }

    private record Resolver(List<String> names, CompanyResolver resolver) {
    }

    private volatile Resolver resolver;

    Answer answer(String question, MetricRequest r) {
        CompanyResolver.Resolution company = resolver().resolve(r.companyMentions());
        if (!company.resolved()) {
            return Answer.withoutValue(question, Answer.Status.ABSTAINED, company.problem(), r.metric(), r.fiscalYear(), List.of(), List.of());
        }
        StoreLookup lookup = new StoreLookup(store, company.companies(), taxonomy);
        List<String> notes = new ArrayList<>();
        Evaluation e = catalog.evaluate(r.formula(), r.fiscalYear(), r.params(), (concept, year) -> fact(lookup, concept, year, notes));
        if (!e.computed()) {
            return abstain(question, r, company, "cannot compute " + name(r) + " for FY" + r.fiscalYear() + ": "
                    + String.join("; ", e.reasons()), notes);
        }
        if (!e.lowConfidence().isEmpty()) {
            return abstain(question, r, company, "an input took part in a failed accounting check: "
                    + e.lowConfidence().stream().map(Evaluation.Input::describe).reduce((a, b) -> a + "; " + b).orElse(""), notes);
        }
        if (!lookup.disagreements().isEmpty()) {
            return abstain(question, r, company, "the filings disagree: " + String.join("; ", lookup.disagreements()), notes);
        }
        BigDecimal asked = inAskedUnit(e.value(), r);
        String display = Metric.display(e.value(), r.unit(), r.decimals(), r.scale());
        List<Answer.Input> inputs = e.inputs().stream().map(i -> new Answer.Input(i.concept(), i.fiscalYear(), i.fact())).toList();
        return new Answer(question, Answer.Status.ANSWERED, null, e.value(), asked, display, r.metric(), r.formula().text(),
                r.fiscalYear(), company.companies(), inputs, e.steps(), sources(inputs), notes);
    }

    /** The filings behind the inputs: "X.pdf: 10-K for the period ended 2020-01-31, filed 2020-03-20". */
    private List<String> sources(List<Answer.Input> inputs) {
        java.util.Map<String, io.tickmark.spread.DocumentInfo> docs = new java.util.HashMap<>();
        for (var d : store.documents()) docs.put(d.sha256(), d);
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Answer.Input in : inputs) {
            var d = docs.get(in.fact().source().sha256());
            if (d == null) continue;
            out.add(d.fileName() + ": " + d.documentType() + (d.periodEnd() == null ? "" : " for the period ended " + d.periodEnd())
                    + (d.filingDate() == null ? "" : ", filed " + d.filingDate()));
        }
        return List.copyOf(out);
    }

    /**
     * A concept's fact for a year. Net income attributable to the parent falls back to net income when
     * the filing shows no noncontrolling interest for that year (then the two are the same figure).
     */
    private static Optional<Fact> fact(StoreLookup lookup, String concept, int year, List<String> notes) {
        Optional<Fact> f = lookup.fact(concept, year);
        if (f.isPresent() || !"net_income_attributable_parent".equals(concept)) return f;
        if (lookup.fact("net_income_noncontrolling", year).isPresent()) return Optional.empty();
        Optional<Fact> total = lookup.fact("net_income", year);
        total.ifPresent(t -> notes.add("FY" + year + ": no noncontrolling interest printed, so net income attributable to the company is net income"));
        return total;
    }

    private static BigDecimal inAskedUnit(BigDecimal value, MetricRequest r) {
        return switch (r.unit()) {
            case PERCENT -> value.movePointRight(2);
            case MONEY -> value.divide(r.scale() == null ? BigDecimal.ONE : r.scale().factor(), MathContext.DECIMAL128);
            default -> value;
        };
    }

    private static Answer abstain(String question, MetricRequest r, CompanyResolver.Resolution company, String why, List<String> notes) {
        return Answer.withoutValue(question, Answer.Status.ABSTAINED, why, r.metric(), r.fiscalYear(), company.companies(), notes);
    }

    private static String name(MetricRequest r) {
        return r.metric() == null ? r.formula().text() : r.metric();
    }
}
