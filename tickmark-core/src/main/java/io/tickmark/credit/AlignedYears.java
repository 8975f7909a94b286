package io.tickmark.credit;

import io.tickmark.check.CheckResult;
import io.tickmark.facts.Fact;
import io.tickmark.spread.DocumentInfo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One company's annual figures lined up by fiscal year: for each concept and year the fact chosen
 * (the latest annual report's, restatements recorded), the years in ascending order, the reports
 * used and left out, the currency, the failed accounting checks of the reports used, and every note
 * on how the years were lined up.
 */
public record AlignedYears(String company, String currency, List<Integer> years, Map<String, Map<Integer, Fact>> facts,
                           List<DocumentInfo> documents, List<DocumentInfo> leftOut, List<Restatement> restatements,
                           List<CheckResult> failedChecks, List<AlignmentNote> notes, Map<String, List<String>> unmapped) {
    public AlignedYears {
        years = List.copyOf(years);
        facts = Map.copyOf(facts);
        documents = List.copyOf(documents);
        leftOut = List.copyOf(leftOut);
        restatements = List.copyOf(restatements);
        failedChecks = List.copyOf(failedChecks);
        notes = List.copyOf(notes);
        unmapped = unmapped == null ? Map.of() : Map.copyOf(unmapped);
    }

    /** The labels a report's statement prints that Tickmark mapped to no concept ({@code sha256 + "/" + statement}). */
    public List<String> unmapped(String sha256, String statement) {
        return unmapped.getOrDefault(sha256 + "/" + statement, List.of());
    }

    /** The fact chosen for a concept and fiscal year. */
    public Optional<Fact> fact(String concept, int fiscalYear) {
        Map<Integer, Fact> byYear = facts.get(concept);
        return byYear == null ? Optional.empty() : Optional.ofNullable(byYear.get(fiscalYear));
    }

    public boolean hasYears() {
        return !years.isEmpty();
    }

    public int latestYear() {
        if (years.isEmpty()) throw new IllegalStateException("no fiscal year lined up for " + company);
        return years.get(years.size() - 1);
    }
}
