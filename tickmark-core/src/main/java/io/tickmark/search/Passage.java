package io.tickmark.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A found passage with its citation: the filing (file, SHA-256, company, form, period end), the 1-based
 * page, the section heading, the whole passage text, a snippet with the matched words marked
 * {@code **like this**}, the search score (higher is better; comparable within one search only), the parts of the
 * fiscal year its filing reports on (empty when unknown) and the date the filing was filed or issued (null when unknown).
 */
public record Passage(String fileName, String sha256, String company, String documentType, LocalDate periodEnd,
                      int page, String section, Chunk.Kind kind, String text, String snippet, double score,
                      List<FiscalPeriod> periods, LocalDate filed) {
    public Passage {
        if (page < 1) throw new IllegalArgumentException("passage page " + page + " is below 1 (pages are 1-based)");
        section = section == null ? "" : section;
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    /** "Q2/H1", "Q4/FY", "FY"; empty when the filing does not say. */
    public String period() {
        return String.join("/", periods.stream().map(Enum::name).toList());
    }

    /** The page as FinanceBench and other 0-based tools count it. */
    public int pageIndex() {
        return page - 1;
    }

    /** "3M_2018_10K.pdf p.60" */
    public String cite() {
        return fileName + " p." + page;
    }
}
