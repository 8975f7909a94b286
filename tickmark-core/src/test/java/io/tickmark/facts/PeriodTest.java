package io.tickmark.facts;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {
    @Test
    void builds_a_twelve_month_duration_from_xbrl_dates_of_a_52_week_year() {
        Period p = Period.of(LocalDate.of(2021, 9, 26), LocalDate.of(2022, 9, 24));
        assertThat(p.months()).isEqualTo(12);
        assertThat(p.sameAs(Period.duration(LocalDate.of(2022, 9, 30), 12))).isTrue();
        assertThat(p.sameAs(Period.duration(LocalDate.of(2022, 9, 24), 3))).isFalse();
    }

    @Test
    void fiscal_year_is_the_year_it_ends_unless_it_ends_in_the_first_days_of_january() {
        assertThat(Period.instant(LocalDate.of(2018, 1, 31)).fiscalYear()).isEqualTo(2018);
        assertThat(Period.duration(LocalDate.of(2022, 1, 1), 12).fiscalYear()).isEqualTo(2021);
        assertThat(Period.duration(LocalDate.of(2022, 12, 31), 12).fiscalYear()).isEqualTo(2022);
    }

    @Test
    void rejects_an_end_before_its_start() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1)))
                .hasMessage("period end 2021-01-01 is before its start 2022-01-01");
    }
}
