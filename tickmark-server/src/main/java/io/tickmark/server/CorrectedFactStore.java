package io.tickmark.server;

import io.tickmark.facts.Fact;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.store.FactOverride;
import io.tickmark.store.FactStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workspace's store as the metric engine sees it with the analysts' corrections in force: a fact whose
 * value was corrected answers with the corrected value, a fact mapped to another concept answers for
 * that concept. The stored facts themselves are untouched; everything but {@link #facts} reads through.
 */
final class CorrectedFactStore implements FactStore {
    private final Workspace workspace;

    CorrectedFactStore(Workspace workspace) {
        this.workspace = workspace;
    }

    private FactStore base() {
        return workspace.store();
    }

    @Override
    public List<Fact> facts(String company, String concept) {
        List<FactOverride> all = workspace.corrections();
        List<Fact> base = base().facts(company, concept);
        if (all.isEmpty()) return base;
        Map<String, FactOverride> inForce = new java.util.HashMap<>();
        for (FactOverride o : all) inForce.put(o.sha256() + "/" + new FactRef(o.statement(), o.line(), o.column()).id(), o);
        List<Fact> out = new ArrayList<>(base);
        for (FactOverride o : inForce.values()) {
            Optional<Spread> spread = workspace.spread(o.sha256());
            if (spread.isEmpty() || !spread.get().document().company().equals(company)) continue;
            Optional<Fact> original = new FactRef(o.statement(), o.line(), o.column()).in(spread.get());
            if (original.isEmpty()) continue;
            Fact f = original.get();
            boolean listed = out.remove(f);
            String newConcept = o.concept() != null ? o.concept() : f.concept();
            if (!concept.equals(newConcept)) continue;
            if (!listed && !concept.equals(o.concept())) continue;
            out.add(new Fact(newConcept, f.label(), f.statement(), f.period(), o.value() != null ? o.value() : f.value(), f.unit(),
                    f.source(), f.confidence()));
        }
        out.sort(Comparator.comparing((Fact f) -> f.period().end()).thenComparingInt(f -> f.period().months()));
        return out;
    }

    @Override
    public boolean contains(String sha256) {
        return base().contains(sha256);
    }

    @Override
    public boolean save(Spread spread) {
        return base().save(spread);
    }

    @Override
    public boolean replace(Spread spread) {
        return base().replace(spread);
    }

    @Override
    public Optional<Spread> load(String sha256) {
        return workspace.spread(sha256);
    }

    @Override
    public List<DocumentInfo> documents() {
        return base().documents();
    }

    @Override
    public List<String> companies() {
        return base().companies();
    }

    @Override
    public boolean delete(String sha256) {
        return base().delete(sha256);
    }

    /** The workspace owns the store: closing this view closes nothing. */
    @Override
    public void close() {
    }
}
