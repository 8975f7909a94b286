package io.tickmark.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** When a sample company's fiscal year ends: a calendar year, or a 52/53-week year ending on a Saturday. */
public enum FiscalYearEnd {
    /** Calendar fiscal year ending December 31. */
    DECEMBER_31,
    /** 52/53-week fiscal year ending on the last Saturday of September (e.g. September 27, 2025). */
    LAST_SATURDAY_OF_SEPTEMBER;

    /** The last day of the given fiscal year. */
    public LocalDate endOf(int fiscalYear) {
        return switch (this) {
            case DECEMBER_31 -> LocalDate.of(fiscalYear, 12, 31);
            case LAST_SATURDAY_OF_SEPTEMBER ->
                    LocalDate.of(fiscalYear, 9, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SATURDAY));
        };
    }

    /** Whether years are counted in weeks, so end dates move from year to year. */
    public boolean weekBased() {
        return this == LAST_SATURDAY_OF_SEPTEMBER;
    }
}
