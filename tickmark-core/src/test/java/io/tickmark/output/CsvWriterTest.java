package io.tickmark.output;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.tickmark.facts.Fact;
import io.tickmark.spread.Spread;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.tickmark.output.SpreadFixtures.widgets;
import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    private static String csv(List<Spread> spreads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadWriter.forFormat("csv").write(spreads, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Map<String, String>> parse(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }

    @Test
    void writes_one_row_per_value_whose_values_parse_back_exactly() throws IOException {
        Spread spread = widgets();
        List<Map<String, String>> rows = parse(csv(List.of(spread)));
        List<Fact> facts = spread.facts();
        assertThat(rows).hasSize(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            assertThat(new BigDecimal(rows.get(i).get("value"))).isEqualTo(facts.get(i).value());
            assertThat(rows.get(i).get("period_end")).isEqualTo(facts.get(i).period().end().toString());
            assertThat(rows.get(i).get("unit")).isEqualTo(facts.get(i).unit().code());
        }
    }

    @Test
    void starts_with_the_documented_header() throws IOException {
        assertThat(csv(List.of(widgets())).lines().findFirst().orElseThrow())
                .isEqualTo(String.join(",", CsvWriter.COLUMNS))
                .isEqualTo("document,company,statement,line_order,concept,label,raw_label,period_end,period_months,"
                        + "value,unit,confidence,page,line,raw_value");
    }

    @Test
    void describes_a_value_with_its_line_and_tick_mark() throws IOException {
        Map<String, String> other = parse(csv(List.of(widgets()))).stream()
                .filter(r -> r.get("concept").equals("other_income_expense")).findFirst().orElseThrow();
        assertThat(other).containsEntry("document", SpreadFixtures.FILE)
                .containsEntry("company", "Example Widgets Inc.")
                .containsEntry("statement", "INCOME_STATEMENT")
                .containsEntry("line_order", "5")
                .containsEntry("label", "Other income (expense), net")
                .containsEntry("raw_label", "Other expense, net")
                .containsEntry("period_months", "12")
                .containsEntry("value", "-45000000")
                .containsEntry("confidence", "0.95")
                .containsEntry("page", "61")
                .containsEntry("line", "15")
                .containsEntry("raw_value", "(45)");
    }

    @Test
    void leaves_the_concept_empty_for_unmapped_lines() throws IOException {
        assertThat(parse(csv(List.of(widgets()))))
                .filteredOn(r -> r.get("label").startsWith("Restructuring"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("concept")).isEmpty());
    }

    @Test
    void quotes_labels_with_commas_and_quotes_so_they_survive_a_round_trip() throws IOException {
        String text = csv(List.of(widgets()));
        assertThat(text).contains("\"Property, plant and \"\"equipment\"\", net\"");
        assertThat(parse(text)).extracting(r -> r.get("label")).contains("Property, plant and \"equipment\", net");
    }

    @Test
    void ends_records_with_crlf_as_rfc_4180_asks() throws IOException {
        String text = csv(List.of(widgets()));
        assertThat(text.split("\r\n", -1)).hasSize(text.split("\n", -1).length);
        assertThat(text).endsWith("\r\n");
    }

    @Test
    void writes_rows_of_several_documents_under_one_header_with_their_document_names() throws IOException {
        Spread gadgets = SpreadFixtures.spread("gadgets_2023_10k.pdf", "Example Gadgets Ltd");
        String text = csv(List.of(widgets(), gadgets));
        assertThat(text.lines().filter(l -> l.startsWith("document,"))).hasSize(1);
        assertThat(parse(text)).extracting(r -> r.get("document")).containsOnly(SpreadFixtures.FILE, "gadgets_2023_10k.pdf")
                .filteredOn("gadgets_2023_10k.pdf"::equals).hasSize(gadgets.facts().size());
    }
}
