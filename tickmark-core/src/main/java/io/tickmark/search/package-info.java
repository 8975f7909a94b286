/**
 * Evidence search: filings cut into passages that follow the document (paragraphs, whole tables with
 * their titles, section headings), a Lucene BM25 index on disk with page citations, filters by company,
 * document type and fiscal year, and the evidence evaluation against FinanceBench's gold pages.
 * {@link io.tickmark.search.SearchIndex} is the entry point; {@link io.tickmark.search.QuestionSearch}
 * reads company and year from a question typed in plain words and turns what it says about where the answer
 * is printed into {@link io.tickmark.search.Priors}: factors on statement pages, section headings
 * ({@code section-priors.csv}), forms and the company's latest filings, never filters.
 * {@link io.tickmark.search.Filing} identifies filings without a cover (earnings releases) by their content.
 * <p>
 * The index is derived data. A filing is searchable by keywords as soon as {@link io.tickmark.search.SearchIndex#add}
 * returns; with an embedding model its passages wait for their vectors ({@link io.tickmark.search.SearchIndex#pendingVectors}),
 * which {@link io.tickmark.search.SearchIndex#embedPending} adds in batches that can be stopped and resumed: the
 * index stays valid if the process dies meanwhile. {@link io.tickmark.search.IndexRebuild} builds it again from the
 * files of the stored documents into a folder beside it and swaps it in only when complete.
 */
package io.tickmark.search;
