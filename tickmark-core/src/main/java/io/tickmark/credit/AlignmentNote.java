package io.tickmark.credit;

/**
 * Something the memo must say about how the years were lined up: a report left out (a 10-Q among
 * 10-Ks, another currency), a fiscal year end that moved, scales that differ, a restated figure,
 * a figure taken as zero because its line is not printed, or only one year to go on.
 */
public record AlignmentNote(Kind kind, String text) {
    public enum Kind { INTERIM_LEFT_OUT, NOT_ANNUAL, YEAR_END_CHANGED, CURRENCY, SCALE, RESTATED, ZERO_WHEN_ABSENT, ONE_YEAR, DUPLICATE, COMPANY, GAP }

    public AlignmentNote {
        if (kind == null || text == null || text.isBlank()) throw new IllegalArgumentException("alignment note needs a kind and a text");
    }
}
