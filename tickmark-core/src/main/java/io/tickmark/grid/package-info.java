/**
 * Research grids: many companies × many questions, every cell answered with its citations. Metric cells go
 * through the metric engine ({@link io.tickmark.ask.Asker}, the same answers as {@code tickmark ask}); free-text
 * cells through the evidence index behind {@link io.tickmark.grid.EvidenceSource}, judged without a language
 * model by {@link io.tickmark.grid.KeyTermJudge} ("yes" only with a sentence that states it, never "no" from
 * absence alone). {@link io.tickmark.grid.Grid} runs the cells on a bounded pool over one shared store and index;
 * {@link io.tickmark.grid.Grid#cell} answers a single cell for a server endpoint. Point in time:
 * {@link io.tickmark.grid.PointInTime} keeps only documents filed on or before an as-of date and flags stale cells.
 * Writers: {@link io.tickmark.grid.GridXlsx} (answers with comments and links to an Evidence sheet; a template
 * workbook filled in place), {@link io.tickmark.grid.GridCsv}, {@link io.tickmark.grid.GridJson}.
 */
package io.tickmark.grid;
