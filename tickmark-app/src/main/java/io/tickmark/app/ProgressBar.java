package io.tickmark.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on standard error for work counted in units (filings, passages): redrawn in place at most five
 * times a second on a terminal, one line per tenth of the work otherwise (a log file).
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean terminal;
    private final String unit;
    private final int total;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int lastTenth = -1;

    ProgressBar(PrintStream err, boolean terminal, String unit, int total) {
        this.err = err;
        this.terminal = terminal;
        this.unit = unit;
        this.total = total;
    }

    /** {@code done} of the total are done; {@code note} (may be null) follows the counts, e.g. the current file. */
    synchronized void at(int done, String note) {
        long now = System.nanoTime();
        if (terminal) {
            if (done < total && now - lastDraw < 200_000_000L) return;
            lastDraw = now;
            err.print("\r" + line(done, total, unit, now - start, note) + "\u001b[K");
            if (done >= total) err.println();
        } else {
            int tenth = done * 10 / Math.max(1, total);
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            err.println(line(done, total, unit, now - start, note));
        }
        err.flush();
    }

    /** Ends a bar drawn in place before the work was done (interrupted), so the next line starts clean. */
    synchronized void end() {
        if (terminal) err.println();
        err.flush();
    }

    /** "[##########--------------------] 340/1000 passages · 42.1 passages/s" */
    static String line(int done, int total, String unit, long nanos, String note) {
        int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, (long) done * WIDTH / total);
        double seconds = nanos / 1e9;
        String rate = seconds <= 0 || done == 0 ? "" : String.format(Locale.ROOT, " · %.1f %s/s", done / seconds, unit);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + unit + rate
                + (note == null || note.isEmpty() ? "" : " · " + note);
    }
}
