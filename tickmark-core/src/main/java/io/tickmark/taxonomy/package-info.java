/**
 * The standard chart of accounts as data: concepts with English and Chinese labels, synonyms, sign,
 * subtotal structure and US-GAAP element names, loaded from an editable CSV file
 * ({@link io.tickmark.taxonomy.Taxonomy}), and the mapping of printed statement rows to those
 * concepts ({@link io.tickmark.taxonomy.ConceptMapper}).
 */
package io.tickmark.taxonomy;
