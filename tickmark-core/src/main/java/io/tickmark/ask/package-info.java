/**
 * Reading a financial metric question in plain English (FinanceBench style) without a language
 * model: company, asked fiscal year and period shape, metric, a definition written in the question
 * translated into the formula language, requested unit and rounding, and what could not be read
 * ({@link io.tickmark.ask.QuestionParser}, {@link io.tickmark.ask.ParsedQuestion}).
 */
package io.tickmark.ask;
