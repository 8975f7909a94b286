package io.tickmark.search;

import org.junit.jupiter.api.Test;

import java.util.List;

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
}
