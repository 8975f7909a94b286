package io.tickmark.sample;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountsTest {
    @Test
    void prints_negatives_in_parentheses_zero_as_em_dash_and_thousands_separators() {
        assertThat(Amounts.whole(1_234_567)).isEqualTo("1,234,567");
        assertThat(Amounts.whole(-1_234)).isEqualTo("(1,234)");
        assertThat(Amounts.whole(0)).isEqualTo("\u2014");
        assertThat(Amounts.cents(345)).isEqualTo("3.45");
        assertThat(Amounts.cents(-12)).isEqualTo("(0.12)");
    }

    @Test
    void week_based_years_end_on_the_last_saturday_of_september() {
        assertThat(FiscalYearEnd.LAST_SATURDAY_OF_SEPTEMBER.endOf(2025)).isEqualTo(LocalDate.of(2025, 9, 27));
        assertThat(FiscalYearEnd.LAST_SATURDAY_OF_SEPTEMBER.endOf(2024)).isEqualTo(LocalDate.of(2024, 9, 28));
        assertThat(FiscalYearEnd.LAST_SATURDAY_OF_SEPTEMBER.endOf(2023)).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(FiscalYearEnd.DECEMBER_31.endOf(2025)).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void sample_company_rejects_years_it_cannot_print() {
        assertThatThrownBy(() -> new SampleCompany("X Corp", "XC", FiscalYearEnd.DECEMBER_31, 2025, 5, Scale.MILLIONS, "USD", 1))
                .hasMessageContaining("years shown 5");
        assertThatThrownBy(() -> new SampleCompany("X Corp", "XC", FiscalYearEnd.DECEMBER_31, 2025, 3, Scale.MILLIONS, "EUR", 1))
                .hasMessageContaining("EUR");
    }
}
