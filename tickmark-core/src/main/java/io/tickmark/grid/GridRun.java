package io.tickmark.grid;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A grid being answered on a bounded pool of threads. {@link #snapshot} gives a valid grid of what is done at
 * any moment (a shutdown hook writes it on Ctrl-C); {@link #cancel} stops handing out cells; {@link #await} waits
 * for the whole grid.
 */
public final class GridRun {
    /** Told after each cell, from the worker thread that answered it. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (done, total, cell) -> { };

        void cellDone(int done, int total, CellAnswer cell);
    }

    private final List<GridCompany> companies;
    private final List<GridQuestion> questions;
    private final AtomicReferenceArray<CellAnswer> cells;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ExecutorService pool;
    private final PointInTime time;

    private GridRun(List<GridCompany> companies, List<GridQuestion> questions, int threads, PointInTime time) {
        this.companies = List.copyOf(companies);
        this.questions = List.copyOf(questions);
        this.cells = new AtomicReferenceArray<>(companies.size() * questions.size());
        this.time = time;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "grid-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    static GridRun start(Grid grid, List<GridCompany> companies, List<GridQuestion> questions, int threads, Listener listener) {
        GridRun run = new GridRun(companies, questions, threads, grid.time());
        int total = run.cells.length();
        for (int i = 0; i < total; i++) {
            int index = i;
            run.pool.execute(() -> {
                if (run.cancelled.get()) return;
                CellAnswer a = grid.cell(companies.get(index / questions.size()), questions.get(index % questions.size()));
                run.cells.set(index, a);
                listener.cellDone(run.done.incrementAndGet(), total, a);
            });
        }
        run.pool.shutdown();
        return run;
    }

    public int total() {
        return cells.length();
    }

    public int done() {
        return done.get();
    }

    /**
     * Stops handing out cells; cells being answered finish (threads are not interrupted: an interrupted JDBC
     * connection may close under the other cells).
     */
    public void cancel() {
        cancelled.set(true);
    }

    /** Waits for every cell (or for the cells in flight after a cancel) and returns the grid. */
    public GridResult await() throws InterruptedException {
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            // keep waiting; a cancel makes it terminate
        }
        return snapshot();
    }

    /** The grid as answered so far: unanswered cells are null and the result is marked partial. */
    public GridResult snapshot() {
        CellAnswer[] raw = new CellAnswer[cells.length()];
        for (int i = 0; i < raw.length; i++) raw[i] = cells.get(i);
        return GridResult.of(companies, questions, raw, time);
    }
}
