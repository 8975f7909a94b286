package io.tickmark.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** PLACEHOLDER in the cli branch only, so the CLI compiles: the real spreading benchmark replaces this file at merge. */
public final class SpreadBench {
    private SpreadBench() {
    }

    /** The timings as a table for people and as one JSON line for machines. */
    public record Report(String table, String json) {
    }

    public static Report run(List<Path> pdfs, int rounds, Consumer<String> progress) {
        throw new UnsupportedOperationException("the spreading benchmark is not merged into this build yet");
    }
}
