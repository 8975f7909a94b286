package io.tickmark.ask;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyResolverTest {
    private final CompanyResolver resolver = new CompanyResolver(List.of(
            "NORTHWIND INSTRUMENTS CORPORATION", "Wind-Row Foods, Inc.", "Windrow Foods Inc.", "Halvorsen Brands Co.",
            "The Osprey-Lane Company", "Tern Hospitality REIT, Inc.", "Tern Inc."));

    @Test
    void matches_a_cover_page_name_without_case_punctuation_or_legal_suffix() {
        assertThat(resolver.resolve(List.of("Northwind Instruments")).companies()).containsExactly("NORTHWIND INSTRUMENTS CORPORATION");
        assertThat(resolver.resolve(List.of("Osprey Lane")).companies()).containsExactly("The Osprey-Lane Company");
    }

    @Test
    void a_company_renamed_or_respelled_over_the_years_is_one_company() {
        assertThat(resolver.resolve(List.of("Windrow Foods")).companies())
                .containsExactlyInAnyOrder("Wind-Row Foods, Inc.", "Windrow Foods Inc.");
    }

    @Test
    void a_former_name_given_in_the_question_also_matches() {
        assertThat(resolver.resolve(List.of("Kestrel", "Halvorsen")).companies()).containsExactly("Halvorsen Brands Co.");
    }

    @Test
    void an_exact_name_wins_over_longer_names_that_start_with_it() {
        assertThat(resolver.resolve(List.of("Tern")).companies()).containsExactly("Tern Inc.");
    }

    @Test
    void a_mention_matches_a_longer_name_only_at_word_boundaries() {
        CompanyResolver r = new CompanyResolver(List.of("Metallus Inc.", "QRS R ESORTS I NTERNATIONAL"));
        assertThat(r.resolve(List.of("Meta")).resolved()).isFalse();
        assertThat(r.resolve(List.of("QRS Resorts")).companies()).containsExactly("QRS R ESORTS I NTERNATIONAL");
    }

    @Test
    void an_unknown_company_says_so() {
        CompanyResolver.Resolution r = resolver.resolve(List.of("Larkspur"));
        assertThat(r.resolved()).isFalse();
        assertThat(r.problem()).contains("no company named Larkspur");
    }

    @Test
    void a_prefix_shared_by_two_companies_is_ambiguous() {
        CompanyResolver.Resolution r = new CompanyResolver(List.of("Northwind Instruments Corp.", "Northwind Foods Inc."))
                .resolve(List.of("Northwind"));
        assertThat(r.resolved()).isFalse();
        assertThat(r.problem()).contains("ambiguous").contains("Northwind Instruments Corp.", "Northwind Foods Inc.");
    }
}
