/**
 * Evidence search: filings cut into passages that follow the document (paragraphs, whole tables with
 * their titles, section headings), a Lucene BM25 index on disk with page citations, filters by company,
 * document type and fiscal year, and the evidence evaluation against FinanceBench's gold pages.
 * {@link io.tickmark.search.SearchIndex} is the entry point; {@link io.tickmark.search.QuestionSearch}
 * reads company and year from a question typed in plain words.
 */
package io.tickmark.search;
