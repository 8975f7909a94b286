package io.tickmark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The ask command after the demo filled the store with the sample 10-K. */
class AskCommandTest {
    @TempDir
    Path dir;

    @Test
    void answers_with_the_formula_and_ticked_inputs_and_exit_0() {
        Cli.run("demo", "--data-dir", dir.toString());

        Cli.Run run = Cli.run("ask", "--data-dir", dir.toString(),
                "What is the FY2025 capital expenditure amount (in USD millions) for Northwind Instruments?");

        assertThat(run.exit()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("million", "formula: capital_expenditure", "✓ northwind-10k.pdf p.");
    }

    @Test
    void a_question_it_cannot_parse_says_so_and_exits_1() {
        Cli.run("demo", "--data-dir", dir.toString());

        Cli.Run run = Cli.run("ask", "--data-dir", dir.toString(), "Is Northwind a good investment?");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("not understood: I can't parse this as a metric question");
    }

    @Test
    void json_answer_carries_the_sources() {
        Cli.run("demo", "--data-dir", dir.toString());

        Cli.Run run = Cli.run("ask", "--json", "--data-dir", dir.toString(),
                "What is the FY2025 capital expenditure amount (in USD millions) for Northwind Instruments?");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"status\" : \"ANSWERED\"", "\"page\"", "\"rawValue\"");
    }

    @Test
    void a_question_for_the_evidence_gets_cited_passages_from_the_index() {
        indexedDemo();

        Cli.Run run = Cli.run("ask", "--data-dir", dir.toString(), "What drove the change in net sales at Northwind Instruments?");

        assertThat(run.exit()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).startsWith("Not a metric question").contains("No language model is configured", "1. northwind-10k.pdf p.")
                .as("the metric parser's reasons are noise once passages answer").doesNotContain("can't parse");
    }

    @Test
    void without_an_index_it_says_how_to_get_the_evidence() {
        Cli.run("demo", "--data-dir", dir.toString());

        Cli.Run run = Cli.run("ask", "--data-dir", dir.toString(), "What drove the change in net sales at Northwind Instruments?");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("not understood").contains("tickmark ingest");
    }

    /** The demo's sample 10-K stored and indexed for search. */
    private void indexedDemo() {
        Cli.run("demo", "--data-dir", dir.toString());
        Cli.run("index", "--data-dir", dir.toString(), dir.resolve("sample/northwind-10k.pdf").toString());
    }

    /** Asks with the local chat server as the language model ("test-model"); {@code rest} ends with the question. */
    private Cli.Run askWithModel(com.sun.net.httpserver.HttpServer server, String... rest) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("ask", "--data-dir", dir.toString(),
                "--llm-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "--llm-model", "test-model"));
        args.addAll(java.util.List.of(rest));
        return Cli.run(args.toArray(String[]::new));
    }

    /** A local server speaking the OpenAI chat format: replies {@code content} after {@code delayMillis}. */
    private static com.sun.net.httpserver.HttpServer chat(String content, long delayMillis) throws java.io.IOException {
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = ("{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                    + "\"message\":{\"role\":\"assistant\",\"content\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(content)
                    + "},\"finish_reason\":\"stop\"}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (java.io.IOException gone) {
                // the client gave up (timeout test)
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    @Test
    void with_a_language_model_the_answer_cites_the_passages_and_a_figure_they_do_not_print_is_marked() throws Exception {
        indexedDemo();
        var server = chat("Net sales rose on higher volumes [1]; the company sold 98,765 units [1].", 0);
        try {
            Cli.Run run = askWithModel(server, "What drove the change in net sales at Northwind Instruments?");

            assertThat(run.exit()).as(run.err() + run.out()).isZero();
            assertThat(run.out()).contains("Net sales rose on higher volumes [1]", "⚠[98,765", "answered by test-model", "[1] northwind-10k.pdf p.")
                    .contains("warning:");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_model_that_does_not_answer_in_time_is_named_and_the_passages_are_shown() throws Exception {
        indexedDemo();
        var server = chat("too late [1]", 5_000);
        try {
            Cli.Run run = askWithModel(server, "--llm-timeout", "1", "What drove the change in net sales at Northwind Instruments?");

            assertThat(run.exit()).as(run.err() + run.out()).isZero();
            // the reply comes after 5 s: shown, it would mean the 1 s timeout was not applied
            assertThat(run.out()).contains("no model answer:", "within 1 s").contains("1. northwind-10k.pdf p.").doesNotContain("too late");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_question_about_a_company_not_in_the_index_says_so_first_and_no_model_answers_from_other_companies() throws Exception {
        indexedDemo();
        var server = chat("Sales rose [1].", 0);
        try {
            Cli.Run run = askWithModel(server, "What drove the change in net sales at Foot Locker?");

            assertThat(run.exit()).as("passages of another company do not answer it").isEqualTo(1);
            assertThat(run.out().lines().skip(2).findFirst().orElse(""))
                    .startsWith("note: Foot Locker is not in the search index").containsIgnoringCase("Northwind Instruments").contains("other companies");
            assertThat(run.out()).doesNotContain("Sales rose", "answered by");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void json_of_a_question_for_the_evidence_carries_the_passages_and_the_model_answer() throws Exception {
        indexedDemo();
        var server = chat("Net sales rose on higher volumes [1].", 0);
        try {
            Cli.Run plain = Cli.run("ask", "--json", "--data-dir", dir.toString(), "What drove the change in net sales at Northwind Instruments?");
            Cli.Run elsewhere = Cli.run("ask", "--json", "--data-dir", dir.toString(), "What drove the change in net sales at Foot Locker?");
            Cli.Run modelled = askWithModel(server, "--json", "What drove the change in net sales at Northwind Instruments?");
            var mapper = io.tickmark.output.SpreadJson.mapper();
            var p = mapper.readTree(plain.out());
            var e = mapper.readTree(elsewhere.out());
            var m = mapper.readTree(modelled.out());

            assertThat(plain.exit()).as(plain.err()).isZero();
            assertThat(p.path("status").asText()).isEqualTo("NOT_UNDERSTOOD");
            assertThat(p.path("evidence").path(0).path("fileName").asText()).isEqualTo("northwind-10k.pdf");
            assertThat(e.path("evidenceNote").asText()).startsWith("Foot Locker is not in the search index");
            assertThat(elsewhere.exit()).isEqualTo(1);
            assertThat(m.path("modelAnswer").path("text").asText()).contains("Net sales rose on higher volumes [1]");
            assertThat(m.path("modelAnswer").path("citations").path(0).path("cite").asText()).startsWith("northwind-10k.pdf p.");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_chinese_question_for_no_metric_gets_the_passages_of_the_chinese_report() throws Exception {
        // a Chinese report as parsed text (the FinGLM layout Tickmark reads), one section per page
        Path report = java.nio.file.Files.writeString(dir.resolve("cn-report.json"), """
                {"1": [{"title_hierarchy": ["封面"], "content_type": "text", "content": "测试科技股份有限公司"},
                       {"content_type": "text", "content": "2019年年度报告"},
                       {"content_type": "text", "content": "股票简称：测试科技 股票代码：300999"}],
                 "2": [{"title_hierarchy": ["公司业务概要"], "content_type": "text", "content": "报告期内公司从事的主要业务为医药中间体的研发和生产。"}],
                 "3": [{"title_hierarchy": ["风险"], "content_type": "text", "content": "公司面临原材料价格波动风险和汇率风险。"}]}
                """);
        Cli.Run index = Cli.run("index", "--data-dir", dir.toString(), report.toString());

        Cli.Run run = Cli.run("ask", "--data-dir", dir.toString(), "测试科技2019年的主要业务是什么？");
        Cli.Run json = Cli.run("ask", "--json", "--data-dir", dir.toString(), "测试科技面临哪些风险？");

        assertThat(index.exit()).as(index.err()).isZero();
        assertThat(run.exit()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).startsWith("这不是指标计算问题").contains("未配置语言模型", "1. cn-report.json p.2");
        var j = io.tickmark.output.SpreadJson.mapper().readTree(json.out());
        assertThat(j.path("metric").asBoolean(true)).isFalse();
        assertThat(j.path("evidence").path(0).path("page").asInt()).isEqualTo(3);
    }
}
