package io.tickmark.llm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CitedAnswererTest {
    private static final List<CitedAnswerer.Source> SOURCES = List.of(
            new CitedAnswerer.Source("A_2022_10K.pdf p.12", "We are a leader in packaging for food and beverage products."),
            new CitedAnswerer.Source("A_2022_10K.pdf p.50", "Net sales were $14,694 million in fiscal 2023 and $14,544 million in fiscal 2022."));

    private static CitedAnswerer answering(String reply) {
        return new CitedAnswerer(new LanguageModel() {
            @Override
            public String describe() {
                return "fake";
            }

            @Override
            public String complete(String system, String user) {
                assertThat(user).contains("[1] (A_2022_10K.pdf p.12)").contains("[2] (A_2022_10K.pdf p.50)").contains("Question: q");
                return reply;
            }
        });
    }

    @Test
    void aCitedAnswerWithCopiedFiguresIsAnswered() {
        CitedAnswerer.CitedAnswer a = answering("Net sales grew to $14,694 million from $14,544 million [2].").answer("q", SOURCES, List.of());
        assertThat(a.status()).isEqualTo(CitedAnswerer.Status.ANSWERED);
        assertThat(a.citations()).containsExactly(2);
    }

    @Test
    void anAnswerWithoutCitationIsRefused() {
        CitedAnswerer.CitedAnswer a = answering("Net sales grew to $14,694 million.").answer("q", SOURCES, List.of());
        assertThat(a.status()).isEqualTo(CitedAnswerer.Status.NO_CITATION);
        assertThat(a.message()).contains("cites none");
    }

    @Test
    void citingAPassageThatWasNotGivenIsNoCitation() {
        assertThat(answering("See [7].").answer("q", SOURCES, List.of()).status()).isEqualTo(CitedAnswerer.Status.NO_CITATION);
    }

    @Test
    void aNumberOnlyInAnUncitedPassageIsFlagged() {
        CitedAnswerer.CitedAnswer a = answering("Sales were $14,694 million [1].").answer("q", SOURCES, List.of());
        assertThat(a.status()).isEqualTo(CitedAnswerer.Status.UNSUPPORTED_NUMBERS);
        assertThat(a.marked()).contains("⚠[$14,694 million: not in the cited passages or facts]");
    }

    @Test
    void aModelFailureIsReportedNotThrown() {
        CitedAnswerer answerer = new CitedAnswerer(new LanguageModel() {
            @Override
            public String describe() {
                return "fake";
            }

            @Override
            public String complete(String system, String user) {
                throw new LanguageModelException(LanguageModelException.Kind.TIMEOUT, "the language model fake did not answer within 1 s", null);
            }
        });
        CitedAnswerer.CitedAnswer a = answerer.answer("q", SOURCES, List.of());
        assertThat(a.status()).isEqualTo(CitedAnswerer.Status.FAILED);
        assertThat(a.message()).contains("did not answer");
    }
}
