package io.tickmark.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A Chinese report uploaded to the server: a metric question in Chinese is computed from its statements, another gets its passages. */
class ServerChineseAskTest {
    @TempDir
    Path tmp;

    private static String element(String title, String type, String content) {
        return "{\"title_hierarchy\": [\"" + title + "\"], \"content_type\": \"" + type + "\", \"content\": \"" + content + "\"}";
    }

    /** A small CAS annual report as parsed text (the FinGLM layout): cover, business overview, balance sheet. */
    private static byte[] report() {
        String json = "{\"1\": [" + String.join(",", element("封面", "text", "测试科技股份有限公司"), element("封面", "text", "2019年年度报告"),
                element("封面", "text", "股票简称：测试科技 股票代码：300999")) + "],"
                + "\"2\": [" + element("公司业务概要", "text", "报告期内公司从事的主要业务为医药中间体的研发和生产。") + "],"
                + "\"3\": [" + String.join(",",
                element("合并资产负债表", "text", "单位：元"),
                element("合并资产负债表", "excel", "['项目', '2019年12月31日', '2018年12月31日']"),
                element("合并资产负债表", "excel", "['货币资金', '1,000.00', '900.00']"),
                element("合并资产负债表", "excel", "['流动资产合计', '1,000.00', '900.00']"),
                element("合并资产负债表", "excel", "['资产总计', '1,000.00', '900.00']"),
                element("合并资产负债表", "excel", "['负债合计', '400.00', '300.00']"),
                element("合并资产负债表", "excel", "['所有者权益合计', '600.00', '600.00']"),
                element("合并资产负债表", "excel", "['负债和所有者权益总计', '1,000.00', '900.00']")) + "]}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_chinese_metric_question_is_computed_and_another_gets_the_passages() throws Exception {
        try (LiveServer live = new LiveServer(tmp.resolve("data"), 1_000_000, 3)) {
            String key = live.key("alpha", "Ann");
            JsonNode item = live.json(live.upload(key, new Multipart().file("cn-report.json", report()))).path("files").path(0);
            JsonNode job = live.awaitJob(key, item.path("job").path("id").asText());
            assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("DONE");

            JsonNode metric = live.json(live.postJson("/v1/ask", key, "{\"question\":\"测试科技2019年的资产负债率是多少？\"}"));
            JsonNode business = live.json(live.postJson("/v1/ask", key, "{\"question\":\"测试科技2019年的主要业务是什么？\"}"));

            assertThat(metric.path("chineseAnswer").path("answered").asBoolean()).as(metric.toString()).isTrue();
            assertThat(metric.path("chineseAnswer").path("text").asText()).contains("资产负债率为40.00%");
            assertThat(business.has("chineseAnswer")).as(business.toString()).isFalse();
            assertThat(business.path("evidence").path(0).path("text").asText()).contains("主要业务为医药中间体");
        }
    }
}
