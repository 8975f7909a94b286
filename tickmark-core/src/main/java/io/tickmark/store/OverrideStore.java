package io.tickmark.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyst corrections kept beside the facts of a {@link FactStore} (same database, table
 * {@code fact_overrides}, migration V4), appended and never updated: the extracted fact stays as it
 * was read and every correction stays in the audit trail. Open it after the fact store, whose opening
 * brings the schema up to date. Safe for use from several threads (one short connection per call).
 */
public final class OverrideStore {
    private final String url;
    private final String shownUrl;

    private OverrideStore(String url) {
        this.url = url;
        this.shownUrl = JdbcUrls.redact(url);
    }

    /** The corrections in the database at this JDBC URL (the fact store's). */
    public static OverrideStore open(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) throw new IllegalArgumentException("no JDBC URL for the override store");
        return new OverrideStore(jdbcUrl);
    }

    /** The corrections in the embedded default store of {@code dataDir} ({@link FactStore#openDefault}). */
    public static OverrideStore openDefault(Path dataDir) {
        return new OverrideStore(JdbcUrls.h2File(dataDir));
    }

    /** Appends a correction and returns it with its id and time. */
    public FactOverride add(FactOverride o) {
        String sql = """
                INSERT INTO fact_overrides (document_sha, statement_seq, line_seq, column_seq, concept, amount, amount_scale,
                                            reason, author, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        java.time.Instant now = java.time.Instant.now();
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement(sql, new String[]{"id"})) {
            ps.setString(1, o.sha256());
            ps.setInt(2, o.statement());
            ps.setInt(3, o.line());
            ps.setInt(4, o.column());
            ps.setString(5, o.concept());
            if (o.value() == null) {
                ps.setNull(6, Types.NUMERIC);
                ps.setNull(7, Types.INTEGER);
            } else {
                ps.setBigDecimal(6, o.value());
                ps.setInt(7, o.value().scale());
            }
            ps.setString(8, o.reason());
            ps.setString(9, o.author());
            ps.setTimestamp(10, Timestamp.from(now));
            ps.executeUpdate();
            long id;
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            return new FactOverride(id, o.sha256(), o.statement(), o.line(), o.column(), o.concept(), o.value(), o.reason(),
                    o.author(), now);
        } catch (SQLException e) {
            throw new FactStoreException("cannot save the correction of a fact of " + o.sha256() + " in " + shownUrl
                    + ": " + e.getMessage(), e);
        }
    }

    /** Every correction of one document, oldest first (the last one of a fact is in force). */
    public List<FactOverride> of(String sha256) {
        return query("SELECT * FROM fact_overrides WHERE document_sha = ? ORDER BY id", sha256);
    }

    /** Every correction, oldest first. */
    public List<FactOverride> all() {
        return query("SELECT * FROM fact_overrides ORDER BY id", null);
    }

    private List<FactOverride> query(String sql, String sha256) {
        try (Connection c = DriverManager.getConnection(url); PreparedStatement ps = c.prepareStatement(sql)) {
            if (sha256 != null) ps.setString(1, sha256);
            List<FactOverride> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal amount = rs.getBigDecimal("amount");
                    if (amount != null) amount = amount.setScale(rs.getInt("amount_scale"), java.math.RoundingMode.UNNECESSARY);
                    out.add(new FactOverride(rs.getLong("id"), rs.getString("document_sha"), rs.getInt("statement_seq"),
                            rs.getInt("line_seq"), rs.getInt("column_seq"), rs.getString("concept"), amount,
                            rs.getString("reason"), rs.getString("author"), rs.getTimestamp("created_at").toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new FactStoreException("cannot read corrections in " + shownUrl + ": " + e.getMessage(), e);
        }
    }
}
