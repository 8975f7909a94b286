package io.tickmark.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The time a value speaks of: an instant (a balance at a date) or a duration of whole months
 * ending at a date (a flow over a fiscal year or quarter). Fiscal calendars of 52/53 weeks end on
 * dates like 2022-09-24, so periods compare by end date within a week.
 */
public record Period(LocalDate end, int months) {
    public Period {
        if (end == null) throw new IllegalArgumentException("period has no end date");
        if (months < 0 || months > 24) {
            throw new IllegalArgumentException("period of %d months ending %s is outside 0..24".formatted(months, end));
        }
    }

    public static Period instant(LocalDate date) {
        return new Period(date, 0);
    }

    public static Period duration(LocalDate end, int months) {
        if (months == 0) throw new IllegalArgumentException("a duration ending " + end + " needs at least one month");
        return new Period(end, months);
    }

    /** Builds a period from XBRL-style start and end dates; a null start makes an instant. */
    public static Period of(LocalDate start, LocalDate end) {
        if (start == null) return instant(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period end %s is before its start %s".formatted(end, start));
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        return duration(end, (int) Math.max(1, Math.round(days / 30.44)));
    }

    public boolean isInstant() {
        return months == 0;
    }

    /**
     * The fiscal year the period falls in: the calendar year of its end, except that a 52/53-week year
     * ending in the first week of January belongs to the year before (fiscal 2021 ended January 1, 2022).
     */
    public int fiscalYear() {
        return end.getMonthValue() == 1 && end.getDayOfMonth() <= 7 ? end.getYear() - 1 : end.getYear();
    }

    /** Same kind and length, and end dates at most seven days apart (52/53-week calendars). */
    public boolean sameAs(Period other) {
        return months == other.months && Math.abs(ChronoUnit.DAYS.between(end, other.end)) <= 7;
    }

    /** A short label: "2022-12-31" for an instant, "12M to 2022-12-31" for a duration. */
    public String label() {
        return isInstant() ? end.toString() : months + "M to " + end;
    }

    @Override
    public String toString() {
        return label();
    }
}
