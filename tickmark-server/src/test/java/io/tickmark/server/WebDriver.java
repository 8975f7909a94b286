package io.tickmark.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Headless Chromium driven through chromedriver's W3C WebDriver HTTP API (no Selenium): start, navigate,
 * find, click, type, run a script, take a screenshot. Absent Chromium skips the test locally and fails
 * it in CI (env CI set), where .ci/run installs it.
 */
final class WebDriver implements AutoCloseable {
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Process driver;
    private final String base;
    private final String session;

    private WebDriver(Process driver, String base, String session) {
        this.driver = driver;
        this.base = base;
        this.session = session;
    }

    /** Starts chromedriver and a headless Chromium with a fresh profile in {@code profile}. */
    static WebDriver start(Path profile) throws Exception {
        Path chromedriver = find("chromedriver", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        Path chromium = find("chromium", "/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser");
        if (chromedriver == null || chromium == null) {
            String message = "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
            if (System.getenv("CI") != null) throw new AssertionError(message + ": missing in CI");
            Assumptions.abort(message + ": skipped, not installed here");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(chromedriver.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromedriver.log").toFile()).start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + 20_000_000_000L;
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) break;
            } catch (IOException e) {
                if (System.nanoTime() > end) {
                    p.destroyForcibly();
                    throw new AssertionError("chromedriver did not start in 20 s", e);
                }
            }
            Thread.sleep(100);
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode caps = json.createObjectNode();
        ObjectNode options = caps.putObject("capabilities").putObject("alwaysMatch");
        options.put("browserName", "chrome");
        ObjectNode chrome = options.putObject("goog:chromeOptions");
        chrome.put("binary", chromium.toString());
        ArrayNode args = chrome.putArray("args");
        for (String a : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath())) {
            args.add(a);
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(caps.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = json.readTree(r.body());
        String session = body.path("value").path("sessionId").asText();
        if (session.isEmpty()) {
            p.destroyForcibly();
            throw new AssertionError("chromedriver could not start Chromium: " + r.body());
        }
        return new WebDriver(p, base, session);
    }

    private static Path find(String name, String... candidates) {
        for (String c : candidates) if (Files.isExecutable(Path.of(c))) return Path.of(c);
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(":")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p;
            }
        }
        return null;
    }

    private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/session/" + session + path)).timeout(Duration.ofSeconds(60));
        String text = body == null ? "{}" : json.writeValueAsString(body);
        b = method.equals("GET") ? b.GET() : method.equals("DELETE") ? b.DELETE()
                : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode value = json.readTree(r.body()).path("value");
        if (r.statusCode() != 200) throw new AssertionError("WebDriver " + method + " " + path + ": " + value.path("message").asText(r.body()));
        return value;
    }

    void go(String url) throws Exception {
        call("POST", "/url", java.util.Map.of("url", url));
    }

    JsonNode script(String js, Object... args) throws Exception {
        return call("POST", "/execute/sync", java.util.Map.of("script", js, "args", List.of(args)));
    }

    String find(String css) throws Exception {
        return call("POST", "/element", java.util.Map.of("using", "css selector", "value", css)).path(ELEMENT).asText();
    }

    void click(String css) throws Exception {
        call("POST", "/element/" + find(css) + "/click", java.util.Map.of());
    }

    void type(String css, String text) throws Exception {
        call("POST", "/element/" + find(css) + "/value", java.util.Map.of("text", text));
    }

    /** Waits until the script returns true (at most {@code seconds}). */
    void await(String what, String js, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (script(js).asBoolean(false)) return;
            Thread.sleep(200);
        }
        throw new AssertionError("waited " + seconds + " s for " + what + "; page text: "
                + script("return document.body.innerText.slice(0, 800)").asText());
    }

    void screenshot(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(call("GET", "/screenshot", null).asText()));
    }

    @Override
    public void close() {
        try {
            call("DELETE", "", null);
        } catch (Exception | AssertionError ignored) {
            // the browser is going away anyway
        }
        driver.destroy();
        try {
            if (!driver.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) driver.destroyForcibly();
        } catch (InterruptedException e) {
            driver.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
