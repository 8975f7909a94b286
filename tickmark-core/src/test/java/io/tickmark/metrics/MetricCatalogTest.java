package io.tickmark.metrics;

import io.tickmark.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricCatalogTest {
    private static final String HEADER = "id,names,formula,unit,decimals,description\n";

    private static MetricCatalog parse(String rows) {
        return MetricCatalog.parse(HEADER + rows, "bank.csv", Taxonomy.standard());
    }

    @Test
    void standard_catalog_references_only_taxonomy_concepts_and_catalog_metrics() {
        MetricCatalog catalog = MetricCatalog.standard();
        Taxonomy taxonomy = Taxonomy.standard();
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(60);
        for (Metric m : catalog.all()) {
            assertThat(m.formula().references()).as(m.id()).allSatisfy(name ->
                    assertThat(taxonomy.concept(name).isPresent() || catalog.byId(name).isPresent()).as(m.id() + " -> " + name).isTrue());
            assertThat(m.parameters()).as(m.id()).isSubsetOf("n");
            assertThat(catalog.unresolved(m.formula())).as(m.id()).isEmpty();
        }
    }

    @Test
    void every_standard_metric_computes_when_all_facts_are_present() {
        MetricCatalog catalog = MetricCatalog.standard();
        FactLookup everything = (concept, year) -> new FakeLookup()
                .put(concept, year, BigDecimal.valueOf(1_000 + concept.length() * 37L + (2019 - year) * 11L), 1.0).fact(concept, year);
        for (Metric m : catalog.all()) {
            Evaluation e = catalog.evaluate(m, 2019, Map.of("n", 3), everything);
            assertThat(e.reasons()).as(m.id()).isEmpty();
            assertThat(e.value()).as(m.id()).isNotNull();
        }
    }

    @Test
    void analysts_names_find_their_metrics() {
        MetricCatalog catalog = MetricCatalog.standard();
        Map<String, String> expected = Map.of("DPO", "days_payable_outstanding", "net PPNE", "ppe_net", "Net PP&E", "ppe_net",
                "COGS", "cost_of_revenue", "net AR", "accounts_receivable",
                "cash flow from operating activities", "cash_from_operations", "working capital ratio", "current_ratio",
                "fixed asset turnover", "fixed_asset_turnover", "capex as % of revenue", "capex_percent_revenue",
                "cash  conversion cycle", "cash_conversion_cycle");
        expected.forEach((name, id) -> assertThat(catalog.byName(name).map(Metric::id)).as(name).contains(id));
    }

    @Test
    void names_that_mean_different_things_to_different_analysts_match_no_metric_so_the_answer_abstains() {
        MetricCatalog catalog = MetricCatalog.standard();
        assertThat(catalog.byName("leverage ratio")).isEmpty();
        assertThat(catalog.byName("debt ratio")).isEmpty();
        assertThat(catalog.byName("unlevered free cash flow")).isEmpty();
        assertThat(catalog.byName("EPS")).isEmpty();
    }

    @Test
    void a_metric_cycle_is_rejected_naming_the_path() {
        assertThatThrownBy(() -> parse("a,a,b + 1,ratio,2,\nb,b,c * 2,ratio,2,\nc,c,a / revenue,ratio,2,\n"))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("bank.csv line 2")
                .hasMessageContaining("a -> b -> c -> a");
    }

    @Test
    void a_name_that_is_neither_concept_nor_metric_is_rejected_with_its_line() {
        assertThatThrownBy(() -> parse("margin,margin,operating_incom / revenue,percent,1,\n"))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("bank.csv line 2")
                .hasMessageContaining("'operating_incom'");
    }

    @Test
    void a_formula_error_in_the_file_names_line_and_column() {
        assertThatThrownBy(() -> parse("ok,ok,revenue * 2,money,0,\nbad,bad,\"revenue / (\",ratio,2,\n"))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageContaining("bank.csv line 3")
                .hasMessageContaining("expected an expression at column 12");
    }

    @Test
    void a_concept_id_as_metric_id_must_be_that_plain_line_item() {
        assertThatThrownBy(() -> parse("revenue,sales,revenue * 1000,money,0,\n"))
                .hasMessageContaining("id 'revenue' is a concept");
    }

    @Test
    void a_name_shared_by_two_metrics_is_rejected() {
        assertThatThrownBy(() -> parse("x,Margin,revenue / 2,ratio,2,\ny,margin ,revenue / 3,ratio,2,\n"))
                .hasMessageContaining("name 'margin' already belongs to metric x");
    }

    @Test
    void unknown_unit_and_bad_decimals_are_rejected() {
        assertThatThrownBy(() -> parse("x,x,revenue,dollars,0,\n")).hasMessageContaining("unit 'dollars'");
        assertThatThrownBy(() -> parse("x,x,revenue / 2,money,-1,\n")).hasMessageContaining("decimals -1");
    }

    @Test
    void a_bank_file_with_a_bom_comments_and_default_decimals_loads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("metrics.csv");
        Files.writeString(file, "\uFEFF" + HEADER + "#draft,x,y,ratio,,\nnet_debt,net debt|Net Debt,long_term_debt - cash,money,,\"Debt, less cash\"\n",
                StandardCharsets.UTF_8);
        MetricCatalog catalog = MetricCatalog.load(file);
        assertThat(catalog.all()).extracting(Metric::id).containsExactly("net_debt");
        Metric m = catalog.byId("net_debt").orElseThrow();
        assertThat(m.decimals()).isEqualTo(2);
        assertThat(m.description()).isEqualTo("Debt, less cash");
        assertThat(m.names()).containsExactly("net debt", "Net Debt");
    }
}
