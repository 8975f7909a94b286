package io.tickmark.app;

import java.io.PrintStream;
import java.util.Map;

/**
 * Where commands write and which environment they read: the process's own, or a test's. Data goes
 * to {@code out}, everything meant for the person (progress, problems) to {@code err}.
 */
public record Io(PrintStream out, PrintStream err, Map<String, String> env) {
    public Io {
        if (out == null || err == null) throw new IllegalArgumentException("commands need both an output and an error stream");
        env = Map.copyOf(env);
    }

    /** The process's standard streams and environment. */
    public static Io system() {
        return new Io(System.out, System.err, System.getenv());
    }

    /** The environment variable, or null when it is unset or blank. */
    String variable(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
