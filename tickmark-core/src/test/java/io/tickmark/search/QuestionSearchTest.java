package io.tickmark.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a typed question into a query and a year. */
class QuestionSearchTest {
    @Test
    void the_year_is_the_latest_one_written_in_any_common_form() {
        assertThat(QuestionSearch.year("What is the FY2015 - FY2017 3 year average net margin?")).isEqualTo(2017);
        assertThat(QuestionSearch.year("Did it grow its PP&E between FY20 and FY21?")).isEqualTo(2021);
        assertThat(QuestionSearch.year("As of Q2'2023, is it spinning off a segment?")).isEqualTo(2023);
        assertThat(QuestionSearch.year("Is the business cyclical?")).isNull();
    }

    @Test
    void instructions_to_the_answerer_are_dropped_and_a_named_statement_adds_its_title() {
        String q = QuestionSearch.query("What is the FY2018 capital expenditure amount (in USD millions) for Acme? "
                + "Give a response to the question by relying on the details shown in the cash flow statement.", List.of());

        assertThat(q).contains("capital expenditure", "2018").doesNotContain("USD", "response", "FY");
    }

    @Test
    void a_short_fiscal_year_is_searched_as_the_four_digit_year_filings_print() {
        String q = QuestionSearch.query("Did Acme grow its PP&E between FY20 and FY'21?", List.of());

        assertThat(q).contains("2020", "2021").doesNotContainPattern("(?<!\\d)2[01](?!\\d)");
    }

    @Test
    void a_quarter_is_searched_as_filings_write_it() {
        assertThat(QuestionSearch.query("Which category grew the most in Q2 of FY2024?", List.of())).contains("second quarter", "2024").doesNotContain("Q2");
        assertThat(QuestionSearch.query("How did 4Q sales compare?", List.of())).contains("fourth quarter");
    }

    @Test
    void a_named_statement_or_metric_brings_its_statement_pages_and_line_names() {
        QueryExpansion.Expanded e = QueryExpansion.standard().expand("What is the FY2018 capital expenditure amount? Rely on the cash flow statement.");
        assertThat(e.statements()).contains(io.tickmark.statement.StatementType.CASH_FLOW);
        assertThat(e.terms()).containsIgnoringCase("purchases of property");

        QueryExpansion.Expanded margin = QueryExpansion.standard().expand("Does the company have an improving gross margin profile?");
        assertThat(margin.statements()).contains(io.tickmark.statement.StatementType.INCOME_STATEMENT);

        assertThat(QueryExpansion.standard().expand("Who is the new chief executive?").statements()).isEmpty();
    }

    @Test
    void analysts_shorthand_brings_the_words_filings_print() {
        assertThat(QueryExpansion.standard().expand("Does the new CEO have previous experience?").terms()).contains("chief executive officer");
        assertThat(QueryExpansion.standard().expand("Which region had the worst topline performance?").terms()).contains("revenues", "net sales");
        assertThat(QueryExpansion.standard().expand("How did US sales growth compare?").terms()).contains("U.S.");
        // filings say who pays them as where they "derive revenues from" (airlines, a government, bottlers, members)
        assertThat(QueryExpansion.standard().expand("Who are the primary customers?").terms()).contains("derive revenues");
        // "us" the pronoun is not the country, and CFO is cash from operations in the metric catalog, not an officer
        assertThat(QueryExpansion.standard().expand("Tell us about sales growth").terms()).doesNotContain("U.S.");
        assertThat(QueryExpansion.standard().expand("What is the CFO for FY2022?").terms()).doesNotContain("chief financial officer");
    }

    @Test
    void a_question_in_shorthand_finds_the_page_that_spells_it_out(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(io.tickmark.search.TextDocs.of("acme-8k.pdf", List.of(
                    List.of("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "FORM 8-K", "ACME WIDGETS CORPORATION",
                            "(Exact name of registrant as specified in its charter)"),
                    List.of("Item 5.02. Departure of Directors or Certain Officers",
                            "Jane Roe, formerly Chief Executive Officer of Gadget Stores, was appointed President and Chief Executive Officer."),
                    List.of("Exhibit 10.1 Letter agreement",
                            "The new agreement replaces the previous agreement. Experience shows that a new agreement helps the transition."))));
            QuestionSearch.Result r = new QuestionSearch(index).search("Does Acme Widgets' new CEO have previous CEO experience?", 5);

            assertThat(r.passages().get(0).text()).as("the appointment page, which writes Chief Executive Officer").contains("was appointed");
        }
    }

    @Test
    void a_company_the_question_names_that_is_not_indexed_is_named_first_in_the_notes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(FilingPeriodTest.annual("acme-10k.pdf", "For the fiscal year ended December 31, 2022", "February 7, 2023"));
            QuestionSearch search = new QuestionSearch(index);

            QuestionSearch.Result other = search.search("What drove net sales at Foot Locker in FY2022?", 5);
            QuestionSearch.Result known = search.search("What drove net sales at Acme Widgets in FY2022?", 5);
            QuestionSearch.Result none = search.search("What drove net sales in FY2022?", 5);

            assertThat(other.unknownCompany()).isEqualTo("Foot Locker");
            assertThat(other.notes().get(0)).startsWith("Foot Locker is not in the search index").contains("ACME WIDGETS CORPORATION");
            assertThat(known.unknownCompany()).isNull();
            assertThat(none.unknownCompany()).as("a question naming no company searches them all").isNull();
            assertThat(none.notes()).anySatisfy(n -> assertThat(n).contains("searched all companies"));
            assertThat(search.search("If we exclude the impact of M&A, which segment dragged down growth in 2022?", 5).unknownCompany())
                    .as("an abbreviation of the trade is no company").isNull();
        }
    }

    @Test
    void a_form_the_question_names_ranks_filings_of_that_form_higher() {
        Priors annual = QuestionSearch.priors("Which companies were acquired, as mentioned in this 10K report?", Set.of());
        Priors release = QuestionSearch.priors("What did the earnings release say about margins?", Set.of());
        Priors none = QuestionSearch.priors("What drove margins?", Set.of());

        assertThat(annual.form("10-K")).isGreaterThan(1f);
        assertThat(annual.form("8-K")).isEqualTo(1f);
        assertThat(release.form("8-K")).isGreaterThan(1f);
        assertThat(release.form("10-K")).isEqualTo(1f);
        assertThat(none.form("10-K")).isEqualTo(1f);
    }

    @Test
    void trade_abbreviations_and_dates_are_not_company_names() {
        assertThat(QuestionSearch.nameLike("M&A")).isFalse();
        assertThat(QuestionSearch.nameLike("SG&A")).isFalse();
        assertThat(QuestionSearch.nameLike("August 30")).isFalse();
        assertThat(QuestionSearch.nameLike("Foot Locker")).isTrue();
        // the price of the rule: AT&T reads like M&A, so a question about it, when it is not indexed, gets the general note
        assertThat(QuestionSearch.nameLike("AT&T")).isFalse();
    }

    @Test
    void the_quarter_or_half_a_question_names_is_read_by_the_metric_parser_rules() {
        assertThat(QuestionSearch.period("Does it have a healthy quick ratio for Q2 of FY2023?")).isEqualTo(FiscalPeriod.Q2);
        assertThat(QuestionSearch.period("As of Q2'2023, is it spinning off any large business segments?")).isEqualTo(FiscalPeriod.Q2);
        assertThat(QuestionSearch.period("What were sales in the third quarter of fiscal 2023?")).isEqualTo(FiscalPeriod.Q3);
        assertThat(QuestionSearch.period("How did 4Q sales compare?")).isEqualTo(FiscalPeriod.Q4);
        assertThat(QuestionSearch.period("Which debt received the largest investment in H1 FY2023?")).isEqualTo(FiscalPeriod.H1);
        assertThat(QuestionSearch.period("What drove the operating margin change as of FY2022?")).isNull();
    }

    @Test
    void a_named_quarter_ranks_the_filing_reporting_on_it_first_and_keeps_the_others(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            // the first quarter's report first: with the same words on both, only the period tells them apart
            index.add(FilingPeriodTest.annual("acme-10k.pdf", "For the fiscal year ended December 31, 2022", "February 7, 2023"));
            index.add(FilingPeriodTest.quarterly("acme-q1.pdf", "For the quarterly period ended March 31, 2022",
                    "Three Months Ended March 31, 2022 March 31, 2021", "April 29, 2022"));
            index.add(FilingPeriodTest.quarterly("acme-q2.pdf", "For the quarterly period ended June 30, 2022",
                    "Three Months Ended Six Months Ended June 30, 2022 June 30, 2021", "July 29, 2022"));
            QuestionSearch search = new QuestionSearch(index);

            QuestionSearch.Result quarter = search.search("What were Acme Widgets net sales in Q2 of FY2022?", 5);
            QuestionSearch.Result year = search.search("What were Acme Widgets net sales in FY2022?", 5);

            assertThat(quarter.passages().get(0).fileName()).isEqualTo("acme-q2.pdf");
            assertThat(quarter.passages()).extracting(Passage::fileName).contains("acme-q1.pdf", "acme-10k.pdf");
            assertThat(quarter.filters().period()).as("a factor, not a filter").isNull();
            assertThat(quarter.notes()).anySatisfy(n -> assertThat(n).contains("Q2", "1 filing"));
            assertThat(year.passages().get(0).fileName()).isEqualTo("acme-10k.pdf");
        }
    }
}
