package io.tickmark.ask;

import io.tickmark.cas.CasReports;
import io.tickmark.spread.CasSpreader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseQuestionsTest {
    private static final ChineseQuestions ASK = new ChineseQuestions(List.of(CasSpreader.standard().spread(CasReports.report())));

    @Test
    void answersALineItemByShortNameWithItsTickMark() {
        ChineseQuestions.Reply r = ASK.ask("2019年测试科技的营业收入是多少元?");
        assertThat(r.answered()).isTrue();
        assertThat(r.values()).singleElement().satisfies(v -> assertThat(v).isEqualByComparingTo("30000000"));
        assertThat(r.text()).contains("营业收入为30000000.00元").contains("第5页");
    }

    @Test
    void answersARatioByStockCodeRoundedAsAsked() {
        ChineseQuestions.Reply r = ASK.ask("300999在2019年的资产负债率是多少？保留两位小数");
        assertThat(r.answered()).isTrue();
        assertThat(r.text()).contains("资产负债率为37.50%");
    }

    @Test
    void answersGrowthFromTheTwoYearsOfOneReport() {
        ChineseQuestions.Reply r = ASK.ask("测试科技股份有限公司2019年的研发费用增长率为多少？");
        assertThat(r.answered()).isTrue();
        assertThat(r.text()).contains("研发费用增长率为25.00%");
    }

    @Test
    void answersTwoItemsAskedTogetherInTheirOrder() {
        ChineseQuestions.Reply r = ASK.ask("测试科技2019年的营业成本和营业收入分别是多少元？");
        assertThat(r.values()).hasSize(2);
        assertThat(r.values().get(0)).isEqualByComparingTo("16000000");
        assertThat(r.values().get(1)).isEqualByComparingTo("30000000");
    }

    @Test
    void abstainsInChineseForAYearTheReportDoesNotCover() {
        ChineseQuestions.Reply r = ASK.ask("在2020年的时候，测试科技研发费用增长率为多少？");
        assertThat(r.answered()).isFalse();
        assertThat(r.values()).isEmpty();
        assertThat(r.text()).startsWith("无法回答").contains("2020");
    }

    @Test
    void abstainsForACompanyNotRead() {
        ChineseQuestions.Reply r = ASK.ask("2019年四方科技的营业收入是多少元?");
        assertThat(r.answered()).isFalse();
        assertThat(r.text()).contains("公司");
    }

    @Test
    void readsFullWidthDigitsInTheQuestion() {
        ChineseQuestions.Reply r = ASK.ask("２０１９年测试科技的毛利率是多少？");
        assertThat(r.answered()).isTrue();
        assertThat(r.text()).contains("毛利率为46.67%");
    }

    @Test
    void aQuestionForNoMetricIsSaidToBeNoneSoThePassagesCanAnswerIt() {
        ChineseQuestions.Reply business = ASK.ask("测试科技2019年的主要业务是什么？");
        ChineseQuestions.Reply risks = ASK.ask("测试科技面临哪些风险？");
        ChineseQuestions.Reply noYear = ASK.ask("测试科技的营业收入是多少？");

        assertThat(business.answered()).isFalse();
        assertThat(business.metric()).isFalse();
        assertThat(risks.metric()).as("no metric and no year").isFalse();
        assertThat(noYear.metric()).as("a metric without its year is still a metric question: it is refused, not searched").isTrue();
        assertThat(noYear.text()).contains("没有写明年份");
    }
}
