package io.tickmark.app;

import io.tickmark.spread.Spread;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What became of one input: its spread and whether it was stored, or the one-line problem that
 * stopped it. {@code note} says something the user should know about a success (it was not stored).
 */
record Outcome(Path file, Status status, Spread spread, String problem, Throwable cause, String note, Duration took) {

    enum Status {
        /** Spread now and saved in the store. */
        STORED,
        /** The store had the document already; the spread is the stored one. */
        ALREADY_STORED,
        /** Spread now, not stored (no store, or saving failed: see the note). */
        SPREAD,
        /** No statements to spread (a current report, a press release): added to the search index only. */
        INDEXED,
        /** Nothing to show: see the problem. */
        FAILED
    }

    Outcome {
        if ((status == Status.FAILED) != (spread == null)) {
            throw new IllegalArgumentException("outcome of " + file + " is " + status + " but has " + (spread == null ? "no" : "a") + " spread");
        }
        if (status == Status.FAILED && (problem == null || problem.isBlank())) {
            throw new IllegalArgumentException("failed outcome of " + file + " says no problem");
        }
    }

    static Outcome failed(Path file, String problem, Throwable cause, Duration took) {
        return new Outcome(file, Status.FAILED, null, problem, cause, null, took);
    }

    boolean failed() {
        return status == Status.FAILED;
    }

    /** "1.2s" */
    String seconds() {
        return String.format(Locale.ROOT, "%.1fs", took.toMillis() / 1000.0);
    }
}
