package io.tickmark.store;

/**
 * The store could not be opened, read or written. The message names the database (its JDBC URL
 * with any password masked) and what went wrong; the cause is always kept.
 */
public class FactStoreException extends RuntimeException {
    public FactStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
