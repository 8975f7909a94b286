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
    // Reads are cached until the workspace changes (a document stored or deleted, a correction made): the metric
    // engine asks for many concepts per question, and each store call is a database session of its own.
    private final Map<String, List<Fact>> facts = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile List<DocumentInfo> documents;
    private volatile List<String> companies;

    CorrectedFactStore(Workspace workspace) {
        this.workspace = workspace;
    }

    private FactStore base() {
        return workspace.store();
    }

    /** Forgets what was read: the workspace changed. */
    void changed() {
        facts.clear();
        documents = null;
        companies = null;
    }

    @Override
    public List<Fact> facts(String company, String concept) {
        if (facts.size() > 50_000) facts.clear();
        return facts.computeIfAbsent(company + "\u0000" + concept, k -> List.copyOf(read(company, concept)));
    }

    private List<Fact> read(String company, String concept) {
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
        return documents().stream().anyMatch(d -> d.sha256().equals(sha256));
    }

    @Override
    public boolean save(Spread spread) {
        try {
            return base().save(spread);
        } finally {
            workspace.changed();
        }
    }

    @Override
    public boolean replace(Spread spread) {
        try {
            return base().replace(spread);
        } finally {
            workspace.changed();
        }
    }

    @Override
    public boolean save(Spread spread, List<io.tickmark.facts.TextFinding> text) {
        try {
            return base().save(spread, text);
        } finally {
            workspace.changed();
        }
    }

    @Override
    public boolean replace(Spread spread, List<io.tickmark.facts.TextFinding> text) {
        try {
            return base().replace(spread, text);
        } finally {
            workspace.changed();
        }
    }

    @Override
    public Optional<List<io.tickmark.facts.TextFinding>> textFindings(String sha256) {
        return base().textFindings(sha256);
    }

    @Override
    public boolean saveTextFindings(String sha256, List<io.tickmark.facts.TextFinding> text) {
        return base().saveTextFindings(sha256, text);
    }

    @Override
    public Optional<Spread> load(String sha256) {
        return workspace.spread(sha256);
    }

    @Override
    public List<DocumentInfo> documents() {
        List<DocumentInfo> d = documents;
        if (d == null) documents = d = List.copyOf(base().documents());
        return d;
    }

    @Override
    public List<String> companies() {
        List<String> c = companies;
        if (c == null) companies = c = List.copyOf(base().companies());
        return c;
    }

    @Override
    public void recordSource(String sha256, java.nio.file.Path file) {
        base().recordSource(sha256, file);
    }

    @Override
    public Map<String, java.nio.file.Path> sources() {
        return base().sources();
    }

    @Override
    public boolean delete(String sha256) {
        try {
            return base().delete(sha256);
        } finally {
            workspace.evict(sha256);
        }
    }

    /** The workspace owns the store: closing this view closes nothing. */
    @Override
    public void close() {
    }
}
