package io.tickmark.store;

import java.sql.SQLException;

/** What SQL errors mean, the same way on H2 and PostgreSQL (both use the standard SQLSTATE codes). */
final class Sql {
    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {}

    /** Whether the error, or one chained to it, is a duplicate primary or unique key. */
    static boolean isDuplicateKey(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) return true;
        }
        return false;
    }
}
