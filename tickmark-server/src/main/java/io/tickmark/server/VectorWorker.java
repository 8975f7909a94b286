package io.tickmark.server;

import io.tickmark.search.SearchIndex;

import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * Embeds the passages of the workspaces' search indexes in the background, one thread for the whole server: an
 * ingest job adds a filing for keyword search and wakes this worker, which embeds a slice of the pending
 * passages of one workspace at a time, in turn, so that one large upload does not hold back another workspace.
 * Searches meanwhile use the vectors done and say how many passages still wait. Closing stops it after the slice
 * in hand (its vectors committed; the rest stay pending and are embedded when the workspace is woken again).
 */
final class VectorWorker implements AutoCloseable {
    /** Passages embedded for one workspace before the next waiting one gets its turn. */
    static final int SLICE = 256;
    private final LinkedBlockingDeque<Workspace> waiting = new LinkedBlockingDeque<>();
    private final Thread thread;
    private volatile boolean closed;
    /** What failed last in each workspace (cleared by its next slice that succeeds). */
    private final java.util.Map<String, String> lastError = new java.util.concurrent.ConcurrentHashMap<>();

    VectorWorker() {
        thread = new Thread(this::run, "tickmark-vectors");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The workspace has passages waiting for vectors (or may have): embed them when their turn comes. */
    void wake(Workspace ws) {
        if ("none".equals(ws.vectors()) || closed) return;
        synchronized (waiting) {
            if (!waiting.contains(ws)) waiting.add(ws);
        }
    }

    /**
     * What failed when the workspace's passages were last embedded, or null: shown with its pending vectors (a failing
     * model must not fail uploads, and must not go unsaid either).
     */
    String lastError(Workspace ws) {
        return lastError.get(ws.name());
    }

    private void run() {
        while (!closed) {
            Workspace ws;
            try {
                ws = waiting.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (ws == null) continue;
            try {
                SearchIndex index = ws.index();
                SearchIndex.Vectored v = index.embedPending(SLICE, () -> closed, n -> { });
                lastError.remove(ws.name());
                if (v.passages() > 0 && index.pendingVectors() > 0) wake(ws); // more to do: back of the line
            } catch (Exception | Error e) {
                lastError.put(ws.name(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
