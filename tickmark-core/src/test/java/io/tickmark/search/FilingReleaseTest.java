package io.tickmark.search;

import io.tickmark.document.Document;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Filings without a cover (earnings releases) are still told apart by company, form and year, and questions carry priors. */
class FilingReleaseTest {
    @TempDir
    Path dir;

    private static Document release(String file, String headline, String dateline) throws Exception {
        return TextDocs.of(file, List.of(List.of("FOR IMMEDIATE RELEASE", headline, dateline,
                "Net sales of $1,200 million and adjusted EBITDA of $300 million for the year.")));
    }

    @Test
    void a_release_is_named_by_the_issuer_and_symbol_it_prints_and_dated_by_its_headline() throws Exception {
        Document doc = release("q4.pdf", "Acme Widgets Reports Fourth Quarter and Full Year 2022 Results",
                "Springfield, Ohio - Acme Widgets Corporation (NYSE: ACW) today reported results for the quarter.");

        Filing f = Filing.of(doc);

        assertThat(f.company()).isEqualTo("Acme Widgets Corporation");
        assertThat(f.tickers()).contains("ACW");
        assertThat(f.documentType()).isEqualTo(Filing.RELEASE);
        assertThat(f.fiscalYears()).contains(2022);
        assertThat(f.interim()).isTrue();
    }

    @Test
    void a_release_without_a_date_is_kept_by_the_year_filter_through_its_headline_year() throws Exception {
        Document doc = TextDocs.of("fy.pdf", List.of(List.of("Acme reports fiscal 2023 results and provides outlook for fiscal 2024",
                "Adjusted EBITDA of $2,000 million for fiscal 2023, in line with guidance.")));
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(doc);
            assertThat(index.filings().get(0).fiscalYears()).contains(2023);
            assertThat(index.search("adjusted EBITDA", new Filters(null, null, 2023), 3)).isNotEmpty();
            assertThat(index.search("adjusted EBITDA", new Filters(null, null, 2019), 3)).isEmpty();
        }
    }

    @Test
    void a_release_read_before_its_company_annual_report_is_found_under_that_company_by_its_symbol() throws Exception {
        Document release = TextDocs.of("a-release.pdf", List.of(List.of("FOR IMMEDIATE RELEASE",
                "2022 Fourth-Quarter sales growth of 4% (ACW: NYSE) and adjusted EPS of $2.10",
                "Springfield, Ohio - The company (NYSE: ACW) today announced results for the fourth quarter of 2022.")));
        Document annual = TextDocs.of("b-annual.pdf", List.of(List.of("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "FORM 10-K",
                "For the fiscal year ended December 31, 2022", "ACME WIDGETS CORPORATION",
                "(Exact name of registrant as specified in its charter)", "Common Stock ACW New York Stock Exchange")));
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(release);
            index.add(annual);
            assertThat(index.filings()).extracting(Filing::company).containsExactly("Unknown company", "ACME WIDGETS CORPORATION");
            assertThat(index.filings()).allSatisfy(f -> assertThat(f.tickers()).contains("ACW"));
            List<Passage> found = index.search("fourth quarter sales growth adjusted EPS", new Filters("Acme Widgets", null, null), 5);
            assertThat(found).extracting(Passage::fileName).contains("a-release.pdf");
        }
    }

    @Test
    void a_cover_without_the_name_in_its_text_takes_the_name_the_report_uses_for_itself() throws Exception {
        Document doc = TextDocs.of("10k.pdf", List.of(
                List.of("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "FORM 10-K", "For the fiscal year ended December 31, 2017",
                        "(Exact name of Registrant as specified in its charter)"),
                List.of("In this report, the terms \"The Fizz Drinks Company,\" \"Company,\" \"we\" mean The Fizz Drinks Company and its subsidiaries.",
                        "Our Company sells beverages. Our Company has bottlers.")));

        assertThat(Filing.of(doc).company()).isEqualTo("The Fizz Drinks Company");
    }

    @Test
    void a_heading_with_a_dash_after_the_item_number_is_a_section() {
        assertThat(Sections.heading("Item 1. - Business")).isEqualTo("Item 1. Business");
        assertThat(Sections.heading("Item 1A. — Risk Factors")).isEqualTo("Item 1A. Risk Factors");
    }

    @Test
    void a_question_naming_a_statement_a_quarter_or_risks_sets_priors_on_pages_sections_and_forms() {
        Priors named = QuestionSearch.priors("Using the cash flow statement, what is the FY2021 capex?", Set.of(StatementType.BALANCE_SHEET));
        assertThat(named.statement("CASH_FLOW")).isEqualTo(QuestionSearch.NAMED_STATEMENT_BOOST);
        assertThat(named.statement("BALANCE_SHEET")).isEqualTo(QuestionSearch.NEEDED_STATEMENT_BOOST);
        assertThat(named.form("10-Q")).isLessThan(1f);
        assertThat(named.form("10-K")).isEqualTo(1f);

        Priors quarter = QuestionSearch.priors("Did the company pay dividends in Q2 of FY2022?", Set.of());
        assertThat(quarter.form("10-Q")).isGreaterThan(1f);
        assertThat(quarter.form(Filing.RELEASE)).isGreaterThan(1f);

        Priors risk = QuestionSearch.priors("What are the main risks the company faces?", Set.of());
        assertThat(risk.section("Item 1A. Risk Factors")).isGreaterThan(1f);
        assertThat(risk.section("Item 7. Management's Discussion and Analysis")).isEqualTo(1f);
    }

    @Test
    void a_page_continuing_a_note_ranks_for_the_words_of_the_note_heading() throws Exception {
        Document other = TextDocs.of("a-other.pdf", List.of(List.of("The court ruled on the appeal of the supplier in March.")));
        Document notes = TextDocs.of("b-notes.pdf", List.of(
                List.of("Note 21 - Legal Proceedings", "Various claims and investigations are pending against us."),
                List.of("The court ruled on the appeal of the supplier in March.")));
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(other);
            index.add(notes);
            List<Passage> found = index.search("legal proceedings court appeal supplier", Filters.none(), 3);
            List<String> order = found.stream().map(Passage::cite).toList();
            assertThat(order).contains("b-notes.pdf p.2", "a-other.pdf p.1");
            assertThat(order.indexOf("b-notes.pdf p.2")).isLessThan(order.indexOf("a-other.pdf p.1"));
            assertThat(found.get(order.indexOf("b-notes.pdf p.2")).section()).contains("Legal Proceedings");
        }
    }
}
