package io.tickmark.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Long work (ingesting a document) on a bounded pool: a fixed number of threads and a bounded queue, so
 * an upload burst never takes the request threads or memory without limit (a full queue is refused:
 * 503). Jobs are kept in memory for an hour after they finish; a restart forgets them (what they
 * stored stays stored).
 */
final class Jobs implements AutoCloseable {
    /** The work of a job, reporting progress. */
    interface Work {
        Map<String, Object> run(Progress progress) throws Exception;
    }

    /** Where a running job stands. */
    interface Progress {
        void at(double fraction, String step);
    }

    private static final Duration KEEP = Duration.ofHours(1);
    private final ThreadPoolExecutor pool;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    Jobs(int threads, int queue) {
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "tickmark-job");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues the work and returns its job.
     *
     * @throws ApiException 503 when the queue is full
     */
    Job submit(String workspace, String kind, String subject, Work work) {
        forgetOld();
        String id = UUID.randomUUID().toString();
        Job queued = new Job(id, workspace, kind, Job.State.QUEUED, 0, "queued", subject, null, null, Instant.now(), null);
        jobs.put(id, queued);
        try {
            pool.execute(() -> run(queued, work));
        } catch (RejectedExecutionException e) {
            jobs.remove(id);
            throw new ApiException(503, "busy", "the server is busy with " + pool.getQueue().size()
                    + " queued jobs; try again in a minute");
        }
        return queued;
    }

    private void run(Job queued, Work work) {
        String id = queued.id();
        update(id, j -> new Job(id, j.workspace(), j.kind(), Job.State.RUNNING, 0.01, "started", j.subject(), null, null, j.created(), null));
        try {
            Map<String, Object> result = work.run((fraction, step) -> update(id, j -> new Job(id, j.workspace(), j.kind(),
                    Job.State.RUNNING, Math.max(j.progress(), Math.min(0.99, fraction)), step, j.subject(), null, null, j.created(), null)));
            update(id, j -> new Job(id, j.workspace(), j.kind(), Job.State.DONE, 1, "done", j.subject(), result, null, j.created(), Instant.now()));
        } catch (Exception | Error e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            update(id, j -> new Job(id, j.workspace(), j.kind(), Job.State.FAILED, j.progress(), "failed", j.subject(), null, message,
                    j.created(), Instant.now()));
        }
    }

    private void update(String id, java.util.function.UnaryOperator<Job> change) {
        jobs.computeIfPresent(id, (k, j) -> change.apply(j));
    }

    /** The job, only when it belongs to the workspace (another workspace's job is as unknown as a wrong id). */
    Optional<Job> get(String workspace, String id) {
        Job j = jobs.get(id);
        return j != null && j.workspace().equals(workspace) ? Optional.of(j) : Optional.empty();
    }

    /** A job of the workspace not yet finished whose subject is this (e.g. the same document being ingested). */
    Optional<Job> running(String workspace, String subject) {
        return jobs.values().stream()
                .filter(j -> j.workspace().equals(workspace) && subject.equals(j.subject()) && !j.finishedWork())
                .findFirst();
    }

    Collection<Job> of(String workspace) {
        Map<String, Job> mine = new LinkedHashMap<>();
        jobs.values().stream().filter(j -> j.workspace().equals(workspace))
                .sorted(java.util.Comparator.comparing(Job::created)).forEach(j -> mine.put(j.id(), j));
        return mine.values();
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> j.finished() != null && j.finished().isBefore(limit));
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
