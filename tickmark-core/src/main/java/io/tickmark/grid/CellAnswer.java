package io.tickmark.grid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One cell of a grid: what is shown ({@code display}: "1,577 million", "yes", "no evidence found in 3 documents (…)"),
 * the status behind it, the value in the unit the question asked (numbers only), the evidence it cites (every
 * answer cites at least one document), the fiscal period and the newest document date it used, a confidence,
 * whether that newest source is stale, and notes (why not answered, what was assumed).
 *
 * @param company      the company as the grid's row gives it
 * @param question     the question as the grid's column gives it
 * @param kind         how the question was answered
 * @param status       the outcome
 * @param display      the text of the cell
 * @param value        the number in the asked unit (metric cells), else null
 * @param unit         the value's unit ("USD millions", "%", "ratio", "days"), else null
 * @param period       the fiscal period answered ("FY2018"), or null
 * @param documentDate the newest date of the documents cited (filing date, else period end), or null
 * @param confidence   how sure the answer is
 * @param stale        whether the newest source is older than the grid's stale-after threshold
 * @param evidence     the citations, each an evidence row
 * @param notes        why the cell says what it says beyond the display (reasons, assumptions)
 */
public record CellAnswer(String company, String question, GridQuestion.Kind kind, Status status, String display,
                         BigDecimal value, String unit, String period, LocalDate documentDate, Confidence confidence, boolean stale,
                         List<Evidence> evidence, List<String> notes) {

    /** The outcome of a cell. */
    public enum Status {
        /** A number (metric) or a short text read from a cited passage. */
        ANSWERED,
        /** A passage states it. */
        YES,
        /** A passage states the opposite (never from absence alone). */
        NO,
        /** Passages state it and its opposite: read them. */
        UNCLEAR,
        /** No passage of the company's documents states it: the documents searched are listed. */
        NOT_FOUND,
        /** Understood, but not sure enough to answer (an input missing, a failed check, filings that disagree). */
        ABSTAINED,
        /** The company is in neither the store nor the index. */
        UNKNOWN_COMPANY,
        /** Answering failed unexpectedly; the note says how. */
        FAILED
    }

    /** HIGH: every input ticked and checked; MEDIUM: a sentence states it (rule-based, no model); LOW: a best match only; NONE: no answer. */
    public enum Confidence { HIGH, MEDIUM, LOW, NONE }

    public CellAnswer {
        if (status == null) throw new IllegalArgumentException("cell " + company + " × " + question + " has no status");
        if (display == null || display.isBlank()) throw new IllegalArgumentException("cell " + company + " × " + question + " shows nothing");
        if ((status == Status.ANSWERED || status == Status.YES || status == Status.NO) && (evidence == null || evidence.isEmpty())) {
            throw new IllegalArgumentException("cell " + company + " × " + question + " answers " + status + " without evidence");
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        notes = notes == null ? List.of() : List.copyOf(notes);
        confidence = confidence == null ? Confidence.NONE : confidence;
    }

    /** Whether the cell holds an answer (a number, a text, yes or no). */
    public boolean answered() {
        return status == Status.ANSWERED || status == Status.YES || status == Status.NO;
    }

    /** The same cell with its evidence numbered from {@code next}: E{next}, E{next+1}, … */
    CellAnswer numbered(int next) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : evidence) out.add(e.withId("E" + next++));
        return new CellAnswer(company, question, kind, status, display, value, unit, period, documentDate, confidence, stale, out, notes);
    }

    CellAnswer withStale(boolean isStale, String note) {
        List<String> n = new ArrayList<>(notes);
        if (note != null) n.add(note);
        return new CellAnswer(company, question, kind, status, display, value, unit, period, documentDate, confidence, isStale, evidence, n);
    }
}
