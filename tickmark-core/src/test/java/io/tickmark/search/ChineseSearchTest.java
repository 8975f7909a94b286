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
}
