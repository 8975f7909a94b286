package io.tickmark.document;

import io.tickmark.Tickmark;
import io.tickmark.spread.Spread;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParsedTextReaderTest {
    private static String element(String title, String type, String content) {
        return "{\"title_hierarchy\": [\"财务报告\", \"" + title + "\"], \"content_type\": \"" + type + "\", \"content\": \"" + content + "\"}";
    }

    @Test
    void splitsPythonStyleRowsIntoCells() {
        assertThat(ParsedTextReader.cells("['货币资金', '73,992,141.96', '']")).containsExactly("货币资金", "73,992,141.96", "");
        assertThat(ParsedTextReader.cells("['It\\'s', \"b\"]")).containsExactly("It's", "b");
        assertThat(ParsedTextReader.cells("plain text")).containsExactly("plain text");
    }

    @Test
    void aParsedTextReportIsDetectedByContentAndSpread(@TempDir Path dir) throws Exception {
        String json = "{\"1\": [" + element("重要提示", "text", "测试科技股份有限公司 2019年年度报告") + "],"
                + "\"2\": [" + String.join(",",
                element("合并资产负债表", "text", "单位：元"),
                element("合并资产负债表", "excel", "['项目', '2019年12月31日', '2018年12月31日']"),
                element("合并资产负债表", "excel", "['货币资金', '1,000.00', '900.00']"),
                element("合并资产负债表", "excel", "['流动资产合计', '1,000.00', '900.00']"),
                element("合并资产负债表", "excel", "['资产总计', '1,000.00', '900.00']"),
                element("合并资产负债表", "excel", "['负债合计', '400.00', '']"),
                element("合并资产负债表", "excel", "['所有者权益合计', '600.00', '900.00']"),
                element("合并资产负债表", "excel", "['负债和所有者权益总计', '1,000.00', '900.00']")) + "]}";
        Path file = dir.resolve("report.data");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        assertThat(Formats.detect(Files.readAllBytes(file))).contains(DocumentFormat.PARSED_TEXT);
        Spread spread = Tickmark.spread(file);
        var bs = spread.statement(StatementType.BALANCE_SHEET).orElseThrow();
        assertThat(bs.line("cash").orElseThrow().values().get(0).value()).isEqualByComparingTo("1000");
        assertThat(bs.line("total_liabilities").orElseThrow().values().get(1)).isNull();
    }

    @Test
    void brokenJsonIsRefusedByName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"1\": [{\"content_type\": \"text\", \"content\": \"x\"", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ParsedTextReader().read(file)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("not valid JSON");
    }
}
