package io.tickmark.credit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The narrative seam: a writer's text reaches the memo only when every number in it is one of the ticked figures. */
class NarrativeTest {
    private static List<io.tickmark.spread.Spread> reports() {
        return List.of(Reports.tenK("2022.pdf", 2022)
                .flow("revenue", 3_650_000_000L, 3_000_000_000L).flow("operating_income", 300_000_000L, 250_000_000L)
                .flow("net_income", -190_000_000L, 150_000_000L)
                .balance("total_assets", 2_000_000_000L, 1_800_000_000L).balance("total_equity", -100_000_000L, 700_000_000L).build());
    }

    @Test
    void the_template_narrative_passes_its_own_check_and_names_the_flags() {
        CreditAnalysis a = CreditAnalyst.standard().analyse(reports(), List.of());

        assertThat(a.narrative().author()).isEqualTo("template");
        assertThat(a.narrative().notes()).as("the template's numbers are all figures").isEmpty();
        assertThat(String.join(" ", a.narrative().paragraphs())).contains("3,650.0").contains("net loss of 190.0").contains("negative equity");
        assertThat(a.flags()).extracting(RedFlag::kind).contains("negative equity", "loss");
    }

    @Test
    void a_model_text_with_a_number_that_is_no_figure_is_rejected_for_the_template() {
        NarrativeWriter model = analysis -> new Narrative("model-x", List.of("Revenue reached 3,650.0 million, up 21.7% on strong demand."), List.of());

        CreditAnalysis a = CreditAnalyst.standard().withNarrative(model).analyse(reports(), List.of());

        assertThat(a.narrative().author()).isEqualTo("template");
        assertThat(a.narrative().notes()).singleElement().asString().contains("model-x").contains("21.7").doesNotContain("3,650.0");
    }

    @Test
    void a_model_text_citing_only_figures_is_kept() {
        NarrativeWriter model = analysis -> new Narrative("model-x", List.of("Revenue reached 3,650.0 million in FY2022 against 3,000.0 in FY2021."), List.of());

        CreditAnalysis a = CreditAnalyst.standard().withNarrative(model).analyse(reports(), List.of());

        assertThat(a.narrative().author()).isEqualTo("model-x");
        assertThat(a.checker().check("Revenue was 4,000.0 in FY2022").unsupported()).extracting(f -> f.text()).containsExactly("4,000.0");
        assertThat(a.checker().check("Revenue was $3.65 billion in FY2022").clean()).as("the same figure at another scale").isTrue();
    }
}
