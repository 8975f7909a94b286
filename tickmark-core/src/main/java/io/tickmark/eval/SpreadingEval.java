package io.tickmark.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** PLACEHOLDER in the cli branch only, so the CLI compiles: the real spreading eval replaces this file at merge. */
public final class SpreadingEval {
    private SpreadingEval() {
    }

    /** The scores as a table for people and as one JSON line for machines. */
    public record Report(String table, String json) {
    }

    public static Report run(Path dataDir, Consumer<String> progress) throws IOException {
        throw new UnsupportedOperationException("the spreading eval is not merged into this build yet");
    }
}
