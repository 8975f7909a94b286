package io.tickmark.grid;

import io.tickmark.document.Hashes;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Source;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import io.tickmark.store.FactStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Companies copied under new names, for benchmarks at a scale the real filings do not reach: every stored spread of
 * a company saved again as "Replica{k} NAME", with a document SHA-256 of its own, into another store; and an evidence
 * source that answers for a replica with its original's filings (the search index is not copied: passages are
 * searched for real, in the original's filings, and shown under the replica's name).
 */
public final class Replicas {
    private Replicas() {
    }

    /** The replica's name. */
    public static String name(int k, String original) {
        return k == 0 ? original : "Replica" + k + " " + original;
    }

    /**
     * Copies every document of the source store into the target store, and {@code count - companies} more
     * companies as replicas, company by company in the source's order, until {@code count} companies exist.
     *
     * @return the companies of the target store, replica name to original name, in order
     */
    public static Map<String, String> copy(FactStore source, FactStore target, int count) {
        List<String> originals = source.companies();
        if (originals.isEmpty()) throw new IllegalArgumentException("the store holds no company to replicate; ingest filings first");
        Map<String, List<DocumentInfo>> byCompany = new LinkedHashMap<>();
        for (DocumentInfo d : source.documents()) byCompany.computeIfAbsent(d.company(), c -> new ArrayList<>()).add(d);
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String original = originals.get(i % originals.size());
            int k = i / originals.size();
            String name = name(k, original);
            out.put(name, original);
            for (DocumentInfo d : byCompany.getOrDefault(original, List.of())) {
                Spread s = source.load(d.sha256()).orElse(null);
                if (s == null) continue;
                Spread copy = k == 0 ? s : renamed(s, name, sha(d.sha256(), k));
                if (!target.contains(copy.document().sha256())) target.save(copy);
            }
        }
        return out;
    }

    private static String sha(String original, int k) {
        return Hashes.sha256((original + ":replica" + k).getBytes(StandardCharsets.UTF_8));
    }

    static Spread renamed(Spread s, String company, String sha) {
        DocumentInfo d = s.document();
        String file = "replica-" + sha.substring(0, 8) + "-" + d.fileName();
        DocumentInfo info = new DocumentInfo(file, sha, company, d.documentType(), d.periodEnd(), d.filingDate(), d.pageCount(), d.fiscalYear());
        List<StatementSpread> statements = new ArrayList<>();
        for (StatementSpread st : s.statements()) {
            List<SpreadLine> lines = new ArrayList<>();
            for (SpreadLine l : st.lines()) {
                List<Fact> values = new ArrayList<>();
                for (Fact f : l.values()) values.add(f == null ? null : moved(f, file, sha));
                lines.add(new SpreadLine(l.concept(), l.label(), l.rawLabel(), l.sections(), values));
            }
            statements.add(new StatementSpread(st.type(), st.title(), st.pages(), st.periods(), st.scale(), st.currency(), lines));
        }
        return new Spread(info, statements, s.checks(), s.warnings());
    }

    private static Fact moved(Fact f, String file, String sha) {
        Source src = f.source();
        return new Fact(f.concept(), f.label(), f.statement(), f.period(), f.value(), f.unit(),
                new Source(file, sha, src.page(), src.line(), src.top(), src.rawLabel(), src.rawValue(), src.box(), src.anchor(),
                        src.formula()), f.confidence());
    }

    /** An evidence source in which each replica has its original's filings, shown under the replica's name. */
    public static EvidenceSource evidence(EvidenceSource base, Map<String, String> replicas) {
        Map<String, String> byKey = new LinkedHashMap<>();
        replicas.forEach((replica, original) -> {
            if (!replica.equals(original)) byKey.put(replica.toLowerCase(Locale.ROOT), original);
        });
        return new EvidenceSource() {
            private final Map<String, String> originalOf = new java.util.concurrent.ConcurrentHashMap<>();

            @Override
            public List<String> resolve(String company) throws IOException {
                String original = byKey.get(company.strip().toLowerCase(Locale.ROOT));
                if (original == null) return base.resolve(company);
                List<String> names = new ArrayList<>();
                for (String n : base.resolve(original)) {
                    String r = company.strip() + " \u2192 " + n;
                    originalOf.put(r, n);
                    names.add(r);
                }
                return names;
            }

            private List<String> originals(List<String> companies) {
                return companies.stream().map(c -> originalOf.getOrDefault(c, c)).toList();
            }

            @Override
            public List<Filing> filings(List<String> companies) throws IOException {
                return base.filings(originals(companies));
            }

            @Override
            public List<Found> search(String query, List<String> companies, int k) throws IOException {
                return base.search(query, originals(companies), k);
            }
        };
    }
}
