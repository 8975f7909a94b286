package io.tickmark.metrics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MetricDisplayTest {

    @Test
    void percent_results_are_fractions_shown_times_one_hundred() {
        assertThat(Metric.display(new BigDecimal("0.054"), Metric.Unit.PERCENT, 1, null)).isEqualTo("5.4%");
        assertThat(Metric.display(new BigDecimal("-0.0315"), Metric.Unit.PERCENT, 1, null)).isEqualTo("-3.2%");
    }

    @Test
    void money_is_divided_by_the_scale_and_grouped() {
        assertThat(Metric.display(new BigDecimal("1577000000"), Metric.Unit.MONEY, 0, Metric.Scale.MILLIONS)).isEqualTo("1,577 million");
        assertThat(Metric.display(new BigDecimal("1577400000"), Metric.Unit.MONEY, 2, Metric.Scale.BILLIONS)).isEqualTo("1.58 billion");
        assertThat(Metric.display(new BigDecimal("-25000"), Metric.Unit.MONEY, 0, Metric.Scale.UNITS)).isEqualTo("-25,000");
    }

    @Test
    void days_times_ratios_and_per_share_carry_their_unit() {
        assertThat(Metric.display(new BigDecimal("93.8567"), Metric.Unit.DAYS, 2, null)).isEqualTo("93.86 days");
        assertThat(Metric.display(new BigDecimal("4.5"), Metric.Unit.TIMES, 2, null)).isEqualTo("4.50x");
        assertThat(Metric.display(new BigDecimal("0.8449"), Metric.Unit.RATIO, 2, null)).isEqualTo("0.84");
        assertThat(Metric.display(new BigDecimal("2.345"), Metric.Unit.PER_SHARE, 2, null)).isEqualTo("2.35 per share");
    }

    @Test
    void a_metric_displays_with_its_own_decimals() {
        Metric dso = MetricCatalog.standard().byName("DSO").orElseThrow();
        assertThat(dso.display(new BigDecimal("45.678"), null)).isEqualTo("45.68 days");
    }

    @Test
    void rounding_to_zero_shows_no_minus_sign() {
        assertThat(Metric.display(new BigDecimal("-0.0001"), Metric.Unit.RATIO, 2, null)).isEqualTo("0.00");
    }
}
