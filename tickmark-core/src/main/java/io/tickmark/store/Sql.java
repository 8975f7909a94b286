package io.tickmark.store;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/** What SQL errors mean, the same way on H2 and PostgreSQL (both use the standard SQLSTATE codes). */
final class Sql {
    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {}

    /**
     * Whether the error says only that another transaction was in the way (a lock wait timed out,
     * a deadlock, a serialization failure), so running the same transaction again may succeed.
     */
    static boolean isTransient(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return e instanceof SQLTransientException || state.startsWith("40") || state.equals("HYT00") || state.equals("55P03");
    }

    /** Whether the error, or one chained to it, is a duplicate primary or unique key. */
    static boolean isDuplicateKey(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) return true;
        }
        return false;
    }
}
