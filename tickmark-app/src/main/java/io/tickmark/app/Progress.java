package io.tickmark.app;

/**
 * The lines on standard error while spreading: in a batch one per file ({@code [3/57] 3M_2018_10K.pdf 1.2s}),
 * alone only a problem; each problem on one line naming the file, its stack trace only when verbose.
 */
final class Progress implements BatchSpreader.Listener {
    private final Io io;
    private final boolean verbose;

    Progress(Io io, boolean verbose) {
        this.io = io;
        this.verbose = verbose;
    }

    @Override
    public void done(int index, int total, Outcome outcome) {
        String line = line(index, total, outcome);
        if (line != null) io.err().println(line);
        if (verbose && outcome.cause() != null) outcome.cause().printStackTrace(io.err());
    }

    /** The line for one outcome, or null when there is nothing to say. */
    static String line(int index, int total, Outcome outcome) {
        String counter = total > 1 ? "[" + index + "/" + total + "] " : "";
        if (outcome.failed()) return counter + outcome.file() + ": " + outcome.problem();
        if (outcome.note() != null) return counter + outcome.file() + ": " + outcome.note();
        if (total == 1) return null;
        String from = outcome.status() == Outcome.Status.ALREADY_STORED ? " (from the store)" : "";
        return counter + outcome.file() + " " + outcome.seconds() + from;
    }
}
