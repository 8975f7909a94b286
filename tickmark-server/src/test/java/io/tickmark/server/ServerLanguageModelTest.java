package io.tickmark.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server configured with a language model answers a non-metric question from the evidence passages through it,
 * checked: cited passages shown, a number the passages do not print flagged, an answer without a citation or a model
 * that is down leaving the passages as the evidence. The model is a local HTTP server speaking the OpenAI chat format.
 */
class ServerLanguageModelTest {
    /** About the company of {@code SampleReportBytes.of(dir, 1)}. */
    private static final String QUESTION = "{\"question\":\"Where are the principal executive offices of Larkspur Systems?\"}";

    @TempDir
    Path tmp;
    private HttpServer model;
    private final AtomicReference<String> reply = new AtomicReference<>();
    private final AtomicReference<String> prompt = new AtomicReference<>();

    @AfterEach
    void stop() {
        if (model != null) model.stop(0);
    }

    private String model() throws IOException {
        model = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        model.createContext("/v1/chat/completions", exchange -> {
            prompt.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = """
                    {"id":"c1","object":"chat.completion","created":1,"model":"m",
                     "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}]}"""
                    .formatted(TextNode.valueOf(reply.get()).toString()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        model.start();
        return "http://127.0.0.1:" + model.getAddress().getPort() + "/v1";
    }

    private LiveServer server(String url) throws IOException {
        return new LiveServer(ServerConfig.defaults(tmp.resolve("data")).withPort(0)
                .withLanguageModel(url, "test-model", null, Duration.ofSeconds(5)));
    }

    private static String ingest(LiveServer live, Path tmp) throws Exception {
        String key = live.key("alpha", "Ann");
        JsonNode item = live.json(live.upload(key, new Multipart().file("northwind.pdf", SampleReportBytes.of(tmp, 1L)))).path("files").path(0);
        JsonNode job = live.awaitJob(key, item.path("job").path("id").asText());
        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("DONE");
        return key;
    }

    @Test
    void the_model_answers_from_the_passages_and_a_number_they_do_not_print_is_flagged() throws Exception {
        String url = model();
        try (LiveServer live = server(url)) {
            String key = ingest(live, tmp);
            reply.set("The offices are at 1200 Harbor Point Drive, Springfield, Illinois [1]. The company employs 4,321 people [1].");

            JsonNode r = live.json(live.postJson("/v1/ask", key, QUESTION));

            assertThat(prompt.get()).as("the prompt carries the retrieved passages").contains("Harbor Point Drive");
            JsonNode m = r.path("modelAnswer");
            assertThat(m.path("status").asText()).as(r.toString()).isEqualTo("UNSUPPORTED_NUMBERS");
            assertThat(m.path("unsupported").toString()).contains("4,321").doesNotContain("1200");
            assertThat(m.path("text").asText()).contains("⚠[4,321").contains("1200 Harbor Point Drive");
            assertThat(m.path("citations").path(0).path("cite").asText()).startsWith("northwind.pdf p.");
            assertThat(m.path("model").asText()).contains("test-model");
            assertThat(r.path("evidence")).as("the passages stay beside the answer").isNotEmpty();
        }
    }

    @Test
    void a_question_about_a_company_not_in_the_workspace_is_told_so_and_the_model_is_not_asked() throws Exception {
        String url = model();
        try (LiveServer live = server(url)) {
            String key = ingest(live, tmp);
            reply.set("The offices are in Springfield [1].");

            JsonNode r = live.json(live.postJson("/v1/ask", key, "{\"question\":\"Where are the principal executive offices of Foot Locker?\"}"));
            JsonNode search = live.json(live.get("/v1/search?q=" + java.net.URLEncoder.encode("offices of Foot Locker", StandardCharsets.UTF_8), key));

            assertThat(r.path("note").asText()).as(r.toString()).startsWith("Foot Locker is not in the search index").contains("other companies");
            assertThat(r.has("modelAnswer")).isFalse();
            assertThat(r.path("languageModel").asText()).startsWith("not asked");
            assertThat(prompt.get()).as("no prompt was sent").isNull();
            assertThat(search.path("notes").path(0).asText()).as(search.toString()).startsWith("Foot Locker is not in the search index");
        }
    }

    @Test
    void an_answer_without_a_citation_is_not_shown_and_the_passages_remain_the_evidence() throws Exception {
        String url = model();
        try (LiveServer live = server(url)) {
            String key = ingest(live, tmp);
            reply.set("They are in Springfield.");

            JsonNode r = live.json(live.postJson("/v1/ask", key, QUESTION));

            assertThat(r.has("modelAnswer")).as(r.toString()).isFalse();
            assertThat(r.path("languageModel").asText()).contains("no model answer").contains("cites none");
            assertThat(r.path("evidence")).isNotEmpty();
        }
    }

    @Test
    void a_model_that_is_down_is_named_and_the_passages_are_the_answer() throws Exception {
        String url = model();
        model.stop(0);
        model = null;
        try (LiveServer live = server(url)) {
            String key = ingest(live, tmp);

            JsonNode r = live.json(live.postJson("/v1/ask", key, QUESTION));

            assertThat(r.has("modelAnswer")).isFalse();
            assertThat(r.path("languageModel").asText()).as(r.toString()).contains("no model answer");
            assertThat(r.path("evidence")).isNotEmpty();
        }
    }

    @Test
    void the_model_phrases_the_memo_narrative_unless_the_template_is_asked_for() throws Exception {
        String url = model();
        try (LiveServer live = server(url)) {
            String key = ingest(live, tmp);
            String company = live.json(live.get("/v1/companies", key)).path("companies").path(0).asText();
            String memo = "/v1/companies/" + java.net.URLEncoder.encode(company, StandardCharsets.UTF_8).replace("+", "%20") + "/credit-memo?format=html";
            reply.set("Leverage is moderate and liquidity is ample across the years shown.");

            var phrased = live.get(memo, key);
            var template = live.get(memo + "&narrative=template", key);

            assertThat(phrased.statusCode()).as(phrased.body()).isEqualTo(200);
            assertThat(prompt.get()).as("the model is given the memo's figures").contains(company);
            assertThat(phrased.body()).contains("Leverage is moderate and liquidity is ample").contains("test-model");
            assertThat(template.body()).doesNotContain("Leverage is moderate and liquidity is ample");
        }
    }
}
