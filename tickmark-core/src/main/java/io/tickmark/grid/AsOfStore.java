package io.tickmark.grid;

import io.tickmark.facts.Fact;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.store.FactStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A read-only view of a store for one grid run: only the documents a {@link PointInTime} allows and their facts,
 * read once and shared by every cell and thread (the store is not asked again for what a cell already read).
 * Writing through it is refused. Closing it leaves the underlying store open.
 */
final class AsOfStore implements FactStore {
    private final FactStore store;
    private final List<DocumentInfo> documents;
    private final Set<String> allowed;
    private final List<String> companies;
    private final List<String> allCompanies;
    private final Map<String, List<Fact>> facts = new ConcurrentHashMap<>();

    AsOfStore(FactStore store, PointInTime time) {
        this.store = store;
        this.documents = store.documents().stream().filter(time::allows).toList();
        this.allowed = documents.stream().map(DocumentInfo::sha256).collect(Collectors.toUnmodifiableSet());
        this.companies = documents.stream().map(DocumentInfo::company).distinct().sorted().toList();
        this.allCompanies = store.companies();
    }

    /** Every company of the underlying store, whatever the date: to tell "not ingested" from "nothing filed yet". */
    List<String> allCompanies() {
        return allCompanies;
    }

    @Override
    public boolean contains(String sha256) {
        return allowed.contains(sha256);
    }

    @Override
    public boolean save(Spread spread) {
        throw new UnsupportedOperationException("a grid reads the store; it does not write to it");
    }

    @Override
    public boolean replace(Spread spread) {
        throw new UnsupportedOperationException("a grid reads the store; it does not write to it");
    }

    @Override
    public boolean save(Spread spread, List<io.tickmark.facts.TextFinding> text) {
        throw new UnsupportedOperationException("a grid reads the store; it does not write to it");
    }

    @Override
    public void recordSource(String sha256, java.nio.file.Path file) {
        throw new UnsupportedOperationException("a grid reads the store; it does not write to it");
    }

    @Override
    public boolean replace(Spread spread, List<io.tickmark.facts.TextFinding> text) {
        throw new UnsupportedOperationException("a grid reads the store; it does not write to it");
    }

    @Override
    public boolean saveTextFindings(String sha256, List<io.tickmark.facts.TextFinding> text) {
        throw new UnsupportedOperationException("a grid reads the store; it does not write to it");
    }

    @Override
    public Optional<List<io.tickmark.facts.TextFinding>> textFindings(String sha256) {
        return allowed.contains(sha256) ? store.textFindings(sha256) : Optional.empty();
    }

    @Override
    public Map<String, java.nio.file.Path> sources() {
        Map<String, java.nio.file.Path> out = new java.util.LinkedHashMap<>(store.sources());
        out.keySet().retainAll(allowed);
        return out;
    }

    @Override
    public Optional<Spread> load(String sha256) {
        return allowed.contains(sha256) ? store.load(sha256) : Optional.empty();
    }

    @Override
    public List<DocumentInfo> documents() {
        return documents;
    }

    @Override
    public List<String> companies() {
        return companies;
    }

    @Override
    public List<Fact> facts(String company, String concept) {
        return facts.computeIfAbsent(company + '\u0000' + concept, k -> store.facts(company, concept).stream()
                .filter(f -> allowed.contains(f.source().sha256())).toList());
    }

    @Override
    public boolean delete(String sha256) {
        throw new UnsupportedOperationException("a grid reads the store; it does not write to it");
    }

    @Override
    public void close() {
        // the underlying store belongs to the caller
    }
}
