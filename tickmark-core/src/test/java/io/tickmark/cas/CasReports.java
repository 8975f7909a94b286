package io.tickmark.cas;

import io.tickmark.document.Document;

import static io.tickmark.cas.CasPages.right;

/** A small invented A-share annual report (amounts in 万元), with consolidated and parent-company statements. */
public final class CasReports {
    private static final float CUR = 420f;
    private static final float PRI = 530f;

    private CasReports() {
    }

    private static CasPages row(CasPages p, String label, float x, String current, String prior) {
        if (current == null && prior == null) return p.line(label, x);
        if (prior == null) return p.line(label, x, current, right(current, CUR));
        if (current == null) return p.line(label, x, prior, right(prior, PRI));
        return p.line(label, x, current, right(current, CUR), prior, right(prior, PRI));
    }

    private static void balanceHeader(CasPages p) {
        p.line("2019", 250, "年", 273, "12", 285, "月", 297, "31", 309, "日", 321);
        p.line("编制单位：测试科技股份有限公司", 60, "单位：万元", 400, "币种：人民币", 470);
        p.line("项目", 120, "附注", 250, "期末余额", 360, "期初余额", 470);
    }

    public static Document report() {
        CasPages p = new CasPages();
        p.page().line("测试科技股份有限公司", 200).line("2019", 220, "年年度报告", 245);
        p.page().line("股票简称", 60, "测试科技", 120, "股票代码", 250, "300999", 320)
                .line("公司的中文名称", 60, "测试科技股份有限公司", 160);
        p.page().line("1、合并资产负债表", 60);
        balanceHeader(p);
        row(p, "流动资产：", 62, null, null);
        p.line("货币资金", 83, "七、1", 255, "1,000.00", right("1,000.00", CUR), "800.00", right("800.00", PRI));
        row(p, "应收账款", 83, "500.00", "400.00");
        row(p, "流动资产合计", 93, "1,500.00", "1,200.00");
        p.page().line("测试科技股份有限公司", 200, "2019", 300, "年年度报告全文", 330);
        row(p, "非流动资产：", 62, null, null);
        row(p, "固定资产", 83, "2,500.00", "2,300.00");
        row(p, "非流动资产合计", 93, "2,500.00", "2,300.00");
        row(p, "资产总计", 104, "4,000.00", "3,500.00");
        row(p, "流动负债：", 62, null, null);
        row(p, "应付账款", 83, "1,500.00", "1,400.00");
        row(p, "流动负债合计", 93, "1,500.00", "1,400.00");
        row(p, "负债合计", 104, "1,500.00", "1,400.00");
        row(p, "所有者权益：", 62, null, null);
        row(p, "股本", 83, "1,000.00", "1,000.00");
        row(p, "未分配利润", 83, "1,500.00", "1,100.00");
        row(p, "归属于母公司所有者权益", 83, "2,500.00", "2,100.00");
        row(p, "（或股东权益）合计", 62, null, null);
        row(p, "所有者权益合计", 93, "2,500.00", "2,100.00");
        row(p, "负债和所有者权益总计", 104, "4,000.00", "3,500.00");
        p.line("法定代表人：张三", 60, "主管会计工作负责人：李四", 250);
        p.line("2、母公司资产负债表", 60);
        balanceHeader(p);
        row(p, "货币资金", 83, "123.45", "80.00");
        row(p, "流动资产合计", 93, "123.45", "80.00");
        row(p, "长期股权投资", 83, "900.00", "900.00");
        row(p, "非流动资产合计", 93, "900.00", "900.00");
        row(p, "资产总计", 104, "1,023.45", "980.00");
        row(p, "负债合计", 104, "0.00", "0.00");
        row(p, "所有者权益合计", 93, "1,023.45", "980.00");
        row(p, "负债和所有者权益总计", 104, "1,023.45", "980.00");
        p.page().line("3、合并利润表", 60);
        p.line("单位：万元", 400, "币种：人民币", 470);
        p.line("项目", 120, "附注", 250, "本期发生额", 360, "上期发生额", 470);
        row(p, "一、营业总收入", 62, "3,000.00", "2,500.00");
        row(p, "其中：营业收入", 83, "3,000.00", "2,500.00");
        row(p, "二、营业总成本", 62, "2,000.00", "1,800.00");
        row(p, "其中：营业成本", 83, "1,600.00", "1,500.00");
        row(p, "研发费用", 104, "100.00", "80.00");
        row(p, "财务费用", 104, "-20.00", "-10.00");
        p.line("投资收益（损失以“－”", 104);
        p.line("50.00", right("50.00", CUR), "-5.00", right("-5.00", PRI));
        p.line("号填列）", 62);
        row(p, "三、营业利润（亏损以“－”号填列）", 62, "1,050.00", "695.00");
        row(p, "四、利润总额（亏损总额以“－”号填列）", 62, "1,050.00", "695.00");
        row(p, "减：所得税费用", 83, "150.00", "95.00");
        row(p, "五、净利润（净亏损以“－”号填列）", 62, "900.00", "600.00");
        row(p, "（一）基本每股收益（元/股）", 83, "0.90", "0.60");
        p.line("法定代表人：张三", 60);
        return p.document("测试科技_2019_年度报告.pdf");
    }
}
