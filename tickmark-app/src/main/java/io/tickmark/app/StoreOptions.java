package io.tickmark.app;

import io.tickmark.Tickmark;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the fact store is: {@code --store} or TICKMARK_STORE_URL, else H2 in {@code --data-dir}, TICKMARK_HOME or ./tickmark-data. */
final class StoreOptions {
    static final String HOME_VARIABLE = "TICKMARK_HOME";
    static final String STORE_VARIABLE = "TICKMARK_STORE_URL";
    static final Path DEFAULT_DATA_DIR = Path.of("tickmark-data");

    @Option(names = "--store", paramLabel = "JDBC_URL",
            description = "Fact store database, e.g. jdbc:postgresql://host/db?user=me (default: env "
                    + STORE_VARIABLE + ", else the embedded H2 store in the data dir).")
    String storeUrl;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for Tickmark's own files and the embedded store (default: env "
                    + HOME_VARIABLE + ", else ./tickmark-data).")
    Path dataDir;

    @Option(names = "--refresh",
            description = "Spread documents again even when the store holds them, and replace the stored spreads "
                    + "(after Tickmark or the taxonomy improved).")
    boolean refresh;

    /** The data directory in force. */
    Path dataDir(Io io) {
        if (dataDir != null) return dataDir;
        String home = io.variable(HOME_VARIABLE);
        return home == null ? DEFAULT_DATA_DIR : Path.of(home);
    }

    /** The JDBC URL in force, or null for the embedded store. */
    String storeUrl(Io io) {
        return storeUrl != null && !storeUrl.isBlank() ? storeUrl : io.variable(STORE_VARIABLE);
    }

    /** Opens the store in force; a store that cannot be opened ends the command with the store's own message. */
    FactStore open(Io io) {
        return Tickmark.openStore(storeUrl(io), dataDir(io));
    }
}
