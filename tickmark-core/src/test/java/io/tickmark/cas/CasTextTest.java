package io.tickmark.cas;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CasTextTest {
    @Test
    void foldsFullWidthDigitsAndTraditionalCharacters() {
        assertThat(CasText.normalize("２０１９年")).isEqualTo("2019年");
        assertThat(CasText.squash("合併資產負債表")).isEqualTo("合并资产负债表");
        assertThat(CasText.squash("現金流量表")).isEqualTo("现金流量表");
        assertThat(CasText.squash("營業收入　合計")).isEqualTo("营业收入合计");
    }

    @Test
    void tellsChineseTextFromEnglish() {
        assertThat(CasText.isChinese("合并资产负债表 2019 年")).isTrue();
        assertThat(CasText.isChinese("Consolidated balance sheets 合并")).isFalse();
    }

    @Test
    void readsAmountsAsChineseStatementsPrintThem() {
        assertThat(CasNumbers.parse("1,234,567.89")).isEqualByComparingTo("1234567.89");
        assertThat(CasNumbers.parse("-1,234.50")).isEqualByComparingTo("-1234.50");
        assertThat(CasNumbers.parse("－１，２３４．５０")).isEqualByComparingTo("-1234.50");
        assertThat(CasNumbers.parse("（1,234.50）")).isEqualByComparingTo("-1234.50");
        assertThat(CasNumbers.parse("—")).isEqualByComparingTo("0");
        assertThat(CasNumbers.parse("七、1")).isNull();
        assertThat(CasNumbers.parse("货币资金")).isNull();
    }

    @Test
    void lineItemKeysDropEnumeratorsLeadInsAndSignNotes() {
        assertThat(CasLabels.key("加：营业外收入")).isEqualTo("营业外收入");
        assertThat(CasLabels.key("五、净利润（净亏损以“－”号填列）")).isEqualTo("净利润");
        assertThat(CasLabels.key("（一）基本每股收益(元/股)")).isEqualTo("基本每股收益");
        assertThat(CasLabels.key("1.归属于母公司所有者的净利润")).isEqualTo("归属于母公司所有者的净利润");
        assertThat(CasLabels.key("其中：营业收入")).isEqualTo("营业收入");
        assertThat(CasLabels.key("归属于母公司所有者权益（或股东权益）合计")).isEqualTo("归属于母公司所有者权益合计");
    }

    @Test
    void statementTitlesCarryTheirScope() {
        assertThat(CasTitle.of("1、合并资产负债表").scope()).isEqualTo(io.tickmark.statement.Scope.CONSOLIDATED);
        assertThat(CasTitle.of("母公司利润表").scope()).isEqualTo(io.tickmark.statement.Scope.PARENT);
        assertThat(CasTitle.of("合併現金流量表").type()).isEqualTo(io.tickmark.statement.StatementType.CASH_FLOW);
        assertThat(CasTitle.of("合并资产负债表（续）").continued()).isTrue();
        assertThat(CasTitle.of("合并所有者权益变动表").type()).isNull();
        assertThat(CasTitle.of("本公司按照合并资产负债表的列报方式编制了本期报表")).isNull();
    }
}
