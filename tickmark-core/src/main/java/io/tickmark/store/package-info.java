/**
 * The persistent store of spreads and their ticked facts: an embedded H2 file database by default,
 * PostgreSQL for teams, the same schema (Flyway migrations under {@code db/migration}) on both.
 * {@link io.tickmark.store.FactStore} is the one entry point; everything else here is internal.
 */
package io.tickmark.store;
