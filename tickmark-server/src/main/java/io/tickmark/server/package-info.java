/**
 * The Tickmark server: a thin HTTP shell over tickmark-core (which stays free of web dependencies).
 *
 * <ul>
 *   <li>{@link io.tickmark.server.TickmarkServer} wires Javalin: the {@code /v1} JSON API (handlers in {@code Api}),
 *       {@code /openapi.json} (hand-written, a test checks it lists exactly the registered routes) and the web UI
 *       (static files in {@code resources/io/tickmark/server/web}: plain HTML, CSS and JavaScript, English and
 *       Chinese).</li>
 *   <li>{@link io.tickmark.server.ServerConfig}: defaults, a properties file, environment, options; printed without secrets.</li>
 *   <li>{@link io.tickmark.server.AccessKeys}: API keys (hashed on disk), each opening one workspace as one user.
 *       {@code Workspaces} gives each workspace a database of its own (H2 file, or a PostgreSQL schema), its own
 *       search index and uploads folder, so isolation does not depend on every query remembering a filter.</li>
 *   <li>{@code Jobs}: ingestion and grids off the request threads on a bounded pool, polled with progress.</li>
 *   <li>{@code PageImages}: the source page rendered by PDFBox with the fact's printed value boxed; cached.</li>
 *   <li>Corrections are {@link io.tickmark.store.OverrideStore} rows (migration V4) beside the facts, never
 *       rewriting them; {@code CorrectedFactStore} puts them in force for the metric engine.</li>
 * </ul>
 * {@code /v1/cell} answers through the workspace's {@link io.tickmark.grid.Grid} (built once, dropped on any change);
 * grid jobs run {@code Grid.start} on the job pool; the credit memo is written on the spot by
 * {@link io.tickmark.credit.memo.MemoWriter} from the workspace's facts with the corrections in force.
 */
package io.tickmark.server;
