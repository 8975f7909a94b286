package io.tickmark.output;

import com.fasterxml.jackson.databind.JsonNode;
import io.tickmark.facts.Fact;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static io.tickmark.output.SpreadFixtures.widgets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadJsonTest {

    private static String json(Spread spread) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadWriter.forFormat("json").write(spread, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Spread> read(String json) throws IOException {
        return SpreadJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    void reads_back_a_written_spread_as_equal_records() throws IOException {
        Spread spread = widgets();
        assertThat(read(json(spread))).containsExactly(spread);
    }

    @Test
    void writes_several_spreads_as_an_array_that_reads_back_equal() throws IOException {
        List<Spread> spreads = List.of(widgets(), SpreadFixtures.spread("gadgets_2023_10k.pdf", "Example Gadgets Ltd"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadWriter.forFormat("json").write(spreads, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.strip()).startsWith("[").endsWith("]");
        assertThat(read(text)).isEqualTo(spreads);
    }

    @Test
    void writes_each_value_with_its_unit_period_and_complete_tick_mark() throws IOException {
        JsonNode fact = SpreadJson.mapper().readTree(json(widgets()))
                .at("/statements/0/lines/0/values/0");
        assertThat(fieldNames(fact)).containsExactly("concept", "label", "statement", "period", "value", "unit", "derived", "source", "confidence");
        assertThat(fact.get("derived").asBoolean()).as("a printed value").isFalse();
        assertThat(fact.get("value").decimalValue()).isEqualByComparingTo("5123000000");
        assertThat(fact.get("unit").asText()).isEqualTo("USD");
        assertThat(fact.at("/period/end").asText()).isEqualTo("2023-12-31");
        assertThat(fact.at("/period/months").asInt()).isEqualTo(12);
        assertThat(fieldNames(fact.get("period"))).containsExactly("end", "months");
        assertThat(fieldNames(fact.get("source")))
                .containsExactly("document", "sha256", "page", "line", "top", "rawLabel", "rawValue", "box");
        assertThat(fieldNames(fact.at("/source/box"))).containsExactly("x0", "top", "x1", "bottom");
        assertThat(fact.at("/source/box/x1").floatValue()).isEqualTo(452.5f);
        assertThat(fact.at("/source/page").asInt()).isEqualTo(61);
        assertThat(fact.at("/source/rawValue").asText()).isEqualTo("$ 5,123");
    }

    @Test
    void writes_document_statements_checks_and_warnings_in_a_stable_order() throws IOException {
        JsonNode root = SpreadJson.mapper().readTree(json(widgets()));
        assertThat(fieldNames(root)).containsExactly("document", "statements", "checks", "warnings", "parentStatements");
        assertThat(root.at("/document/filingDate").asText()).isEqualTo("2024-02-15");
        assertThat(root.at("/checks/1/status").asText()).isEqualTo("FAILED");
        assertThat(root.at("/warnings/0").asText()).isEqualTo("cash flow statement not found");
    }

    @Test
    void writes_numbers_plainly_never_in_scientific_notation() throws IOException {
        Spread original = widgets();
        StatementSpread income = original.statements().get(0);
        Fact revenue = income.lines().get(0).values().get(0);
        Fact engineering = new Fact(revenue.concept(), revenue.label(), revenue.statement(), revenue.period(),
                new BigDecimal("5.123E+9"), revenue.unit(), revenue.source(), revenue.confidence());
        SpreadLine line = SpreadFixtures.line("revenue", "Revenue", "Net sales", List.of(), engineering);
        StatementSpread scaled = new StatementSpread(income.type(), income.title(), income.pages(),
                List.of(revenue.period()), new BigDecimal("1E+6"), "USD", List.of(line));
        String text = json(new Spread(original.document(), List.of(scaled), List.of(), List.of()));

        assertThat(text).contains("\"value\" : 5123000000", "\"scale\" : 1000000").doesNotContainIgnoringCase("E+");
        StatementSpread back = read(text).get(0).statements().get(0);
        assertThat(back.scale()).isEqualByComparingTo("1000000");
        assertThat(back.lines().get(0).values().get(0).value()).isEqualByComparingTo("5123000000");
    }

    @Test
    void keeps_missing_values_as_nulls_so_columns_stay_in_place() throws IOException {
        JsonNode values = SpreadJson.mapper().readTree(json(widgets())).at("/statements/0/lines/2/values");
        assertThat(values).hasSize(2);
        assertThat(values.get(1).isNull()).isTrue();
    }

    @Test
    void reading_a_record_that_breaks_its_rules_fails_with_the_rule_in_the_cause() throws IOException {
        String broken = json(widgets()).replaceFirst("\"page\" : 61", "\"page\" : 0");
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(IOException.class)
                .hasRootCauseMessage("source page 0 of widgets_2023_10k.pdf is below 1");
    }
}
