package io.tickmark.credit;

import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpServer;
import io.tickmark.llm.LanguageModelSettings;
import io.tickmark.llm.OpenAiLanguageModel;
import io.tickmark.spread.Spread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A language model writes the narrative from the figures, over the OpenAI protocol; its numbers are checked before the memo is written. */
class ModelNarrativeTest {
    private HttpServer server;
    private final AtomicReference<String> request = new AtomicReference<>();

    private static List<Spread> reports() {
        return List.of(Reports.tenK("2022.pdf", 2022)
                .flow("revenue", 3_650_000_000L, 3_000_000_000L).flow("operating_income", 300_000_000L, 250_000_000L)
                .flow("net_income", -190_000_000L, 150_000_000L)
                .balance("total_assets", 2_000_000_000L, 1_800_000_000L).balance("total_equity", -100_000_000L, 700_000_000L).build());
    }

    /** A local server speaking chat completions that replies {@code content}; its base URL. */
    private String serve(String content) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            request.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = """
                    {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"m",
                     "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                     "usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}""".formatted(TextNode.valueOf(content).toString())
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    private static CreditAnalyst analyst(String url) {
        return CreditAnalyst.standard().withNarrative(new ModelNarrative(new OpenAiLanguageModel(
                new LanguageModelSettings(url, "credit-writer", "", Duration.ofSeconds(5), 0))));
    }

    @Test
    void a_narrative_citing_only_the_figures_is_kept_and_the_model_was_given_those_figures() throws IOException {
        String url = serve("Revenue rose from 3,000.0 to 3,650.0 million between FY2021 and FY2022.\n\n"
                + "The year closed with a net loss of 190.0 million and total equity of -100.0 million.");

        CreditAnalysis a = analyst(url).analyse(reports(), List.of());

        assertThat(a.narrative().author()).isEqualTo("language model credit-writer at " + url);
        assertThat(a.narrative().paragraphs()).hasSize(2);
        assertThat(a.narrative().notes()).isEmpty();
        assertThat(request.get()).contains("3,650.0", "FY2022", "Use only the figures");
    }

    @Test
    void a_narrative_with_a_number_that_is_no_figure_is_replaced_by_the_template_and_the_memo_says_why() throws IOException {
        String url = serve("Revenue grew 21.7% to 3,650.0 million, and we expect 4,100.0 million next year.");

        CreditAnalysis a = analyst(url).analyse(reports(), List.of());

        assertThat(a.narrative().author()).isEqualTo("template");
        assertThat(a.narrative().notes()).singleElement().asString()
                .contains("credit-writer", "21.7%", "4,100.0 million", "not among the ticked figures", "template narrative")
                .doesNotContain("3,650.0 million,");
    }

    @Test
    void a_model_that_cannot_be_reached_leaves_the_template_narrative_with_the_reason() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }

        CreditAnalysis a = analyst("http://127.0.0.1:" + port + "/v1").analyse(reports(), List.of());

        assertThat(a.narrative().author()).isEqualTo("template");
        assertThat(a.narrative().notes()).singleElement().asString().contains("narrative writer failed").contains("template narrative");
    }
}
