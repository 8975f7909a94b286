package io.tickmark.app;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the search index is: {@code --index DIR}, else {@code index/} in the data dir ({@code --data-dir}, TICKMARK_HOME or ./tickmark-data). */
final class IndexOptions {
    @Option(names = "--index", paramLabel = "DIR", description = "Search index folder (default: index/ in the data dir).")
    Path index;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for Tickmark's own files (default: env " + StoreOptions.HOME_VARIABLE + ", else ./tickmark-data).")
    Path dataDir;

    Path dataDir(Io io) {
        if (dataDir != null) return dataDir;
        String home = io.variable(StoreOptions.HOME_VARIABLE);
        return home == null ? StoreOptions.DEFAULT_DATA_DIR : Path.of(home);
    }

    /** The index folder in force; {@code fallback} names the folder under the data dir when --index is not given. */
    Path index(Io io, String fallback) {
        return index != null ? index : dataDir(io).resolve(fallback);
    }
}
