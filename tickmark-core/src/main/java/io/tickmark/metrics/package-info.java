/**
 * Metrics answered from spread facts: an editable catalog of named metrics ({@link io.tickmark.metrics.MetricCatalog}),
 * the small formula language they are written in ({@link io.tickmark.metrics.Formula}), and its evaluation over
 * facts for one fiscal year into a value with its derivation, every input ticked to its page
 * ({@link io.tickmark.metrics.Evaluation}). An evaluation that cannot be trusted carries no value.
 */
package io.tickmark.metrics;
