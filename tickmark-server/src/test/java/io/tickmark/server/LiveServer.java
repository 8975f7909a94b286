package io.tickmark.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A real server on a random loopback port over a temporary data dir, with an HTTP client for the tests. */
final class LiveServer implements AutoCloseable {
    final TickmarkServer server;
    final Path dataDir;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();

    LiveServer(Path dataDir, long maxUploadBytes, int maxFiles) throws IOException {
        this(ServerConfig.defaults(dataDir).withPort(0).withUploadLimits(maxUploadBytes, maxFiles));
    }

    LiveServer(ServerConfig config) throws IOException {
        this.dataDir = config.dataDir();
        this.server = TickmarkServer.create(config).start();
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    String key(String workspace, String user) throws IOException {
        return server.keys().create(workspace, user);
    }

    HttpResponse<String> get(String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (key != null) b.header("X-Api-Key", key);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String key) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("X-Api-Key", key).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> send(String method, String path, String key, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) b.header("X-Api-Key", key);
        if (contentType != null) b.header("Content-Type", contentType);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String key, String body) throws IOException, InterruptedException {
        return send("POST", path, key, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    HttpResponse<String> upload(String key, Multipart parts) throws IOException, InterruptedException {
        return send("POST", "/v1/documents", key, parts.contentType(), parts.bytes());
    }

    JsonNode json(HttpResponse<String> r) throws IOException {
        return json.readTree(r.body());
    }

    /** Polls the job until it finishes (at most 120 s) and returns its last state. */
    JsonNode awaitJob(String key, String id) throws Exception {
        long end = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < end) {
            JsonNode job = json(get("/v1/jobs/" + id, key));
            String state = job.path("state").asText();
            if (state.equals("DONE") || state.equals("FAILED")) return job;
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish in 120 s");
    }

    @Override
    public void close() {
        server.close();
    }
}
