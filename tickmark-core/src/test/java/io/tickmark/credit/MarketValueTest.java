package io.tickmark.credit;

import io.tickmark.spread.Spread;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The market value of equity an analyst supplies: it completes Altman's Z, and the memo says it is not a ticked figure. */
class MarketValueTest {
    private static List<Spread> reports() {
        return List.of(Reports.tenK("2022.pdf", 2022)
                .flow("revenue", 3_650_000_000L, 3_000_000_000L).flow("operating_income", 300_000_000L, 250_000_000L)
                .flow("net_income", 190_000_000L, 150_000_000L)
                .balance("total_current_assets", 900_000_000L, 800_000_000L).balance("total_current_liabilities", 600_000_000L, 500_000_000L)
                .balance("retained_earnings", 400_000_000L, 300_000_000L)
                .balance("total_assets", 2_000_000_000L, 1_800_000_000L).balance("total_equity", 800_000_000L, 700_000_000L).build());
    }

    @Test
    void without_it_altman_z_is_n_a_and_says_why() {
        CreditAnalysis a = CreditAnalyst.standard().analyse(reports(), List.of(), (AnalystInput) null);

        ScoreResult z = a.scores(2022).get(0);
        assertThat(z.id()).isEqualTo("altman_z");
        assertThat(z.available()).isFalse();
        assertThat(z.naBecause()).contains("market value of equity");
        assertThat(a.inputs()).isEmpty();
    }

    @Test
    void given_for_the_latest_year_it_completes_altman_z_and_is_shown_as_user_supplied_with_its_date() {
        AnalystInput cap = AnalystInput.marketValue(new BigDecimal("2400000000"), LocalDate.of(2022, 12, 30), "--market-cap 2.4bn");

        CreditAnalysis a = CreditAnalyst.standard().analyse(reports(), List.of(), cap);

        ScoreResult z = a.scores(2022).get(0);
        assertThat(z.available()).as(z.naBecause()).isTrue();
        // X4 = 2,400 / (2,000 - 800) = 2.0; Z = 1.2*300/2000 + 1.4*400/2000 + 3.3*300/2000 + 0.6*2.0 + 1.0*3650/2000
        assertThat(z.value().doubleValue()).isCloseTo(0.18 + 0.28 + 0.495 + 1.2 + 1.825, org.assertj.core.data.Offset.offset(0.001));
        assertThat(z.components()).filteredOn(c -> c.name().equals("X4")).singleElement()
                .satisfies(c -> assertThat(c.figure().formula()).contains("user-supplied, not ticked"));
        assertThat(a.scores(2021).get(0).available()).as("the other year has no market value").isFalse();
        assertThat(a.inputs()).singleElement().satisfies(in -> {
            assertThat(in.usedFor()).isEqualTo("Altman Z (X4), FY2022");
            assertThat(in.describe(a.currency())).contains("2,400.0", "as of 2022-12-30", "user-supplied", "--market-cap 2.4bn", "not a ticked figure");
        });
        assertThat(a.checker().check("The market value of equity is 2,400.0 million.").clean())
                .as("an analyst input is not a figure a narrative may cite").isFalse();
    }

    @Test
    void without_a_date_it_is_dated_at_the_latest_fiscal_year_end_and_says_so() {
        AnalystInput cap = AnalystInput.marketValue(new BigDecimal("2400000000"), null, "--market-cap 2.4bn");

        CreditAnalysis a = CreditAnalyst.standard().analyse(reports(), List.of(), cap);

        assertThat(a.inputs()).singleElement().satisfies(in -> {
            assertThat(in.asOf()).isEqualTo(LocalDate.of(2022, 12, 31));
            assertThat(in.given()).contains("no date given");
        });
    }

    @Test
    void a_date_far_from_every_year_end_is_not_used_and_the_memo_says_why() {
        AnalystInput cap = AnalystInput.marketValue(new BigDecimal("2400000000"), LocalDate.of(2024, 6, 30), "--market-cap 2.4bn");

        CreditAnalysis a = CreditAnalyst.standard().analyse(reports(), List.of(), cap);

        assertThat(a.scores(2022).get(0).available()).isFalse();
        assertThat(a.inputs()).singleElement().satisfies(in -> {
            assertThat(in.usedFor()).isNull();
            assertThat(in.why()).contains("2024-06-30", "92 days");
        });
    }

    @Test
    void a_market_value_that_is_not_positive_is_refused() {
        assertThatThrownBy(() -> AnalystInput.marketValue(BigDecimal.ZERO, null, "--market-cap 0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
