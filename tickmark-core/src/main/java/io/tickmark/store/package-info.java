/**
 * The persistent store of spreads and their ticked facts: an embedded H2 file database by default,
 * PostgreSQL for teams, the same schema (Flyway migrations under {@code db/migration}) on both.
 * {@link io.tickmark.store.FactStore} is the one entry point; everything else here is internal.
 * With a spread it keeps what the text scan found in the document (going concern, audit opinion, material
 * weakness), written in the same transaction; "scanned, nothing found" and "never scanned" (stored before
 * that, or saved without it) are told apart, so a credit memo never takes an unread report as clean.
 */
package io.tickmark.store;
