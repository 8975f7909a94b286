package io.tickmark.llm;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NumberCheckerTest {
    private static final String PASSAGE = "Purchases of property, plant and equipment (1,577) (1,373). Net sales rose 3.5% to $32,765 million.";

    @Test
    void aFigureCopiedFromThePassageIsSupported() {
        NumberChecker.Check c = NumberChecker.of(List.of(PASSAGE), List.of()).check("Capital expenditure was $1,577 million [1].");
        assertThat(c.clean()).isTrue();
        assertThat(c.supported()).extracting(NumberChecker.Figure::text).containsExactly("$1,577 million");
    }

    @Test
    void roundedAndRescaledFiguresAreSupported() {
        NumberChecker checker = NumberChecker.of(List.of(PASSAGE), List.of());
        assertThat(checker.check("about $1.6 billion [1]").clean()).isTrue();
        assertThat(checker.check("sales of $32.8 billion, up 3.5% [1]").clean()).isTrue();
        assertThat(checker.check("a 4% rise [1]").clean()).isTrue();
    }

    @Test
    void anInventedFigureIsUnsupported() {
        NumberChecker.Check c = NumberChecker.of(List.of(PASSAGE), List.of()).check("Capex was $1,812 million, up 7.2% [1].");
        assertThat(c.unsupported()).extracting(NumberChecker.Figure::text).containsExactly("$1,812 million", "7.2%");
    }

    @Test
    void aStoredFactSupportsAFigureNoPassagePrints() {
        NumberChecker checker = NumberChecker.of(List.of(PASSAGE), List.of(new BigDecimal("5363")));
        assertThat(checker.check("net income of 5,363 [1]").clean()).isTrue();
    }

    @Test
    void citationMarkersAreNotFigures() {
        assertThat(NumberChecker.figures("as shown [2] and [3, 4]")).isEmpty();
    }

    @Test
    void tooRoughARoundingIsNotAMatch() {
        assertThat(NumberChecker.of(List.of("revenue of 1,577"), List.of()).check("revenue of 1,600 [1]").clean()).isFalse();
    }

    @Test
    void a_figure_matched_at_another_scale_may_not_be_written_more_precisely_than_its_source() {
        NumberChecker checker = new NumberChecker(List.of(new BigDecimal("4"), new BigDecimal("1577")));

        assertThat(checker.check("4,000.0").clean()).as("4 is not 4,000.0").isFalse();
        assertThat(checker.check("4 thousand").clean()).isTrue();
        assertThat(checker.check("$1,577 million").clean()).as("a table's 1,577 in millions").isTrue();
        assertThat(checker.check("1.6 billion").clean()).as("rounded the way it is written").isTrue();
    }
}
