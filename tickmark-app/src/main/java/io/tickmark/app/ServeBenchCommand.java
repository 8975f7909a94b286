package io.tickmark.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.eval.FinanceBenchQuestion;
import io.tickmark.server.Multipart;
import io.tickmark.server.ServerConfig;
import io.tickmark.server.TickmarkServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * {@code tickmark bench serve}: a real server on a loopback port, the FinanceBench documents uploaded
 * through the API, then concurrent clients for a bounded time against the ask route and a company's
 * facts; requests per second, p95 latency, and the server's memory with the documents ingested.
 */
@Command(name = "serve", header = "Load-test the server on loopback with concurrent clients.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Load-test the server on loopback: ingest the FinanceBench PDFs through the API, then N clients for",
                "a bounded time against POST /v1/ask and GET /v1/companies/{company}/facts. Prints requests/s, median and",
                "p95 latency, and the server's memory (heap after GC, resident set) with the documents ingested."})
final class ServeBenchCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/financebench",
            description = "FinanceBench folder with pdfs/ and questions.jsonl (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "Seconds of load per route (default: ${DEFAULT-VALUE}; at most 120).")
    int seconds;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Ingest only the first N PDFs (default: all).")
    int limit;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Server data dir to keep (ingest once, rerun fast); default: a temporary one, removed after.")
    Path dataDir;

    ServeBenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        SpreadingEvalCommand.requireFolder(data.resolve("pdfs"), "bench serve reads the FinanceBench PDFs and questions");
        if (clients < 1 || clients > 64) throw new UserError("--clients must be 1..64, got " + clients);
        if (seconds < 1 || seconds > 120) throw new UserError("--seconds must be 1..120, got " + seconds);
        boolean temporary = dataDir == null;
        Path dir = temporary ? Files.createTempDirectory("tickmark-bench-serve") : dataDir;
        ServerConfig config = ServerConfig.defaults(dir).withPort(0).withUploadLimits(200_000_000L, 1);
        try (TickmarkServer server = TickmarkServer.create(config).start()) {
            String key = server.keys().create("bench", "bench");
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            ObjectMapper json = new ObjectMapper();

            List<Path> pdfs;
            try (var files = Files.list(data.resolve("pdfs"))) {
                pdfs = files.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
            }
            if (limit > 0 && pdfs.size() > limit) pdfs = pdfs.subList(0, limit);
            long t0 = System.nanoTime();
            List<String> jobs = new ArrayList<>();
            for (Path pdf : pdfs) {
                Multipart body = new Multipart().file(pdf.getFileName().toString(), Files.readAllBytes(pdf));
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/documents")).header("X-Api-Key", key)
                        .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode job = json.readTree(r.body()).path("files").path(0).path("job");
                if (job.hasNonNull("id")) jobs.add(job.get("id").asText());
            }
            int failed = 0, done = 0;
            for (String id : jobs) {
                while (true) {
                    JsonNode j = json.readTree(get(http, base + "/v1/jobs/" + id, key).body());
                    String state = j.path("state").asText();
                    if (state.equals("DONE") || state.equals("FAILED")) {
                        if (state.equals("FAILED")) failed++;
                        done++;
                        io.err().printf("\r[%d/%d] ingested%s", done, jobs.size(), state.equals("FAILED") ? " (one failed: " + j.path("error").asText() + ")" : "");
                        break;
                    }
                    Thread.sleep(200);
                }
            }
            io.err().println();
            double ingestSeconds = (System.nanoTime() - t0) / 1e9;
            System.gc();
            Thread.sleep(300);
            System.gc();
            long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
            long rssMb = rssMb();
            int documents = json.readTree(get(http, base + "/v1/documents", key).body()).path("documents").size();
            List<String> companies = new ArrayList<>();
            json.readTree(get(http, base + "/v1/companies", key).body()).path("companies").forEach(c -> companies.add(c.asText()));
            List<String> questions = FinanceBenchQuestion.load(data.resolve("questions.jsonl")).stream()
                    .filter(FinanceBenchQuestion::metric).map(FinanceBenchQuestion::question).toList();
            if (questions.isEmpty() || companies.isEmpty()) throw new UserError("nothing to load-test: no metric questions or no companies stored");

            Load ask = load(i -> {
                String body = json.createObjectNode().put("question", questions.get(i % questions.size())).toString();
                return HttpRequest.newBuilder(URI.create(base + "/v1/ask")).header("X-Api-Key", key).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            }, http);
            Load facts = load(i -> HttpRequest.newBuilder(URI.create(base + "/v1/companies/"
                    + URLEncoder.encode(companies.get(i % companies.size()), StandardCharsets.UTF_8).replace("+", "%20") + "/facts"))
                    .header("X-Api-Key", key).GET().build(), http);
            long rssAfterMb = rssMb();

            io.out().printf("bench serve: %d PDFs uploaded, %d documents stored (%d failed to ingest) in %.1fs; %d clients, %ds a route, loopback%n",
                    pdfs.size(), documents, failed, ingestSeconds, clients, seconds);
            io.out().println("route                              requests  errors   req/s  median ms  p95 ms");
            io.out().println(ask.row("POST /v1/ask"));
            io.out().println(facts.row("GET /v1/companies/{c}/facts"));
            io.out().printf("server memory after ingest: heap in use after GC %d MB, resident set %d MB (%d MB after the load)%n", heapMb, rssMb, rssAfterMb);
            io.out().printf(Locale.ROOT, "{\"bench\":\"serve\",\"documents\":%d,\"clients\":%d,\"seconds\":%d,\"ask_rps\":%.1f,\"ask_p95_ms\":%.1f,"
                            + "\"facts_rps\":%.1f,\"facts_p95_ms\":%.1f,\"heap_mb\":%d,\"rss_mb\":%d}%n",
                    documents, clients, seconds, ask.rps(), ask.p95(), facts.rps(), facts.p95(), heapMb, rssMb);
        } finally {
            if (temporary) deleteTree(dir);
        }
        return 0;
    }

    private static HttpResponse<String> get(HttpClient http, String url, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("X-Api-Key", key).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    record Load(int requests, int errors, double seconds, double[] millis) {
        double rps() {
            return requests / seconds;
        }

        double pct(double p) {
            if (millis.length == 0) return 0;
            return millis[Math.min(millis.length - 1, (int) Math.ceil(p * millis.length) - 1)];
        }

        double p95() {
            return pct(0.95);
        }

        String row(String name) {
            return String.format(Locale.ROOT, "%-34s %8d %7d %7.1f %10.1f %7.1f", name, requests, errors, rps(), pct(0.5), p95());
        }
    }

    /** N clients, each sending requests in a loop until the time is up (a loop bounded in time, loopback only). */
    private Load load(IntFunction<HttpRequest> request, HttpClient http) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger counter = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<List<Double>> times = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            List<Double> mine = new ArrayList<>();
            times.add(mine);
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int i = counter.getAndIncrement();
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request.apply(i), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    mine.add((System.nanoTime() - s) / 1e6);
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double[] all = times.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(all);
        return new Load(all.length, errors.get(), elapsed, all);
    }

    private static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
            }
        } catch (Exception ignored) {
            // not Linux: resident set unknown
        }
        return -1;
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
