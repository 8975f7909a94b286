package io.tickmark.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickmark.Tickmark;
import io.tickmark.document.Document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the evidence search: indexing throughput in pages per second, split into text extraction (PDF
 * reading), chunking, Lucene indexing and (when the settings name a model) embedding; then question latency
 * (median and p95) over given questions; the peak resident memory of the process and the index size on disk.
 */
public final class SearchBench {
    private SearchBench() {
    }

    /** What was measured. */
    public record Report(int documents, int pages, int passages, double extractSeconds, double chunkSeconds, double indexSeconds,
                         int queries, double medianMillis, double p95Millis, String model, double embedSeconds, long peakRssMb, double indexMb,
                         int reused, double cpuSeconds) {
        public Report(int documents, int pages, int passages, double extractSeconds, double chunkSeconds, double indexSeconds,
                      int queries, double medianMillis, double p95Millis) {
            this(documents, pages, passages, extractSeconds, chunkSeconds, indexSeconds, queries, medianMillis, p95Millis, "none", 0, 0, 0, 0, 0);
        }

        /** Passages the model read per second of embedding (a repeated text takes the vector of its first copy). */
        public double chunksPerSecond() {
            return embedSeconds == 0 ? 0 : (passages - reused) / embedSeconds;
        }

        public double pagesPerSecond() {
            double total = extractSeconds + chunkSeconds + indexSeconds + embedSeconds;
            return total == 0 ? 0 : pages / total;
        }

        public String table() {
            double total = extractSeconds + chunkSeconds + indexSeconds + embedSeconds;
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "indexed %d documents, %d pages, %d passages in %.1f s (%.0f pages/s)%n",
                    documents, pages, passages, total, pagesPerSecond()));
            sb.append(step("text extraction", extractSeconds, total)).append(step("chunking", chunkSeconds, total))
                    .append(step("indexing", indexSeconds, total));
            if (!"none".equals(model)) {
                sb.append(step("embedding", embedSeconds, total)).append(String.format(Locale.ROOT,
                        "    (%s, %.1f passages/s read by the model; %d repeated passages took the vector of their first copy)%n", model,
                        chunksPerSecond(), reused));
            }
            if (cpuSeconds > 0) {
                sb.append(String.format(Locale.ROOT, "  process CPU while indexing %.1f s (%.0f%% of the wall time: the rest waited for a core)%n",
                        cpuSeconds, total == 0 ? 0 : 100 * cpuSeconds / total));
            }
            sb.append(String.format(Locale.ROOT, "queries: %d, median %.1f ms, p95 %.1f ms%n", queries, medianMillis, p95Millis));
            sb.append(String.format(Locale.ROOT, "peak resident memory %d MB; index %.1f MB on disk (%.1f MB per 1,000 pages)%n", peakRssMb, indexMb,
                    pages == 0 ? 0 : indexMb * 1000 / pages));
            return sb.toString();
        }

        private String step(String name, double seconds, double total) {
            return String.format(Locale.ROOT, "  %-16s %7.2f s %5.1f%% %8.0f pages/s%n", name, seconds, total == 0 ? 0 : 100 * seconds / total,
                    seconds == 0 ? 0 : pages / seconds);
        }

        public String json() {
            ObjectNode n = new ObjectMapper().createObjectNode();
            n.put("bench", "search");
            n.put("documents", documents);
            n.put("pages", pages);
            n.put("passages", passages);
            n.put("pages_per_s", Math.round(pagesPerSecond()));
            n.put("extract_s", round(extractSeconds));
            n.put("chunk_s", round(chunkSeconds));
            n.put("index_s", round(indexSeconds));
            n.put("model", model);
            n.put("embed_s", round(embedSeconds));
            n.put("chunks_per_s", round(chunksPerSecond()));
            n.put("reused", reused);
            n.put("peak_rss_mb", peakRssMb);
            n.put("cpu_s", round(cpuSeconds));
            n.put("index_mb_per_1000_pages", round(pages == 0 ? 0 : indexMb * 1000 / pages));
            n.put("queries", queries);
            n.put("p50_ms", round(medianMillis));
            n.put("p95_ms", round(p95Millis));
            return n.toString();
        }

        private static double round(double v) {
            return Math.round(v * 100) / 100.0;
        }
    }

    /** Indexes the files into a fresh index (emptied first), then searches every question {@code rounds} times. */
    public static Report run(List<Path> pdfs, Path indexDir, List<String> questions, int rounds) throws IOException {
        return run(pdfs, indexDir, questions, rounds, IndexSettings.current());
    }

    /** The same with the given index settings (an embedding model adds the embedding step). */
    public static Report run(List<Path> pdfs, Path indexDir, List<String> questions, int rounds, IndexSettings settings) throws IOException {
        long extract = 0;
        long chunk = 0;
        long index = 0;
        int pages = 0;
        int passages = 0;
        long cpu0 = processCpuNanos();
        try (SearchIndex idx = SearchIndex.recreate(indexDir, settings)) {
            for (Path pdf : pdfs) {
                long start = System.nanoTime();
                Document doc = Tickmark.read(pdf);
                extract += System.nanoTime() - start;
                SearchIndex.Added added = idx.add(doc);
                chunk += added.chunkingNanos();
                index += added.indexingNanos();
                pages += doc.pages().size();
                passages += added.chunks();
            }
            SearchIndex.Vectored v = idx.embedPending(n -> { });
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            double[] millis = latencies(new QuestionSearch(idx), questions, rounds);
            return new Report(pdfs.size(), pages, passages, extract / 1e9, chunk / 1e9, (index + v.indexingNanos()) / 1e9, millis.length,
                    percentile(millis, 50), percentile(millis, 95), settings.embeddingModel(), v.embeddingNanos() / 1e9, peakRssMb(),
                    size(indexDir) / 1e6, v.reused(), cpu);
        }
    }

    private static double[] latencies(QuestionSearch search, List<String> questions, int rounds) throws IOException {
        for (String q : questions) search.search(q, 10);
        List<Double> out = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long start = System.nanoTime();
                search.search(q, 10);
                out.add((System.nanoTime() - start) / 1e6);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** CPU time of the whole process (all threads, the model's included), or 0 where the JVM does not say. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** The peak resident memory of this process (VmHWM of /proc/self/status), or 0 where it cannot be read. */
    static long peakRssMb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static long size(Path dir) throws IOException {
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static double percentile(double[] values, int p) {
        if (values.length == 0) return 0;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }
}
