package io.tickmark.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The fact store contract on the embedded default: an H2 file database in a temporary directory. */
class H2FactStoreTest extends FactStoreContract {
    @TempDir
    Path dataDir;

    @Override
    protected String freshUrl() {
        return JdbcUrls.h2File(dataDir);
    }

    @Override
    protected void dropDatabase() {
        // the temporary directory goes with the test
    }
}
