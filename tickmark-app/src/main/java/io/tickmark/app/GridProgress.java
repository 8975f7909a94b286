package io.tickmark.app;

import io.tickmark.grid.CellAnswer;
import io.tickmark.grid.GridRun;

import java.io.PrintStream;

/**
 * The grid's progress bar on standard error: cells done of total and the rate, redrawn in place at most five times
 * a second on a terminal, one line per tenth of the grid otherwise (a log file).
 */
final class GridProgress implements GridRun.Listener {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int lastTenth = -1;

    GridProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void cellDone(int done, int total, CellAnswer cell) {
        long now = System.nanoTime();
        if (terminal) {
            if (done < total && now - lastDraw < 200_000_000L) return;
            lastDraw = now;
            err.print("\r" + line(done, total, now - start));
            if (done == total) err.println();
        } else {
            int tenth = done * 10 / Math.max(1, total);
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            err.println(line(done, total, now - start));
        }
        err.flush();
    }

    /** "[##########--------------------] 340/1000 cells · 212 cells/s" */
    static String line(int done, int total, long nanos) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        double seconds = nanos / 1e9;
        String rate = seconds <= 0 ? "" : " · %.0f cells/s".formatted(done / seconds);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " cells" + rate;
    }
}
