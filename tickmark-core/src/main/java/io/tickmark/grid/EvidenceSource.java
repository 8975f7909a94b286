package io.tickmark.grid;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Where free-text cells look for passages: the evidence index, seen through the few calls a grid needs, so the
 * grid does not depend on how the index ranks (BM25 today, hybrid later). Implementations must be safe for use
 * from several threads.
 */
public interface EvidenceSource {

    /** A filing the source holds for a company. */
    record Filing(String fileName, String sha256, String company, String documentType, LocalDate periodEnd) {
    }

    /** A passage found, with its filing, 1-based page and section; {@code score} orders one search's results only. */
    record Found(Filing filing, int page, String section, String text, double score) {
    }

    /** The source's names for a company a user names (name or ticker); empty when it holds none. */
    List<String> resolve(String company) throws IOException;

    /** The filings of those companies (names as {@link #resolve} gives them). */
    List<Filing> filings(List<String> companies) throws IOException;

    /** The best passages of those companies' filings for the query, best first, at most {@code k}. */
    List<Found> search(String query, List<String> companies, int k) throws IOException;

    /** No evidence at all (no index built): free-text cells say so. */
    static EvidenceSource none() {
        return Nothing.NONE;
    }

    /** The one source without evidence. */
    final class Nothing {
        static final EvidenceSource NONE = new EvidenceSource() {
            @Override
            public List<String> resolve(String company) {
                return List.of();
            }

            @Override
            public List<Filing> filings(List<String> companies) {
                return List.of();
            }

            @Override
            public List<Found> search(String query, List<String> companies, int k) {
                return List.of();
            }

            @Override
            public String toString() {
                return "no search index";
            }
        };

        private Nothing() {
        }
    }
}
