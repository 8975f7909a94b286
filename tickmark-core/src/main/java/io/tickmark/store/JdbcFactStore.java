package io.tickmark.store;

import io.tickmark.facts.TextFinding;
import io.tickmark.facts.Fact;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The fact store over plain JDBC, one short connection per call, so several threads can save at
 * once. For H2 it also holds one idle connection so the embedded database stays open until
 * {@link #close()}.
 */
final class JdbcFactStore implements FactStore {
    private static final int ATTEMPTS = 4;

    private final String shownUrl;
    private final Connector connector;
    private final Connection keepOpen;
    private volatile boolean closed;

    private JdbcFactStore(String shownUrl, Connector connector, Connection keepOpen) {
        this.shownUrl = shownUrl;
        this.connector = connector;
        this.keepOpen = keepOpen;
    }

    static JdbcFactStore openDefault(Path dataDir) {
        String url = JdbcUrls.h2File(dataDir);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw failure("cannot create the data directory " + dataDir + " of fact store at " + url, e);
        }
        return open(url);
    }

    static JdbcFactStore open(String jdbcUrl) {
        return open(jdbcUrl, () -> DriverManager.getConnection(jdbcUrl));
    }

    /** Opens with connections from {@code connector}; migrations still connect to the URL directly. */
    static JdbcFactStore open(String jdbcUrl, Connector connector) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) throw new IllegalArgumentException("no JDBC URL for the fact store");
        String shown = JdbcUrls.redact(jdbcUrl);
        requireDriver(jdbcUrl, shown);
        Connection first = connectOrFail(connector, shown);
        try {
            if (!Migrations.upToDate(first)) migrate(jdbcUrl, shown);
        } catch (RuntimeException e) {
            closeQuietly(first, e);
            throw e;
        }
        boolean embedded = jdbcUrl.startsWith("jdbc:h2:");
        if (!embedded) closeQuietly(first, null);
        return new JdbcFactStore(shown, connector, embedded ? first : null);
    }

    private static void requireDriver(String jdbcUrl, String shown) {
        try {
            DriverManager.getDriver(jdbcUrl);
        } catch (SQLException e) {
            throw new FactStoreException("cannot open fact store at " + shown
                    + ": no JDBC driver takes this URL (use jdbc:h2:... or jdbc:postgresql://...)", e);
        }
    }

    private static Connection connectOrFail(Connector connector, String shown) {
        try {
            return connector.connect();
        } catch (SQLException e) {
            throw failure("cannot open fact store at " + shown, e);
        }
    }

    private static void migrate(String jdbcUrl, String shown) {
        try {
            Flyway.configure(JdbcFactStore.class.getClassLoader())
                    .dataSource(jdbcUrl, null, null)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw failure("cannot bring the schema of fact store at " + shown + " up to date", e);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return read("look up document " + sha256, c -> exists(c, sha256));
    }

    @Override
    public boolean save(Spread spread) {
        return save(spread, null, "save the spread of ");
    }

    @Override
    public boolean save(Spread spread, List<TextFinding> text) {
        TextFindingRows.validate(spread.document().sha256(), text);
        return save(spread, text, "save the spread and text findings of ");
    }

    /** Saves the spread and, unless null, its text findings in one transaction. */
    private boolean save(Spread spread, List<TextFinding> text, String what) {
        SpreadWriter.validate(spread);
        DocumentInfo info = spread.document();
        return write(what + info.fileName() + " (" + info.sha256() + ")", c -> {
            if (exists(c, info.sha256())) return false;
            SpreadWriter writer = new SpreadWriter(c, info.sha256(), Companies.idOf(c, info.company()));
            if (!writer.insertDocument(info)) {
                c.rollback();
                return false;
            }
            writer.insertContent(spread);
            if (text != null) TextFindingRows.write(c, info.sha256(), text);
            return true;
        });
    }

    @Override
    public boolean replace(Spread spread) {
        return replace(spread, null, "replace the spread of ");
    }

    @Override
    public boolean replace(Spread spread, List<TextFinding> text) {
        TextFindingRows.validate(spread.document().sha256(), text);
        return replace(spread, text, "replace the spread and text findings of ");
    }

    /** Replaces the spread and, unless null, its text findings in one transaction (null: the text is then never scanned). */
    private boolean replace(Spread spread, List<TextFinding> text, String what) {
        SpreadWriter.validate(spread);
        DocumentInfo info = spread.document();
        return write(what + info.fileName() + " (" + info.sha256() + ")", c -> {
            boolean existed;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM documents WHERE sha256 = ?")) {
                ps.setString(1, info.sha256());
                existed = ps.executeUpdate() > 0;
            }
            SpreadWriter writer = new SpreadWriter(c, info.sha256(), Companies.idOf(c, info.company()));
            if (!writer.insertDocument(info)) {
                c.rollback();
                throw new SQLException("document " + info.sha256() + " was saved by another process meanwhile", "40001");
            }
            writer.insertContent(spread);
            if (text != null) TextFindingRows.write(c, info.sha256(), text);
            return existed;
        });
    }

    @Override
    public Optional<List<TextFinding>> textFindings(String sha256) {
        return read("read the text findings of document " + sha256, c -> TextFindingRows.read(c, sha256));
    }

    @Override
    public boolean saveTextFindings(String sha256, List<TextFinding> text) {
        TextFindingRows.validate(sha256, text);
        return write("save the text findings of document " + sha256, c -> {
            if (!exists(c, sha256)) return false;
            TextFindingRows.write(c, sha256, text);
            return true;
        });
    }

    @Override
    public Optional<Spread> load(String sha256) {
        return read("load document " + sha256, c -> new SpreadReader(c).spread(sha256));
    }

    @Override
    public List<DocumentInfo> documents() {
        return read("list documents", c -> new SpreadReader(c).documents());
    }

    @Override
    public List<String> companies() {
        return read("list companies", c -> new SpreadReader(c).companies());
    }

    @Override
    public List<Fact> facts(String company, String concept) {
        if (company == null || concept == null) {
            throw new IllegalArgumentException("facts need a company and a concept, got " + company + " and " + concept);
        }
        return read("read facts of " + concept + " for " + company, c -> new SpreadReader(c).facts(company, concept));
    }

    @Override
    public void recordSource(String sha256, Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        write("record the file of document " + sha256, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET source_path = ? WHERE sha256 = ?")) {
                ps.setString(1, path);
                ps.setString(2, sha256);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public java.util.Map<String, Path> sources() {
        return read("list the files of the stored documents", c -> {
            java.util.Map<String, Path> out = new java.util.LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT sha256, source_path FROM documents WHERE source_path IS NOT NULL ORDER BY file_name, sha256");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), Path.of(rs.getString(2)));
            }
            return out;
        });
    }

    @Override
    public boolean delete(String sha256) {
        return write("delete document " + sha256, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM documents WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        if (keepOpen != null) closeQuietly(keepOpen, null);
    }

    @Override
    public String toString() {
        return "FactStore[" + shownUrl + "]";
    }

    private static boolean exists(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Runs work in one read-committed transaction, committing on success and rolling back on any failure. */
    private <T> T write(String what, Work<T> work) {
        return transaction(what, Connection.TRANSACTION_READ_COMMITTED, work);
    }

    /** Runs reads in one repeatable-read transaction, so they see one consistent state. */
    private <T> T read(String what, Work<T> work) {
        return transaction(what, Connection.TRANSACTION_REPEATABLE_READ, work);
    }

    /**
     * Runs work in one transaction; when another transaction was in the way (a lock wait timed out),
     * runs it again, up to {@value #ATTEMPTS} times in all.
     */
    private <T> T transaction(String what, int isolation, Work<T> work) {
        if (closed) throw new IllegalStateException("fact store at " + shownUrl + " is closed");
        for (int attempt = 1; ; attempt++) {
            try {
                return once(isolation, work);
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !Sql.isTransient(e)) throw failure("cannot " + what + " in fact store at " + shownUrl, e);
            }
        }
    }

    private <T> T once(int isolation, Work<T> work) throws SQLException {
        try (Connection c = connector.connect()) {
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
        }
    }

    private static FactStoreException failure(String what, Exception cause) {
        return new FactStoreException(what + ": " + JdbcUrls.redact(String.valueOf(cause.getMessage())), cause);
    }

    private static void rollbackQuietly(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection c, Exception failure) {
        try {
            c.close();
        } catch (SQLException e) {
            if (failure != null) failure.addSuppressed(e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
