package io.tickmark.eval;

import io.tickmark.spread.Spread;

import java.io.IOException;
import java.nio.file.Path;

/** How a file becomes a spread: {@link io.tickmark.Tickmark#spread(Path)}, or a stand-in in tests. */
@FunctionalInterface
interface Spreading {
    Spread spread(Path pdf) throws IOException;

    /** "UnsupportedOperationException: not yet": what went wrong, in one line. */
    static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip().lines().findFirst().orElse(""));
    }
}
