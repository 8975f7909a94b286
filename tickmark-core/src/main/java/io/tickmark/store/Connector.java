package io.tickmark.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Hands out a fresh connection to the store's database; tests swap it to inject failures. */
@FunctionalInterface
interface Connector {
    Connection connect() throws SQLException;
}
