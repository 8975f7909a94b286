package io.tickmark.statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5,363|5363",
            "(1,577)|-1577",
            "$ (1,577)|-1577",
            "$5,363|5363",
            "—|0",
            "-|0",
            "–|0",
            "(0.45)|-0.45",
            "2.31|2.31",
            "-12|-12",
            "12.5%|12.5",
            "(1,234|-1234",
            "1 234 567|1234567",
    })
    void reads_printed_numbers(String printed, String expected) {
        assertThat(Numbers.parse(printed)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Total", "1,23", "$", "Note 5", "1,234)", "12a", "(in"})
    void rejects_text_that_is_not_a_number(String printed) {
        assertThat(Numbers.parse(printed)).isNull();
    }

    @Test
    void recognises_years_but_not_amounts() {
        assertThat(Numbers.isYear("2018")).isTrue();
        assertThat(Numbers.isYear("2018,")).isTrue();
        assertThat(Numbers.isYear("1,577")).isFalse();
        assertThat(Numbers.isYear("3000")).isFalse();
    }
}
