package io.tickmark.server;

import java.time.Instant;
import java.util.Map;

/**
 * A snapshot of long work running off the request threads: what it is, where it stands (0..1 and a
 * short step), and its outcome: the result (e.g. the document's SHA-256) or the error for the user.
 */
public record Job(String id, String workspace, String kind, State state, double progress, String step, String subject,
                  Map<String, Object> result, String error, Instant created, Instant finished) {
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    public boolean finishedWork() {
        return state == State.DONE || state == State.FAILED;
    }
}
