package io.tickmark.store;

import io.tickmark.cas.CasReports;
import io.tickmark.facts.Fact;
import io.tickmark.spread.CasSpreader;
import io.tickmark.spread.Spread;
import io.tickmark.statement.Scope;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The store keeps a report's parent-company statements apart from its consolidated ones (V5 migration). */
class ScopeStoreTest {
    @Test
    void parentCompanyStatementsRoundTripWithTheirScopeAndStayOutOfFactLookups(@TempDir Path dir) {
        Spread spread = CasSpreader.standard().spread(CasReports.report()).spread();
        FactStore store = FactStore.openDefault(dir);
        try {
            assertThat(store.save(spread)).isTrue();
            Spread loaded = store.load(spread.document().sha256()).orElseThrow();
            assertThat(loaded.statements()).allMatch(s -> s.scope() == Scope.CONSOLIDATED);
            assertThat(loaded.parentStatement(StatementType.BALANCE_SHEET)).hasValueSatisfying(s -> {
                assertThat(s.scope()).isEqualTo(Scope.PARENT);
                assertThat(s.line("cash").orElseThrow().values().get(0).value()).isEqualByComparingTo("1234500");
            });
            List<Fact> cash = store.facts("测试科技股份有限公司", "cash");
            assertThat(cash).extracting(Fact::value).usingComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                    .containsExactlyInAnyOrder(new java.math.BigDecimal("8000000"), new java.math.BigDecimal("10000000"));
        } finally {
            store.close();
        }
    }

    @Test
    void chineseQuestionsFindTheCompanyByItsShortNameOrStockCodeInTheStore(@TempDir Path dir) {
        Spread spread = CasSpreader.standard().spread(CasReports.report()).spread();
        FactStore store = FactStore.openDefault(dir);
        try {
            store.save(spread);
            assertThat(store.documents().get(0).aliases()).containsExactly("测试科技", "300999");
            var reply = new io.tickmark.ask.ChineseAsker(store).ask("300999的2019年营业收入是多少元？");
            assertThat(reply.answered()).isTrue();
            assertThat(reply.text()).contains("30000000.00元");
            assertThat(new io.tickmark.ask.ChineseAsker(store).ask("测试科技2019年的净利润是多少元？").text()).contains("9000000.00元");
        } finally {
            store.close();
        }
    }
}
