package io.tickmark.llm;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OpenAI chat-completions protocol against a local server that speaks it. */
class OpenAiLanguageModelTest {
    private HttpServer server;
    private final AtomicReference<String> request = new AtomicReference<>();
    private final AtomicInteger calls = new AtomicInteger();

    private String serve(int status, String body, long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            calls.incrementAndGet();
            request.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            } catch (IOException ignored) {
                // the client gave up (timeout test)
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    private static String completion(String content) {
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"m",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}""".formatted(
                com.fasterxml.jackson.databind.node.TextNode.valueOf(content).toString());
    }

    private static LanguageModel model(String url, Duration timeout, int retries) {
        return new OpenAiLanguageModel(new LanguageModelSettings(url, "test-model", "", timeout, retries));
    }

    @Test
    void sendsTheSystemAndUserMessagesAndReturnsTheReply() throws IOException {
        String url = serve(200, completion("Packaging [1]."), 0);
        String reply = model(url, Duration.ofSeconds(5), 0).complete("only the passages", "Question: what industry?");
        assertThat(reply).isEqualTo("Packaging [1].");
        assertThat(request.get()).containsPattern("\"model\"\\s*:\\s*\"test-model\"").contains("only the passages").contains("Question: what industry?");
    }

    @Test
    void malformedJsonIsSaidPlainly() throws IOException {
        String url = serve(200, "{\"choices\": [ this is not json", 0);
        assertThatThrownBy(() -> model(url, Duration.ofSeconds(5), 0).complete("s", "u"))
                .isInstanceOf(LanguageModelException.class)
                .satisfies(e -> assertThat(((LanguageModelException) e).kind()).isEqualTo(LanguageModelException.Kind.MALFORMED))
                .hasMessageContaining("test-model at " + url);
    }

    @Test
    void aSlowServerTimesOutAndIsRetried() throws IOException {
        String url = serve(200, completion("late"), 2000);
        assertThatThrownBy(() -> model(url, Duration.ofMillis(500), 1).complete("s", "u"))
                .isInstanceOf(LanguageModelException.class)
                .satisfies(e -> assertThat(((LanguageModelException) e).kind()).isEqualTo(LanguageModelException.Kind.TIMEOUT));
        // the retry reaches the server even when a loaded machine delays its handler
        for (int i = 0; i < 100 && calls.get() < 2; i++) sleep(50);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void aServerErrorIsReportedWithItsStatus() throws IOException {
        String url = serve(500, "{\"error\":{\"message\":\"model crashed\"}}", 0);
        assertThatThrownBy(() -> model(url, Duration.ofSeconds(5), 0).complete("s", "u"))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageContaining("500");
    }

    @Test
    void aDownEndpointIsUnreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThatThrownBy(() -> model("http://127.0.0.1:" + port + "/v1", Duration.ofSeconds(2), 0).complete("s", "u"))
                .isInstanceOf(LanguageModelException.class)
                .satisfies(e -> assertThat(((LanguageModelException) e).kind()).isEqualTo(LanguageModelException.Kind.UNREACHABLE))
                .hasMessageContaining("is unreachable");
    }

    @Test
    void settingsComeFromTheEnvironmentUnlessGiven() {
        Map<String, String> env = Map.of("TICKMARK_LLM_URL", "http://localhost:11434/v1", "TICKMARK_LLM_MODEL", "qwen2.5:7b");
        LanguageModelSettings s = LanguageModelSettings.resolve(null, null, null, null, env);
        assertThat(s.describe()).isEqualTo("qwen2.5:7b at http://localhost:11434/v1");
        assertThat(LanguageModelSettings.resolve(null, null, null, null, Map.of())).isNull();
        assertThatThrownBy(() -> LanguageModelSettings.resolve("localhost:11434", "m", null, null, Map.of()))
                .hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> LanguageModelSettings.resolve("http://localhost:11434/v1", null, null, null, Map.of()))
                .hasMessageContaining("TICKMARK_LLM_MODEL");
    }
}
