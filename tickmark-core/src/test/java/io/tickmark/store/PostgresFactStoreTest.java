package io.tickmark.store;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The fact store contract on PostgreSQL, each test in a schema of its own that is dropped after it.
 * The server is {@code TICKMARK_TEST_PG_URL} or a local one with trust authentication; when it cannot
 * be reached the tests are skipped, except on CI (env CI set), where they fail.
 */
class PostgresFactStoreTest extends FactStoreContract {
    private static final String SERVER = System.getenv().getOrDefault("TICKMARK_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    /** Why the tests are skipped, or null when the server answers. */
    private static String unreachable;

    private String schema;

    @BeforeAll
    static void requireServer() {
        try (Connection c = DriverManager.getConnection(SERVER)) {
            unreachable = c.isValid(5) ? null : "PostgreSQL at " + JdbcUrls.redact(SERVER) + " does not answer";
        } catch (SQLException e) {
            String why = "PostgreSQL is not reachable at " + JdbcUrls.redact(SERVER) + " (" + e.getMessage() + ")";
            if (System.getenv("CI") != null) fail(why + "; CI is set, so this is a failure, not a skip", e);
            unreachable = why + "; skipping the PostgreSQL store tests (start PostgreSQL or set TICKMARK_TEST_PG_URL)";
            System.err.println(unreachable);
        }
    }

    @Override
    protected String freshUrl() throws SQLException {
        Assumptions.assumeTrue(unreachable == null, () -> unreachable);
        schema = "tickmark_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    protected void dropDatabase() throws SQLException {
        if (schema != null) execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
