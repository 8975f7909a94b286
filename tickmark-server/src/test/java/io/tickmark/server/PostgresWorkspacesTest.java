package io.tickmark.server;

import io.tickmark.Tickmark;
import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import io.tickmark.spread.Spread;
import io.tickmark.store.FactOverride;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * With store.url on PostgreSQL each workspace gets a schema of its own: what one stores (facts and
 * corrections) the other cannot see. Skipped when no PostgreSQL answers, except in CI.
 */
class PostgresWorkspacesTest {
    private static final String SERVER = System.getenv().getOrDefault("TICKMARK_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    @Test
    void eachWorkspaceHasItsOwnSchema(@TempDir Path tmp) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER)) {
            Assumptions.assumeTrue(c.isValid(5), "PostgreSQL does not answer");
        } catch (SQLException e) {
            if (System.getenv("CI") != null) fail("PostgreSQL is not reachable (" + e.getMessage() + "); CI is set, so this fails", e);
            Assumptions.abort("PostgreSQL is not reachable at " + Secrets.redactUrl(SERVER) + ": skipped");
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String a = "pga-" + suffix, b = "pgb-" + suffix;
        ServerConfig d = ServerConfig.defaults(tmp);
        ServerConfig config = new ServerConfig(d.host(), 0, tmp, SERVER, null, null, null, d.maxUploadBytes(), d.maxUploadFiles(), 1, 10);
        Path pdf = tmp.resolve("r.pdf");
        SampleReport.writeTo(SampleCompany.defaultCompany(), pdf);
        Spread spread = Tickmark.spread(pdf);
        try (Workspaces workspaces = new Workspaces(config)) {
            Workspace first = workspaces.get(a);
            Workspace second = workspaces.get(b);
            assertThat(first.store().save(spread)).isTrue();
            first.overrides().add(new FactOverride(0, spread.document().sha256(), 0, 2, 0, null, BigDecimal.ONE, "test", "ann", null));
            assertThat(first.store().companies()).hasSize(1);
            assertThat(second.store().companies()).isEmpty();
            assertThat(second.store().contains(spread.document().sha256())).isFalse();
            assertThat(second.overrides().all()).isEmpty();
            assertThat(first.overrides().all()).hasSize(1);
        } finally {
            try (Connection c = DriverManager.getConnection(SERVER); var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS tickmark_pga_" + suffix + " CASCADE");
                s.execute("DROP SCHEMA IF EXISTS tickmark_pgb_" + suffix + " CASCADE");
            }
        }
    }
}
