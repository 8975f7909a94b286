package io.tickmark.grid;

import io.tickmark.spread.DocumentInfo;

import java.time.LocalDate;
import java.time.Period;

/**
 * Which documents a grid may use and when its sources are stale. With an as-of date only documents filed on or
 * before it count (point in time, for back-testing). A document whose cover prints no filing date is taken as filed
 * {@link #UNDATED_FILING_DAYS} days after its period end, the latest an annual report is due at the SEC: never
 * earlier than it could have been known. A cell whose newest source is older than {@code staleAfter} before the
 * as-of date (today when none) is flagged stale.
 *
 * @param asOf       the last filing date allowed, or null for every document
 * @param staleAfter the age after which a source is stale, or null for never
 * @param today      the reference date when no as-of date is given
 */
public record PointInTime(LocalDate asOf, Period staleAfter, LocalDate today) {
    /** Days after the period end at which a document without a printed filing date counts as filed. */
    public static final int UNDATED_FILING_DAYS = 90;

    public PointInTime {
        if (today == null) today = LocalDate.now();
        if (staleAfter != null && (staleAfter.isNegative() || staleAfter.isZero())) {
            throw new IllegalArgumentException("stale-after " + staleAfter + " must be a positive length of time");
        }
    }

    /** Every document, nothing stale. */
    public static PointInTime latest() {
        return new PointInTime(null, null, null);
    }

    /** The date the document could be known from: its filing date, else its period end plus the filing delay; null when neither. */
    public static LocalDate knownFrom(DocumentInfo d) {
        if (d.filingDate() != null) return d.filingDate();
        return d.periodEnd() == null ? null : d.periodEnd().plusDays(UNDATED_FILING_DAYS);
    }

    /** The date a citation shows for the document: its filing date, else its period end. */
    public static LocalDate shownDate(DocumentInfo d) {
        return d.filingDate() != null ? d.filingDate() : d.periodEnd();
    }

    /** Whether the document may be used: always without an as-of date; else when known on or before it (an undated one never). */
    public boolean allows(DocumentInfo d) {
        if (asOf == null) return true;
        LocalDate known = knownFrom(d);
        return known != null && !known.isAfter(asOf);
    }

    /** Whether a passage of a document with this period end (and no store record) may be used. */
    public boolean allowsPeriodEnd(LocalDate periodEnd) {
        if (asOf == null) return true;
        return periodEnd != null && !periodEnd.plusDays(UNDATED_FILING_DAYS).isAfter(asOf);
    }

    /** Whether a cell whose newest source dates from {@code newest} is stale. */
    public boolean stale(LocalDate newest) {
        if (staleAfter == null || newest == null) return false;
        return newest.plus(staleAfter).isBefore(reference());
    }

    /** The as-of date, else today. */
    public LocalDate reference() {
        return asOf != null ? asOf : today;
    }
}
