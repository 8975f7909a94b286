package io.tickmark.eval;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class GradeTest {
    @Test
    void reads_gold_numbers_as_financebench_writes_them() {
        assertThat(Grade.goldNumber("$1577.00")).isEqualByComparingTo("1577");
        assertThat(Grade.goldNumber("1.9%")).isEqualByComparingTo("1.9");
        assertThat(Grade.goldNumber("-3.7")).isEqualByComparingTo("-3.7");
        assertThat(Grade.goldNumber("$12,645.00")).isEqualByComparingTo("12645");
        assertThat(Grade.goldNumber("No, it did not")).isNull();
    }

    @Test
    void allows_one_unit_in_the_last_asked_decimal() {
        assertThat(Grade.matches("24.26", new BigDecimal("24.2649"), 2)).isTrue();
        assertThat(Grade.matches("24.26", new BigDecimal("24.2701"), 2)).isTrue();
        assertThat(Grade.matches("24.26", new BigDecimal("24.2851"), 2)).isFalse();
    }

    @Test
    void without_asked_decimals_uses_the_precision_the_gold_shows() {
        assertThat(Grade.matches("$8.70", new BigDecimal("8.738"), null)).isTrue();
        assertThat(Grade.matches("$1577.00", new BigDecimal("1577"), null)).isTrue();
        assertThat(Grade.matches("$1577.00", new BigDecimal("1580"), null)).isFalse();
    }

    @Test
    void a_wrong_sign_is_wrong() {
        assertThat(Grade.matches("-3.7", new BigDecimal("3.7"), 1)).isFalse();
    }
}
