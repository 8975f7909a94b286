package io.tickmark.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Phase times of one command, printed to standard error as one line when the environment sets
 * {@value #VARIABLE} (used by {@code bench credit} on the commands it spawns); otherwise does nothing.
 * The first phase, {@code cli}, runs from {@code main} to the command's start (picocli parsing the arguments);
 * JVM start is what the whole process took less the phases.
 */
final class Timings {
    static final String VARIABLE = "TICKMARK_TIMINGS";

    private final boolean on;
    private final List<String> phases = new ArrayList<>();
    private long last;

    private Timings(boolean on) {
        this.on = on;
        if (on) {
            last = Main.STARTED;
            mark("cli");
        }
    }

    static Timings of(Io io) {
        return new Timings(io.variable(VARIABLE) != null);
    }

    /** Ends the phase named {@code name} now. */
    void mark(String name) {
        if (!on) return;
        long now = System.nanoTime();
        phases.add(String.format(Locale.ROOT, "%s=%d", name, (now - last) / 1_000_000));
        last = now;
    }

    /** Prints {@code timings: phase=ms ...} when on. */
    void print(PrintStream err) {
        if (on) err.println("timings: " + String.join(" ", phases));
    }
}
