package io.tickmark.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a store skips Flyway only when its schema history holds exactly the shipped migrations. */
class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void the_shipped_versions_are_the_migration_files() throws Exception {
        Set<String> files;
        try (Stream<Path> s = Files.list(Path.of(getClass().getClassLoader().getResource(Migrations.LOCATION).toURI()))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).collect(Collectors.toSet());
        }
        assertThat(Migrations.shipped()).isEqualTo(files).contains("1", "5");
    }

    @Test
    void versions_compare_as_flyway_reads_them() {
        assertThat(Migrations.normalise("1_1")).isEqualTo("1.1");
        assertThat(Migrations.normalise("01.0")).isEqualTo("1");
        assertThat(Migrations.normalise("10")).isEqualTo("10");
    }

    @Test
    void a_store_at_the_latest_version_is_up_to_date_and_one_missing_a_version_or_with_a_failure_is_not() throws Exception {
        String url = JdbcUrls.h2File(dir);
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(Migrations.upToDate(c)).as("a new database has no schema history").isFalse();
        }
        FactStore.openDefault(dir).close();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            assertThat(Migrations.upToDate(c)).isTrue();

            st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
            assertThat(Migrations.upToDate(c)).as("a failed migration is Flyway's to report").isFalse();
            st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '1'");

            st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"version\" = '99' WHERE \"version\" = '1'");
            assertThat(Migrations.upToDate(c)).as("a version this build does not ship").isFalse();
            st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"version\" = '1' WHERE \"version\" = '99'");
            assertThat(Migrations.upToDate(c)).isTrue();
        }
        try (FactStore again = FactStore.openDefault(dir)) {
            assertThat(again.companies()).isEmpty();
        }
    }
}
