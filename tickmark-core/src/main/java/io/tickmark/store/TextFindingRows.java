package io.tickmark.store;

import io.tickmark.facts.TextFinding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text scan of a document in the tables text_scans (the text was scanned) and text_findings (what was
 * found, in order), on a connection whose transaction the caller owns.
 */
final class TextFindingRows {
    private TextFindingRows() {}

    /** Refuses, before anything is written, findings the store could not give back. */
    static void validate(String sha256, List<TextFinding> text) {
        if (text == null) throw new IllegalArgumentException("no text findings given for document " + sha256 + " (an empty list says none were found)");
        for (TextFinding t : text) {
            if (t == null || t.kind() == null || t.document() == null || t.excerpt() == null) {
                throw new IllegalArgumentException("text finding of document " + sha256 + " lacks its kind, file name or excerpt: " + t);
            }
        }
    }

    /** Writes the scan in place of any earlier one of the document (which must be stored). */
    static void write(Connection c, String sha256, List<TextFinding> text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM text_scans WHERE document_sha = ?")) {
            ps.setString(1, sha256);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO text_scans (document_sha) VALUES (?)")) {
            ps.setString(1, sha256);
            ps.executeUpdate();
        }
        if (text.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO text_findings (document_sha, seq, kind, file_name, page, excerpt, severe) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (TextFinding t : text) {
                ps.setString(1, sha256);
                ps.setInt(2, seq++);
                ps.setString(3, t.kind());
                ps.setString(4, t.document());
                ps.setInt(5, t.page());
                ps.setString(6, t.excerpt());
                ps.setBoolean(7, t.severe());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The findings in the order written; empty when the document's text was never scanned. */
    static Optional<List<TextFinding>> read(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM text_scans WHERE document_sha = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
            }
        }
        List<TextFinding> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, file_name, page, excerpt, severe FROM text_findings WHERE document_sha = ? ORDER BY seq")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new TextFinding(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBoolean(5)));
            }
        }
        return Optional.of(List.copyOf(out));
    }
}
