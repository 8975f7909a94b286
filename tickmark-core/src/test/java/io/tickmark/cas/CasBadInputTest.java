package io.tickmark.cas;

import io.tickmark.spread.CasSpread;
import io.tickmark.spread.CasSpreader;
import io.tickmark.spread.StatementSpread;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;

import static io.tickmark.cas.CasPages.right;
import static org.assertj.core.api.Assertions.assertThat;

class CasBadInputTest {
    private static CasPages bankBalanceSheet(CasPages p) {
        p.line("合并资产负债表", 60).line("单位：千元", 400).line("项目", 120, "2019年12月31日", 360, "2018年12月31日", 470);
        String[][] rows = {{"现金及存放中央银行款项", "5,000.00", "4,000.00"}, {"存放同业款项", "1,000.00", "900.00"},
                {"发放贷款和垫款", "20,000.00", "18,000.00"}, {"资产总计", "26,000.00", "22,900.00"}, {"吸收存款", "21,000.00", "19,000.00"},
                {"负债合计", "23,000.00", "20,500.00"}, {"股东权益合计", "3,000.00", "2,400.00"}};
        for (String[] r : rows) p.line(r[0], 83, r[1], right(r[1], 420), r[2], right(r[2], 530));
        return p;
    }

    @Test
    void aBankLayoutIsSaidNotUnderstoodAndItsItemsAreNotForcedOntoIndustrialConcepts() {
        CasPages p = new CasPages();
        p.page().line("测试银行股份有限公司", 200).line("2019", 220, "年年度报告", 245);
        bankBalanceSheet(p.page());
        CasSpread spread = CasSpreader.standard().spread(p.document("bank.pdf"));
        StatementSpread bs = spread.spread().statement(StatementType.BALANCE_SHEET).orElseThrow();
        assertThat(bs.line("total_assets").orElseThrow().values().get(0).value()).isEqualByComparingTo("26000000");
        assertThat(bs.lines()).filteredOn(l -> l.rawLabel().equals("发放贷款和垫款")).singleElement()
                .satisfies(l -> assertThat(l.concept()).isNull());
        assertThat(spread.spread().warnings()).anyMatch(w -> w.contains("bank, insurer or broker") && w.contains("吸收存款"));
    }

    @Test
    void pagesWithoutTextAreNamedAsNeedingOcr() {
        CasPages p = new CasPages();
        p.page().line("测试科技股份有限公司", 200).line("2019", 220, "年年度报告", 245);
        p.page();
        p.page();
        p.page().line("正文", 60);
        CasSpread spread = CasSpreader.standard().spread(p.document("scanned.pdf"));
        assertThat(spread.spread().warnings()).contains("pages 2-3 have no text layer; OCR is not yet supported");
    }

    @Test
    void traditionalCharactersAndFullWidthDigitsReadAsSimplified() {
        CasPages p = new CasPages();
        p.page().line("測試科技股份有限公司", 200).line("２０１９", 220, "年年度報告", 245);
        p.page().line("合併資產負債表", 60).line("單位：元", 400).line("項目", 120, "２０１９年１２月３１日", 360, "２０１８年１２月３１日", 470);
        String[][] rows = {{"貨幣資金", "１，０００．００", "９００．００"}, {"流動資產合計", "１，０００．００", "９００．００"},
                {"資產總計", "１，０００．００", "９００．００"}, {"負債合計", "４００．００", "３００．００"},
                {"所有者權益合計", "６００．００", "６００．００"}, {"負債和所有者權益總計", "１，０００．００", "９００．００"}};
        for (String[] r : rows) p.line(r[0], 83, r[1], right(r[1], 420), r[2], right(r[2], 530));
        CasSpread spread = CasSpreader.standard().spread(p.document("traditional.pdf"));
        StatementSpread bs = spread.spread().statement(StatementType.BALANCE_SHEET).orElseThrow();
        assertThat(bs.line("cash").orElseThrow().values().get(0).value()).isEqualByComparingTo("1000");
        assertThat(bs.line("total_liabilities").orElseThrow().values().get(1).value()).isEqualByComparingTo("300");
        assertThat(spread.company().fiscalYear()).isEqualTo(2019);
    }
}
