package io.tickmark.taxonomy;

import io.tickmark.facts.Unit;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxonomyTest {
    private static final String HEADER = "id,statement,label,synonyms,label_zh,synonyms_zh,balance,unit,sums_to,weight,core,us_gaap\n";

    @Test
    void standard_taxonomy_has_every_core_and_named_concept() {
        Taxonomy t = Taxonomy.standard();
        List<String> ids = List.of("revenue", "cost_of_revenue", "gross_profit", "operating_income", "net_income",
                "depreciation_amortization", "capex", "cash_from_operations", "total_assets", "total_current_assets",
                "accounts_receivable", "inventory", "ppe_net", "total_current_liabilities", "accounts_payable",
                "total_liabilities", "total_equity", "cash", "dividends_paid", "net_income_attributable_parent",
                "net_income_noncontrolling", "eps_basic", "eps_diluted", "shares_basic", "shares_diluted",
                "income_before_tax", "income_tax", "interest_expense", "sga", "rnd", "operating_expenses_total",
                "total_liabilities_and_equity", "total_equity_parent", "noncontrolling_interest", "retained_earnings",
                "goodwill", "intangibles_net", "long_term_debt", "short_term_debt", "cash_from_investing",
                "cash_from_financing", "net_change_in_cash", "cash_beginning", "cash_ending", "stock_based_compensation",
                "share_repurchases", "fx_effect_on_cash");
        assertThat(ids).allSatisfy(id -> assertThat(t.concept(id)).as(id).isPresent());
        assertThat(t.concepts()).hasSizeBetween(120, 200); // US GAAP and IFRS concepts plus the CAS-only ones
        assertThat(t.concepts().stream().filter(Concept::core).map(Concept::id))
                .contains("revenue", "capex", "total_equity", "cash", "dividends_paid");
    }

    @Test
    void net_income_sits_on_the_income_statement_and_starts_the_cash_flow() {
        Concept ni = Taxonomy.standard().require("net_income");
        assertThat(ni.statements()).containsExactlyInAnyOrder(StatementType.INCOME_STATEMENT, StatementType.CASH_FLOW);
        assertThat(ni.labelZh()).isEqualTo("净利润");
    }

    @Test
    void finds_concepts_by_us_gaap_element_in_preference_order() {
        Taxonomy t = Taxonomy.standard();
        assertThat(t.byUsGaap("PaymentsToAcquirePropertyPlantAndEquipment")).extracting(Concept::id).containsExactly("capex");
        assertThat(t.byUsGaap("RevenueFromContractWithCustomerExcludingAssessedTax")).extracting(Concept::id).containsExactly("revenue");
        assertThat(t.byUsGaap("NoSuchElement")).isEmpty();
        assertThat(t.require("revenue").usGaap()).startsWith("Revenues", "RevenueFromContractWithCustomerExcludingAssessedTax");
    }

    @Test
    void subtotal_structure_gives_signed_weights_through_intermediate_totals() {
        Taxonomy t = Taxonomy.standard();
        assertThat(t.weightIn("cost_of_revenue", "gross_profit")).isEqualTo(-1);
        assertThat(t.weightIn("sga", "operating_income")).isEqualTo(-1);
        assertThat(t.weightIn("interest_expense", "income_before_tax")).isEqualTo(-1);
        assertThat(t.weightIn("cash", "total_assets")).isEqualTo(1);
        assertThat(t.weightIn("accounts_payable", "total_assets")).isZero();
        assertThat(t.isSubtotal("total_current_assets")).isTrue();
        assertThat(t.children("gross_profit")).extracting(Concept::id).contains("revenue", "cost_of_revenue");
    }

    @Test
    void every_concept_sums_into_a_concept_on_one_of_its_statements() {
        Taxonomy t = Taxonomy.standard();
        for (Concept c : t.concepts()) {
            if (c.sumsTo() == null) continue;
            Concept parent = t.require(c.sumsTo());
            assertThat(c.statements().stream().anyMatch(parent::on)).as(c.id() + " -> " + parent.id()).isTrue();
        }
    }

    @Test
    void loads_a_bank_file_with_bom_comments_and_reordered_columns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bank.csv");
        Files.writeString(file, "\uFEFFlabel,id,statement,balance,unit,sums_to,weight\n"
                + "Sales,revenue,INCOME_STATEMENT,credit,money,,\n"
                + "# a comment row,#note,,,,,\n"
                + "\"Cost of sales, all in\",cost,INCOME_STATEMENT,debit,money,gp,-1\n"
                + "Gross profit,gp,INCOME_STATEMENT,credit,money,,\n", StandardCharsets.UTF_8);
        Taxonomy t = Taxonomy.load(file);
        assertThat(t.concepts()).extracting(Concept::id).containsExactly("revenue", "cost", "gp");
        assertThat(t.require("cost").label()).isEqualTo("Cost of sales, all in");
        assertThat(t.require("cost").unit()).isEqualTo(Unit.Kind.MONEY);
        assertThat(t.weightIn("cost", "gp")).isEqualTo(-1);
        assertThat(t.source()).endsWith("bank.csv");
    }

    @Test
    void rejects_unknown_statement_naming_file_line_and_value() {
        String csv = HEADER + "revenue,INCOME_STATEMENT,Revenue,,,,credit,money,,,true,\n"
                + "cash,BALANCESHEET,Cash,,,,debit,money,,,true,\n";
        assertThatThrownBy(() -> Taxonomy.parse(csv, "bank.csv"))
                .isInstanceOf(TaxonomyFormatException.class)
                .hasMessageContaining("bank.csv line 3").hasMessageContaining("BALANCESHEET");
    }

    @Test
    void rejects_duplicate_ids_missing_parents_and_bad_weights() {
        String dup = HEADER + "cash,BALANCE_SHEET,Cash,,,,debit,money,,,,\ncash,BALANCE_SHEET,Cash again,,,,debit,money,,,,\n";
        assertThatThrownBy(() -> Taxonomy.parse(dup, "t.csv")).hasMessageContaining("t.csv line 3").hasMessageContaining("duplicate id 'cash'");
        String orphan = HEADER + "cash,BALANCE_SHEET,Cash,,,,debit,money,total_curent_assets,1,,\n";
        assertThatThrownBy(() -> Taxonomy.parse(orphan, "t.csv")).hasMessageContaining("line 2").hasMessageContaining("total_curent_assets");
        String weight = HEADER + "a,BALANCE_SHEET,A,,,,debit,money,b,2,,\nb,BALANCE_SHEET,B,,,,debit,money,,,,\n";
        assertThatThrownBy(() -> Taxonomy.parse(weight, "t.csv")).hasMessageContaining("line 2").hasMessageContaining("weight '2'");
    }

    @Test
    void rejects_a_sums_to_cycle() {
        String csv = HEADER + "a,BALANCE_SHEET,A,,,,debit,money,b,1,,\nb,BALANCE_SHEET,B,,,,debit,money,a,1,,\n";
        assertThatThrownBy(() -> Taxonomy.parse(csv, "t.csv")).isInstanceOf(TaxonomyFormatException.class).hasMessageContaining("leads back");
    }
}
