package io.tickmark.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Connections that break in the middle of a save: the batch of one INSERT really runs, then the
 * call fails as if the disk filled or the process died, optionally dropping the connection too.
 */
final class FailingConnections {
    private FailingConnections() {}

    /** A connector whose connections fail right after executing the batch of {@code insertInto}. */
    static Connector failingAfter(String url, String insertInto, boolean dropConnection) {
        return () -> wrap(java.sql.DriverManager.getConnection(url), insertInto, dropConnection);
    }

    private static Connection wrap(Connection real, String insertInto, boolean dropConnection) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith("INSERT INTO " + insertInto + " ")) {
                return failingStatement((PreparedStatement) result, real, dropConnection);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static PreparedStatement failingStatement(PreparedStatement real, Connection connection, boolean drop) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            if (method.getName().equals("executeBatch")) {
                if (drop) connection.close();
                throw new SQLException("injected failure after writing a batch");
            }
            return result;
        };
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
