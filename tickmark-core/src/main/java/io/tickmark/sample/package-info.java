/**
 * Realistic sample 10-K PDFs of fictitious companies, with the exact truth they print.
 *
 * <p>The demo runs on a fresh machine without real filings, and golden-file tests of PDF
 * statement extraction need documents whose every value is known. {@link io.tickmark.sample.SampleReport}
 * writes such a PDF, decoy pages and layout traps included, and returns a
 * {@link io.tickmark.sample.SampleTruth} naming each printed line, its page, concept and values.
 */
package io.tickmark.sample;
