package io.tickmark.grid;

import io.tickmark.spread.DocumentInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An evidence source of passages written by a test; search returns a company's passages holding any query word. */
final class FakeEvidence implements EvidenceSource {
    private final List<Found> passages = new ArrayList<>();
    private final List<Filing> filings = new ArrayList<>();

    void add(String company, DocumentInfo d, int page, String section, String text) {
        Filing f = new Filing(d.fileName(), d.sha256(), company, d.documentType(), d.periodEnd());
        if (!filings.contains(f)) filings.add(f);
        passages.add(new Found(f, page, section, text, 1.0));
    }

    @Override
    public List<String> resolve(String company) {
        return filings.stream().map(Filing::company).filter(c -> c.equalsIgnoreCase(company.strip())).distinct().toList();
    }

    @Override
    public List<Filing> filings(List<String> companies) {
        return filings.stream().filter(f -> companies.contains(f.company())).toList();
    }

    @Override
    public List<Found> search(String query, List<String> companies, int k) {
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).split("\\s+"));
        return passages.stream().filter(p -> companies.contains(p.filing().company()))
                .filter(p -> words.stream().anyMatch(w -> p.text().toLowerCase(Locale.ROOT).contains(w))).limit(k).toList();
    }
}
