package io.tickmark.search;

import io.tickmark.Tickmark;
import io.tickmark.document.Document;
import io.tickmark.sample.SampleReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The index on disk over the generated sample 10-K. */
class SearchIndexTest {
    @TempDir
    static Path samples;
    static Document doc;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSample() throws Exception {
        Path pdf = samples.resolve("northwind-10k.pdf");
        SampleReport.writeTo(pdf);
        doc = Tickmark.read(pdf);
    }

    @Test
    void adding_the_same_filing_twice_indexes_it_once() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            SearchIndex.Added first = index.add(doc);
            SearchIndex.Added again = index.add(doc);

            assertThat(first.added()).isTrue();
            assertThat(first.chunks()).isPositive();
            assertThat(again.added()).isFalse();
            assertThat(index.filings()).hasSize(1);
            assertThat(index.filings().get(0).company()).isEqualTo("NORTHWIND INSTRUMENTS CORPORATION");
        }
    }

    @Test
    void finds_the_cash_flow_statement_page_with_citation_and_marked_words() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(doc);
            List<Passage> found = index.search("cash flows from investing activities purchases", Filters.none(), 3);

            Passage best = found.get(0);
            assertThat(doc.page(best.page()).text()).containsIgnoringCase("cash flows");
            assertThat(best.fileName()).isEqualTo("northwind-10k.pdf");
            assertThat(best.snippet()).contains("**investing**");
            assertThat(best.pageIndex()).isEqualTo(best.page() - 1);
        }
    }

    @Test
    void filters_by_company_year_and_form() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(doc);
            int year = index.filings().get(0).fiscalYears().get(0);

            assertThat(index.search("revenue", new Filters("Northwind Instruments", "10-K", year), 5)).isNotEmpty();
            assertThat(index.search("revenue", new Filters("NWIN", null, null), 5)).isNotEmpty();
            assertThat(index.search("revenue", new Filters(null, null, year - 5), 5)).isEmpty();
            assertThat(index.search("revenue", new Filters(null, "10-Q", null), 5)).isEmpty();
        }
    }

    @Test
    void a_company_not_indexed_is_named_with_the_ones_that_are() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(doc);

            assertThatThrownBy(() -> index.search("revenue", Filters.none().withCompany("Contoso"), 5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no company named 'Contoso'").hasMessageContaining("NORTHWIND INSTRUMENTS CORPORATION");
        }
    }

    @Test
    void an_empty_query_or_one_of_common_words_is_refused() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(doc);

            assertThatThrownBy(() -> index.search("  ", Filters.none(), 5)).hasMessageContaining("empty");
            assertThatThrownBy(() -> index.search("the of and", Filters.none(), 5)).hasMessageContaining("no searchable words");
        }
    }

    @Test
    void an_index_built_with_other_settings_is_refused_until_rebuilt() throws Exception {
        IndexSettings other = IndexSettings.current().withAnalyzer(IndexSettings.ENGLISH);
        try (SearchIndex index = SearchIndex.recreate(dir, other)) {
            index.add(doc);
        }

        assertThatThrownBy(() -> SearchIndex.open(dir)).isInstanceOf(IndexMismatchException.class)
                .hasMessageContaining("analyzer english").hasMessageContaining("--rebuild");

        try (SearchIndex rebuilt = SearchIndex.recreate(dir, IndexSettings.current())) {
            assertThat(rebuilt.filings()).isEmpty();
            assertThat(rebuilt.add(doc).added()).isTrue();
        }
        try (SearchIndex reopened = SearchIndex.open(dir)) {
            assertThat(reopened.filings()).hasSize(1);
        }
    }

    @Test
    void a_question_finds_its_company_and_year_in_the_text() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(doc);
            int year = index.filings().get(0).fiscalYears().get(0);
            QuestionSearch.Result r = new QuestionSearch(index).search(
                    "What is the FY" + year + " capital expenditure amount (in USD millions) for Northwind Instruments? Round to two decimal places.", 5);

            assertThat(r.filters().company()).isEqualTo("NORTHWIND INSTRUMENTS CORPORATION");
            assertThat(r.filters().fiscalYear()).isEqualTo(year);
            assertThat(r.query()).doesNotContainIgnoringCase("round").doesNotContain("USD");
            assertThat(r.passages()).isNotEmpty();
        }
    }
}
