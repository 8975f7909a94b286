/**
 * Honest measurement of Tickmark against real filings: the spreading accuracy evaluation against
 * SEC XBRL truth ({@link io.tickmark.eval.SpreadingEval}), statement coverage over folders without
 * truth, and the speed benchmark against plain PDFBox text extraction
 * ({@link io.tickmark.eval.SpreadBench}). Reports print a fixed-width table for people and one JSON
 * line for machines.
 */
package io.tickmark.eval;
