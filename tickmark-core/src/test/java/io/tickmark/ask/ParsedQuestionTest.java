package io.tickmark.ask;

import io.tickmark.ask.ParsedQuestion.AnswerUnit;
import io.tickmark.ask.ParsedQuestion.Scale;
import io.tickmark.ask.ParsedQuestion.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParsedQuestionTest {
    @Test
    void scale_without_money_is_rejected_naming_both() {
        assertThatThrownBy(() -> new ParsedQuestion("q", List.of(), 2020, Shape.SINGLE, Map.of(), null, "roa", null, List.of(),
                AnswerUnit.PERCENT, Scale.MILLIONS, null, List.of(), List.of()))
                .hasMessageContaining("MILLIONS").hasMessageContaining("PERCENT");
    }

    @Test
    void mean_without_n_is_rejected() {
        assertThatThrownBy(() -> new ParsedQuestion("q", List.of(), 2020, Shape.MEAN, Map.of(), null, "roa", null, List.of(),
                null, null, null, List.of(), List.of())).hasMessageContaining("needs a parameter n");
    }

    @Test
    void a_question_with_problems_has_no_expression_even_with_a_metric() {
        ParsedQuestion p = new ParsedQuestion("q", List.of("X"), 2020, Shape.SINGLE, Map.of(), "roa", "roa", null, List.of(),
                null, null, 2, List.of("metric 'roa'"), List.of("words not understood in the question: 'europe'"));
        assertThat(p.understood()).isFalse();
        assertThat(p.expression()).isNull();
        assertThat(p.explanation()).isEqualTo("I can't parse this as a metric question: found metric 'roa'; but words not understood in the question: 'europe'");
    }
}
