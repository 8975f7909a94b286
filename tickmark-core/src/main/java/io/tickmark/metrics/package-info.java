/**
 * Metrics answered from spread facts: an editable catalog of named metrics ({@link io.tickmark.metrics.MetricCatalog}),
 * the small formula language they are written in ({@link io.tickmark.metrics.Formula}), and its evaluation over
 * facts for one fiscal year into a value with its derivation, every input ticked to its page
 * ({@link io.tickmark.metrics.Evaluation}). An evaluation that cannot be trusted carries no value.
 *
 * <p>The formula language: {@code + - * /}, unary minus, parentheses, numbers, and names (taxonomy concept
 * ids first, catalog metric ids second) with an optional year offset ({@code inventory@-1} is the year
 * before the one asked). Functions: {@code avg(x)} = (x + x@-1) / 2, {@code change(x)} = x - x@-1,
 * {@code growth(x)} = x / x@-1 - 1, {@code cagr(x, n)} = (x / x@-n)^(1/n) - 1, {@code mean(x, n)} =
 * (x + x@-1 + ... + x@-(n-1)) / n, {@code abs(x)}. An offset or a function applies to everything inside,
 * metric references included. Values are as printed, so outflows such as capex are negative and
 * formulas that need a magnitude take {@code abs()}.
 *
 * <p>The year count of cagr and mean is either a number ({@code mean(capex, 3)}) or a parameter name,
 * by convention {@code n} ({@code revenue_cagr} is {@code cagr(revenue, n)}). The caller supplies
 * parameters with each evaluation, read from the question ("3-year revenue CAGR" gives {@code n = 3});
 * a parameter not supplied is a problem of the evaluation, not a default.
 *
 * <p>Growth from a zero or negative base, and compound growth from a non-positive start, have no
 * answer: they are problems, as is division by zero.
 */
package io.tickmark.metrics;
