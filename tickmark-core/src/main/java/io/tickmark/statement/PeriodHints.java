package io.tickmark.statement;

import java.time.LocalDate;

/**
 * What the rest of the report says about periods, for headers that leave it out: the end of the
 * period the report covers (from its cover page, may be null) and the length in months of a flow
 * column whose header names no length (12 for an annual report, 3 for a quarterly one).
 */
public record PeriodHints(LocalDate reportPeriodEnd, int defaultMonths) {
    public PeriodHints {
        if (defaultMonths < 1 || defaultMonths > 12) {
            throw new IllegalArgumentException("default period length " + defaultMonths + " months is outside 1..12");
        }
    }

    public static PeriodHints annual(LocalDate reportPeriodEnd) {
        return new PeriodHints(reportPeriodEnd, 12);
    }
}
