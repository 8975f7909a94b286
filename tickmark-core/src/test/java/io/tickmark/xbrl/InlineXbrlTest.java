package io.tickmark.xbrl;

import io.tickmark.Tickmark;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Unit;
import io.tickmark.spread.Spread;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InlineXbrlTest {
    static final Path FIXTURE = Path.of("src/test/resources/html/statement-ixbrl.html");
    static final Period END_2024 = Period.instant(LocalDate.of(2024, 12, 31));

    private static InlineFiling fixture() throws IOException {
        return InlineXbrl.read(FIXTURE);
    }

    private static InlineFact fact(InlineFiling filing, String id) {
        return filing.facts().stream().filter(f -> f.anchor().equals("#" + id)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + id));
    }

    @Test
    void applies_scale_to_the_displayed_number() throws IOException {
        InlineFact cash = fact(fixture(), "f-CashAndCashEquivalentsAtCarryingValue-c-1");

        assertThat(cash.value()).isEqualByComparingTo("1200000000");
        assertThat(cash.period()).isEqualTo(END_2024);
        assertThat(cash.unit()).isEqualTo(Unit.money("USD"));
        assertThat(cash.faceStatement()).isTrue();
    }

    @Test
    void negates_a_fact_tagged_with_a_minus_sign() throws IOException {
        assertThat(fact(fixture(), "f-AccumulatedOtherComprehensiveIncomeLossNetOfTax-c-1").value()).isEqualByComparingTo("-400000000");
    }

    @Test
    void reads_comma_decimals_fixed_zero_and_per_share_units() throws IOException {
        InlineFiling filing = fixture();
        InlineFact dps = fact(filing, "f-dps");

        assertThat(dps.value()).isEqualByComparingTo("1.25");
        assertThat(dps.unit()).isEqualTo(Unit.perShare("USD"));
        assertThat(fact(filing, "f-zero").value()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void resolves_dimensions_and_durations_from_the_context() throws IOException {
        InlineFact segment = fact(fixture(), "f-seg");

        assertThat(segment.dimensions()).isEqualTo(Map.of("us-gaap:StatementBusinessSegmentsAxis", "ex:WidgetsMember"));
        assertThat(segment.faceStatement()).isFalse();
        assertThat(segment.period()).isEqualTo(Period.duration(LocalDate.of(2024, 12, 31), 12));
        assertThat(segment.value()).isEqualByComparingTo("1500000");
    }

    @Test
    void leaves_out_a_fact_whose_context_is_missing_and_names_it() throws IOException {
        InlineFiling filing = fixture();

        assertThat(filing.facts()).noneMatch(f -> f.anchor().equals("#f-orphan"));
        assertThat(filing.problems()).anyMatch(p -> p.contains("f-orphan") && p.contains("c-99") && p.contains("not defined"));
    }

    @Test
    void ticks_each_fact_to_the_page_and_line_of_its_row() throws IOException {
        InlineFiling filing = fixture();
        InlineFact assets = fact(filing, "f-Assets-c-1");
        InlineFact payables = fact(filing, "f-AccountsPayableCurrent-c-2");

        assertThat(assets.page()).isEqualTo(2);
        assertThat(filing.document().page(2).lines().get(assets.line()).text()).startsWith("Total assets");
        assertThat(payables.page()).isEqualTo(3);
        assertThat(filing.document().page(3).lines().get(payables.line()).text()).startsWith("Accounts payable");
    }

    @Test
    void spreads_an_html_balance_sheet_split_over_two_pages_with_tick_marks() throws IOException {
        Spread spread = Tickmark.spread(FIXTURE);
        var bs = spread.statement(StatementType.BALANCE_SHEET).orElseThrow();
        Fact totalAssets = value(spread, "total_assets", END_2024);
        Fact aoci = value(spread, "aoci", END_2024);

        assertThat(bs.pages()).containsExactly(2, 3);
        assertThat(totalAssets.value()).isEqualByComparingTo("5500000000");
        assertThat(totalAssets.source().page()).isEqualTo(2);
        assertThat(totalAssets.source().rawValue()).isEqualTo("5,500");
        assertThat(aoci.value()).isEqualByComparingTo("-400000000");
        assertThat(value(spread, "total_liabilities_and_equity", END_2024).source().page()).isEqualTo(3);
        assertThat(spread.warnings()).noneMatch(w -> w.contains("tag"));
    }

    @Test
    void anchors_a_tagged_value_to_its_tag_for_the_viewer_to_scroll_to() throws IOException {
        Spread spread = Tickmark.spread(FIXTURE);
        org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse(FIXTURE.toFile(), "UTF-8");

        Fact totalAssets = value(spread, "total_assets", END_2024);
        assertThat(totalAssets.source().anchor()).startsWith("#");
        assertThat(totalAssets.source().box()).isNull();
        assertThat(io.tickmark.document.HtmlAnchors.find(dom, totalAssets.source().anchor()))
                .hasValueSatisfying(e -> assertThat(e.text()).isEqualTo("5,500"));
    }

    @Test
    void anchors_every_untagged_table_value_to_the_cell_it_was_printed_in(@TempDir Path dir) throws IOException {
        String html = Files.readString(FIXTURE, StandardCharsets.UTF_8)
                .replaceAll("<ix:nonFraction[^>]*>", "").replace("</ix:nonFraction>", "");
        Path file = dir.resolve("untagged.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);

        Spread spread = Tickmark.spread(file);
        org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse(html);

        assertThat(spread.facts()).hasSizeGreaterThan(10).allSatisfy(f -> {
            assertThat(f.source().anchor()).matches("table-\\d+-row-\\d+-col-\\d+");
            assertThat(io.tickmark.document.HtmlAnchors.find(dom, f.source().anchor()))
                    .as(f.source().anchor() + " of '" + f.source().rawValue() + "'")
                    .hasValueSatisfying(e -> assertThat(digits(e.text())).isEqualTo(digits(f.source().rawValue())));
        });
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9.]", "");
    }

    @Test
    void a_table_value_that_disagrees_with_its_tag_is_a_warning_and_the_tag_wins(@TempDir Path dir) throws IOException {
        String html = Files.readString(FIXTURE, StandardCharsets.UTF_8).replace(
                "scale=\"6\" format=\"ixt:num-dot-decimal\" id=\"f-InventoryNet-c-1\"", "scale=\"3\" format=\"ixt:num-dot-decimal\" id=\"f-InventoryNet-c-1\"");
        Path file = dir.resolve("disagreeing.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);

        Spread spread = Tickmark.spread(file);

        assertThat(value(spread, "inventory", END_2024).value()).isEqualByComparingTo("500000");
        assertThat(spread.warnings()).anyMatch(w -> w.contains("Inventories") && w.contains("us-gaap:InventoryNet")
                && w.contains("500000000") && w.contains("#f-InventoryNet-c-1"));
    }

    private static Fact value(Spread spread, String concept, Period period) {
        return spread.facts().stream().filter(f -> concept.equals(f.concept()) && f.period().sameAs(period)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + concept + " for " + period));
    }
}
