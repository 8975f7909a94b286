package io.tickmark.grid;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Yes only with a sentence that states it; no only with one that negates it; absence is "not found", never "no". */
class KeyTermJudgeTest {
    private final KeyTermJudge judge = new KeyTermJudge();

    private static EvidenceSource.Found passage(String text) {
        return new EvidenceSource.Found(new EvidenceSource.Filing("larkspur-10k.pdf", "a".repeat(64), "Larkspur Systems", "10-K",
                LocalDate.of(2023, 12, 31)), 14, "Item 1. Business", text, 3.0);
    }

    @Test
    void yes_quotes_the_sentence_that_states_every_key_term() {
        PassageJudge.Verdict v = judge.judge("Does Larkspur invest in nuclear energy?", "Larkspur Systems", true, List.of(
                passage("Our plants run on gas. In 2023 we made investments in nuclear energy projects in Ohio. Revenue grew.")));

        assertThat(v.outcome()).isEqualTo(PassageJudge.Outcome.YES);
        assertThat(v.quotes()).extracting(PassageJudge.Quote::sentence)
                .containsExactly("In 2023 we made investments in nuclear energy projects in Ohio.");
        assertThat(v.verified(List.of(passage("Our plants run on gas. In 2023 we made investments in nuclear energy projects in Ohio. Revenue grew.")))).isTrue();
    }

    @Test
    void terms_scattered_over_sentences_are_not_a_yes_and_absence_is_never_a_no() {
        PassageJudge.Verdict v = judge.judge("Does the company invest in nuclear energy?", "Larkspur Systems", true, List.of(
                passage("We invest in new stores. Energy costs rose. Nuclear regulation is discussed in Item 1A.")));

        assertThat(v.outcome()).isEqualTo(PassageJudge.Outcome.NOT_FOUND);
        assertThat(v.quotes()).isEmpty();
    }

    @Test
    void a_sentence_that_negates_it_is_a_no_with_the_quote() {
        PassageJudge.Verdict v = judge.judge("Does the company have operations in Russia?", "Larkspur Systems", true, List.of(
                passage("The Company does not have operations in Russia and has no employees there.")));

        assertThat(v.outcome()).isEqualTo(PassageJudge.Outcome.NO);
        assertThat(v.quotes()).hasSize(1);
    }

    @Test
    void a_negation_elsewhere_in_the_sentence_does_not_negate_the_key_terms() {
        PassageJudge.Verdict v = judge.judge("Does the company have a share repurchase program?", "Larkspur Systems", true, List.of(
                passage("The share repurchase program has no expiration date and does not obligate us to buy shares.")));

        assertThat(v.outcome()).isEqualTo(PassageJudge.Outcome.YES);
    }

    @Test
    void a_negation_reaches_the_key_term_over_light_words_only() {
        assertThat(judge.negated("We did not pay any dividends in 2022.", judge.keyTerms("Does the company pay a dividend?", null))).isTrue();
        assertThat(judge.negated("We do not anticipate paying cash dividends.", judge.keyTerms("Does the company pay a dividend?", null))).isTrue();
        assertThat(judge.negated("We do not use derivatives to hedge our foreign currency risk.",
                judge.keyTerms("Is the company exposed to foreign currency risk?", null))).isFalse();
    }

    @Test
    void sentences_that_state_it_and_deny_it_are_unclear() {
        PassageJudge.Verdict v = judge.judge("Does the company pay a dividend?", "Larkspur Systems", true, List.of(
                passage("The Board declared a quarterly dividend we pay in cash."),
                passage("We did not pay a dividend on preferred shares.")));

        assertThat(v.outcome()).isEqualTo(PassageJudge.Outcome.UNCLEAR);
        assertThat(v.quotes()).hasSize(2);
    }

    @Test
    void the_company_name_and_question_words_are_not_key_terms() {
        assertThat(judge.keyTerms("Does Larkspur Systems currently have a share repurchase program?", "Larkspur Systems"))
                .containsExactly("share", "repurchas", "program");
    }

    @Test
    void a_text_question_gets_the_best_sentence_quoted() {
        PassageJudge.Verdict v = judge.judge("Who is the company's independent auditor?", "Larkspur Systems", false, List.of(
                passage("Fees were lower. Ernst & Young LLP served as our independent auditor since 2004.")));

        assertThat(v.outcome()).isEqualTo(PassageJudge.Outcome.TEXT);
        assertThat(v.text()).isEqualTo("Ernst & Young LLP served as our independent auditor since 2004.");
    }

    @Test
    void a_verdict_whose_quote_is_not_in_the_passage_is_not_verified() {
        PassageJudge.Verdict invented = new PassageJudge.Verdict(PassageJudge.Outcome.YES, null,
                List.of(new PassageJudge.Quote(0, "We build nuclear reactors.")), "a model said so");

        assertThat(invented.verified(List.of(passage("We build gas turbines.")))).isFalse();
    }
}
