package io.tickmark.server;

import io.tickmark.Tickmark;
import io.tickmark.store.FactStore;
import io.tickmark.store.OverrideStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens each workspace's store on first use. Isolation is by construction: every workspace has a
 * database of its own (embedded: {@code DATA_DIR/workspaces/NAME/tickmark.mv.db}; PostgreSQL: a schema
 * {@code tickmark_NAME} in the configured database), so no query of the library, which knows nothing of
 * workspaces, can see another workspace's documents, facts, corrections or search passages.
 */
final class Workspaces implements AutoCloseable {
    private final ServerConfig config;
    private final Map<String, Workspace> open = new ConcurrentHashMap<>();

    Workspaces(ServerConfig config) {
        this.config = config;
    }

    Workspace get(String name) {
        return open.computeIfAbsent(name, this::openWorkspace);
    }

    private Workspace openWorkspace(String name) {
        Path dir = config.dataDir().resolve("workspaces").resolve(name);
        String url = config.storeUrl();
        if (url == null || url.isBlank()) {
            return new Workspace(name, dir, Tickmark.openStore(null, dir), OverrideStore.openDefault(dir), config.searchVectors());
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("store.url " + Secrets.redactUrl(url)
                    + ": the server keeps one schema per workspace on PostgreSQL; for H2 leave store.url unset (one database per workspace in the data dir)");
        }
        String schema = "tickmark_" + name.replace('-', '_');
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " at " + Secrets.redactUrl(url) + ": " + e.getMessage(), e);
        }
        String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        FactStore store = FactStore.open(scoped);
        return new Workspace(name, dir, store, OverrideStore.open(scoped), config.searchVectors());
    }

    @Override
    public void close() {
        open.values().forEach(Workspace::close);
        open.clear();
    }
}
