package io.tickmark.grid;

import io.tickmark.search.Filters;
import io.tickmark.search.Passage;
import io.tickmark.search.SearchIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The grid's thin adapter over the search package's public API ({@link SearchIndex#resolveCompany},
 * {@link SearchIndex#filings}, {@link SearchIndex#search}). The index is not documented as safe for concurrent
 * searches, so calls are serialised here; a search takes milliseconds, so metric cells keep the other threads busy.
 */
public final class SearchEvidence implements EvidenceSource {
    private final SearchIndex index;

    public SearchEvidence(SearchIndex index) {
        this.index = index;
    }

    @Override
    public synchronized List<String> resolve(String company) throws IOException {
        return index.resolveCompany(company);
    }

    @Override
    public synchronized List<Filing> filings(List<String> companies) throws IOException {
        Set<String> names = Set.copyOf(companies);
        List<Filing> out = new ArrayList<>();
        for (io.tickmark.search.Filing f : index.filings()) {
            if (names.contains(f.company())) out.add(new Filing(f.fileName(), f.sha256(), f.company(), f.documentType(), f.periodEnd()));
        }
        return out;
    }

    @Override
    public synchronized List<Found> search(String query, List<String> companies, int k) throws IOException {
        List<Found> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String company : companies) {
            List<Passage> passages;
            try {
                passages = index.search(query, Filters.none().withCompany(company), k);
            } catch (IllegalArgumentException e) {
                continue; // a query of common words only, or a name the index no longer holds: nothing found
            }
            for (Passage p : passages) {
                if (!seen.add(p.sha256() + "#" + p.page())) continue;
                out.add(new Found(new Filing(p.fileName(), p.sha256(), p.company(), p.documentType(), p.periodEnd()), p.page(),
                        p.section(), p.text(), p.score()));
            }
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out.size() > k ? List.copyOf(out.subList(0, k)) : List.copyOf(out);
    }

    @Override
    public String toString() {
        return "search index " + index.path();
    }
}
