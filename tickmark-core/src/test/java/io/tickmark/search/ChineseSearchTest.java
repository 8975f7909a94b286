package io.tickmark.search;

import io.tickmark.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Chinese passages are cut into words by SmartChinese; a query in a language no filing is in is refused with the reason. */
class ChineseSearchTest {
    @TempDir
    Path dir;

    private static Document chinese() throws Exception {
        return TextDocs.of("report-cn.pdf", List.of(
                List.of("公司主要从事包装材料的研发、生产和销售。", "报告期内，公司营业收入稳步增长。"),
                List.of("本公司面临的主要风险包括原材料价格波动风险和汇率风险。", "公司通过套期保值降低汇率风险。")));
    }

    @Test
    void a_chinese_question_finds_the_chinese_page_that_answers_it() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(chinese());
            List<Passage> found = index.search("汇率风险", Filters.none(), 2);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).page()).isEqualTo(2);
            assertThat(found.get(0).snippet()).contains("**汇率**");
        }
    }

    @Test
    void an_english_question_over_only_chinese_filings_says_to_ask_in_chinese() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(chinese());
            assertThatThrownBy(() -> index.search("exchange rate risk", Filters.none(), 2)).hasMessageContaining("in Chinese");
        }
    }

    @Test
    void a_chinese_question_over_english_filings_says_so() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(TextDocs.of("report.pdf", List.of(List.of("The company makes packaging for food and beverages."))));
            assertThatThrownBy(() -> index.search("汇率风险", Filters.none(), 2)).hasMessageContaining("no indexed filing is");
        }
    }

    @Test
    void chinese_text_is_told_by_its_characters() {
        assertThat(Languages.chinese("营业收入 (RMB million)")).isTrue();
        assertThat(Languages.chinese("Revenue grew 5% in 2022")).isFalse();
    }

    @Test
    void a_chinese_report_is_filed_under_the_company_its_cover_names_and_found_by_its_short_name() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(io.tickmark.cas.CasReports.report());
            Filing f = index.filings().get(0);

            assertThat(f.company()).isEqualTo("测试科技股份有限公司");
            assertThat(f.tickers()).contains("测试科技", "300999");
            assertThat(f.documentType()).isEqualTo("annual report");
            assertThat(f.periodEnd()).isEqualTo(java.time.LocalDate.of(2019, 12, 31));
            assertThat(index.resolveCompany("测试科技")).containsExactly("测试科技股份有限公司");

            QuestionSearch.Result r = new QuestionSearch(index).search("测试科技2019年的研发费用是多少？", 3);
            assertThat(r.filters().company()).isEqualTo("测试科技股份有限公司");
            assertThat(r.filters().fiscalYear()).isEqualTo(2019);
            assertThat(r.query()).as("the company, the year and the question words are not searched").isEqualTo("研发费用");
            assertThat(r.passages()).isNotEmpty();
            assertThat(r.unknownCompany()).isNull();
        }
    }

    @Test
    void a_chinese_compound_ranks_the_page_where_its_words_stand_together_first() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(TextDocs.of("cn.pdf", List.of(
                    List.of("公司业务范围广泛，主要客户遍布全国，业务收入主要来自华东，主要产品销往海外，业务持续增长。"),
                    List.of("报告期内公司从事的主要业务为医药中间体的研发和生产。"))));
            List<Passage> found = index.search("主要业务", Filters.none(), 2);

            assertThat(found.get(0).page()).isEqualTo(2);
        }
    }
}
