package io.tickmark.credit;

import java.util.List;

/**
 * Something a credit committee must see: negative equity, a loss, falling coverage, working capital
 * strain, going-concern or audit wording found in the report, a failed accounting check. Each with
 * its fiscal year (0 when it is not tied to one) and where it was found.
 */
public record RedFlag(Severity severity, String kind, int fiscalYear, String text, List<String> sources) {
    public enum Severity { HIGH, MEDIUM, INFO }

    public RedFlag {
        sources = List.copyOf(sources);
    }
}
