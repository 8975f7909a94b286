package io.tickmark.cas;

import io.tickmark.facts.Fact;
import io.tickmark.spread.CasSpread;
import io.tickmark.spread.CasSpreader;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import io.tickmark.statement.Scope;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class CasSpreaderTest {
    private static final CasSpread SPREAD = CasSpreader.standard().spread(CasReports.report());

    private static BigDecimal value(StatementSpread s, String concept, int column) {
        SpreadLine line = s.line(concept).orElseThrow(() -> new AssertionError(concept + " not in " + s.title()));
        Fact f = line.values().get(column);
        return f == null ? null : f.value();
    }

    @Test
    void readsTheCompanyFromCoverAndProfile() {
        CasCompany c = SPREAD.company();
        assertThat(c.fullName()).isEqualTo("测试科技股份有限公司");
        assertThat(c.shortNames()).containsExactly("测试科技");
        assertThat(c.stockCodes()).containsExactly("300999");
        assertThat(c.fiscalYear()).isEqualTo(2019);
        assertThat(SPREAD.spread().document().company()).isEqualTo("测试科技股份有限公司");
    }

    @Test
    void consolidatedBalanceSheetJoinsItsPagesInTenThousandsOfYuanWithoutTheNoteColumn() {
        StatementSpread bs = SPREAD.spread().statement(StatementType.BALANCE_SHEET).orElseThrow();
        assertThat(bs.scope()).isEqualTo(Scope.CONSOLIDATED);
        assertThat(bs.pages()).containsExactly(3, 4);
        assertThat(bs.currency()).isEqualTo("CNY");
        assertThat(bs.periods().get(0).end()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(bs.periods().get(1).end()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(value(bs, "cash", 0)).isEqualByComparingTo("10000000");
        assertThat(value(bs, "cash", 1)).isEqualByComparingTo("8000000");
        assertThat(bs.line("cash").orElseThrow().rawLabel()).isEqualTo("货币资金");
        assertThat(value(bs, "total_assets", 0)).isEqualByComparingTo("40000000");
        assertThat(value(bs, "total_equity_parent", 0)).isEqualByComparingTo("25000000");
        assertThat(bs.line("total_equity_parent").orElseThrow().rawLabel()).isEqualTo("归属于母公司所有者权益（或股东权益）合计");
    }

    @Test
    void parentCompanyStatementsAreKeptApartFromTheConsolidatedOnes() {
        Spread spread = SPREAD.spread();
        StatementSpread parent = spread.parentStatement(StatementType.BALANCE_SHEET).orElseThrow();
        assertThat(parent.scope()).isEqualTo(Scope.PARENT);
        assertThat(value(parent, "cash", 0)).isEqualByComparingTo("1234500");
        assertThat(spread.statements()).allMatch(s -> s.scope() == Scope.CONSOLIDATED);
        assertThat(spread.facts().stream().map(Fact::value).filter(Objects::nonNull))
                .noneMatch(v -> v.compareTo(new BigDecimal("1234500")) == 0);
    }

    @Test
    void incomeStatementReadsPeriodHeadersWrappedLabelsAndAmountsOnTheirOwnLine() {
        StatementSpread is = SPREAD.spread().statement(StatementType.INCOME_STATEMENT).orElseThrow();
        assertThat(is.periods().get(0).months()).isEqualTo(12);
        assertThat(is.periods().get(0).end()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(value(is, "revenue", 0)).isEqualByComparingTo("30000000");
        assertThat(value(is, "total_operating_revenue", 0)).isEqualByComparingTo("30000000");
        assertThat(value(is, "investment_income", 0)).isEqualByComparingTo("500000");
        assertThat(value(is, "investment_income", 1)).isEqualByComparingTo("-50000");
        assertThat(value(is, "financial_expenses", 0)).isEqualByComparingTo("-200000");
        assertThat(value(is, "eps_basic", 0)).isEqualByComparingTo("0.90");
        assertThat(value(is, "net_income", 1)).isEqualByComparingTo("6000000");
    }

    @Test
    void aMissingStatementIsAWarningInChineseAndEnglish() {
        assertThat(SPREAD.spread().warnings()).anyMatch(w -> w.contains("合并现金流量表") && w.contains("not found"));
    }
}
