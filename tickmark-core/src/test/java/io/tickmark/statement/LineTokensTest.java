package io.tickmark.statement;

import io.tickmark.document.TextLine;
import io.tickmark.document.Word;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineTokensTest {

    /** Words laid left to right, 40 points apart. */
    private static TextLine line(String... words) {
        List<Word> ws = new ArrayList<>();
        float x = 30;
        for (String w : words) {
            ws.add(new Word(w, x, x + 6 * w.length(), 100, 110, 9, false));
            x += 6 * w.length() + 40;
        }
        return new TextLine(0, 100, 110, ws);
    }

    @Test
    void splits_label_from_trailing_numbers_dropping_dollar_signs() {
        LineTokens t = LineTokens.of(line("Total", "assets", "$", "36,500", "$", "(37,987)"));
        assertThat(t.labelText()).isEqualTo("Total assets");
        assertThat(t.values()).extracting(LineTokens.Value::raw).containsExactly("36,500", "(37,987)");
        assertThat(t.values().get(1).value()).isEqualByComparingTo("-37987");
    }

    @Test
    void joins_parentheses_printed_apart_from_their_number() {
        LineTokens t = LineTokens.of(line("Capital", "expenditures", "(", "1,577", ")"));
        assertThat(t.values()).singleElement().extracting(LineTokens.Value::value).isEqualTo(new java.math.BigDecimal("-1577"));
    }

    @Test
    void a_day_after_a_month_is_part_of_the_label() {
        LineTokens t = LineTokens.of(line("fiscal", "years", "ended", "June", "30"));
        assertThat(t.values()).isEmpty();
        assertThat(t.labelText()).endsWith("June 30");
    }

    @Test
    void a_word_that_starts_like_a_month_does_not_swallow_the_value() {
        LineTokens t = LineTokens.of(line("Gross", "margin", "170,782"));
        assertThat(t.values()).extracting(LineTokens.Value::raw).containsExactly("170,782");
    }
}
