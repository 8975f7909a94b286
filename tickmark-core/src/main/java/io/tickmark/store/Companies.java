package io.tickmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.OptionalLong;

/** The companies table: finds a company's id by name, adding the company when it is new. */
final class Companies {
    private static final int ATTEMPTS = 5;

    private Companies() {}

    /**
     * The id of the named company, inserting it when missing. A concurrent save may insert the same
     * name first; the insert is then undone to a savepoint and the other transaction's row is used.
     */
    static long idOf(Connection connection, String name) throws SQLException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            OptionalLong id = find(connection, name);
            if (id.isPresent()) return id.getAsLong();
            tryInsert(connection, name);
        }
        throw new SQLException("company '" + name + "' could neither be found nor added after " + ATTEMPTS + " attempts");
    }

    static OptionalLong find(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM companies WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static void tryInsert(Connection connection, String name) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO companies (name) VALUES (?)")) {
            ps.setString(1, name);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!Sql.isDuplicateKey(e)) throw e;
            connection.rollback(savepoint);
        }
    }
}
