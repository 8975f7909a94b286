package io.tickmark.grid;

import io.tickmark.metrics.MetricCatalog;
import io.tickmark.store.FactStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Times whole grids: companies × questions (metric and free-text mixed, no language model) over a store holding the
 * ingested companies and, to reach the sizes asked, replicas of them under new names ({@link Replicas}). Each size
 * runs on a fresh {@link Grid} (nothing cached from the size before), after one warm-up grid. The process's CPU time is
 * reported beside the wall time: on a shared machine the wall time says as much about the neighbours as about the grid.
 */
public final class GridBench {
    private GridBench() {
    }

    /** One timed grid. */
    public record Size(int companies, int questions, int cells, double seconds, double cpuSeconds, Map<String, Integer> outcomes) {
        public double cellsPerSecond() {
            return cells / Math.max(seconds, 1e-9);
        }
    }

    /** The timed grids, the companies replicated from, and the thread count. */
    public record Report(List<Size> sizes, int originalCompanies, int replicaCompanies, int threads, double setupSeconds,
                         String evidence) {

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append("%d companies: %d ingested, %d replicas of them under new names (\"Replica1 NAME\": same facts, own documents in the bench store;%n"
                    .formatted(originalCompanies + replicaCompanies, originalCompanies, replicaCompanies));
            sb.append("free-text cells search the original's filings in the index, which is not copied). Evidence: %s. Threads: %d. No language model.%n"
                    .formatted(evidence, threads));
            sb.append(String.format("%-10s %-10s %7s %9s %9s %9s %9s  %s%n", "companies", "questions", "cells", "seconds", "cpu s", "cells/s",
                    "ms/cell", "outcomes"));
            for (Size s : sizes) {
                sb.append(String.format(Locale.ROOT, "%-10d %-10d %7d %9.2f %9.2f %9.0f %9.2f  %s%n", s.companies(), s.questions(), s.cells(),
                        s.seconds(), s.cpuSeconds(), s.cellsPerSecond(), s.seconds() * 1000 / Math.max(1, s.cells()), s.outcomes()));
            }
            return sb.toString();
        }

        /** The headline (100 × 10 when timed, else the largest) with the scaling series. */
        public String json() {
            Size head = sizes.stream().filter(s -> s.companies() == 100 && s.questions() == 10).findFirst()
                    .orElse(sizes.get(sizes.size() - 1));
            StringBuilder scaling = new StringBuilder();
            for (Size s : sizes) {
                if (scaling.length() > 0) scaling.append(',');
                scaling.append(String.format(Locale.ROOT, "{\"companies\":%d,\"questions\":%d,\"cells\":%d,\"seconds\":%.3f,\"cpu_seconds\":%.3f}",
                        s.companies(), s.questions(), s.cells(), s.seconds(), s.cpuSeconds()));
            }
            return String.format(Locale.ROOT, "{\"bench\":\"grid\",\"companies\":%d,\"questions\":%d,\"cells\":%d,\"seconds\":%.3f,"
                            + "\"cpu_seconds\":%.3f,\"ingested_companies\":%d,\"replica_companies\":%d,\"threads\":%d,\"model\":false,\"scaling\":[%s]}",
                    head.companies(), head.questions(), head.cells(), head.seconds(), head.cpuSeconds(), originalCompanies, replicaCompanies,
                    threads, scaling);
        }
    }

    /** CPU time of the whole process (all threads, the JVM's own included), to read timings on a loaded machine. */
    private static long cpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** The benchmark's questions, metric and free-text mixed (a data file a user can edit). */
    public static List<String> questions() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = GridBench.class.getResourceAsStream("bench-questions.txt")) {
            if (in == null) throw new IOException("bench-questions.txt is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.strip().startsWith("#")) out.add(line.strip());
            }
        }
        return out;
    }

    /**
     * Copies the source store's companies (and replicas up to the largest size) into {@code benchStore}, then times
     * each size.
     *
     * @param sizes pairs {companies, questions}
     */
    public static Report run(FactStore source, FactStore benchStore, EvidenceSource evidence, List<String> questions, List<int[]> sizes,
                             int threads, Consumer<String> progress) throws InterruptedException {
        int most = sizes.stream().mapToInt(s -> s[0]).max().orElse(0);
        int mostQuestions = sizes.stream().mapToInt(s -> s[1]).max().orElse(0);
        if (mostQuestions > questions.size()) {
            throw new IllegalArgumentException("a size asks " + mostQuestions + " questions; the benchmark has " + questions.size());
        }
        long t0 = System.nanoTime();
        progress.accept("copying " + source.companies().size() + " ingested companies and replicas to reach " + most + " into the bench store…");
        Map<String, String> companies = Replicas.copy(source, benchStore, most);
        double setup = (System.nanoTime() - t0) / 1e9;
        int originals = (int) companies.entrySet().stream().filter(e -> e.getKey().equals(e.getValue())).count();
        EvidenceSource replicated = Replicas.evidence(evidence, companies);
        List<String> names = new ArrayList<>(companies.keySet());
        MetricCatalog catalog = MetricCatalog.standard();

        progress.accept("warm-up grid…");
        new Grid(benchStore, replicated, catalog, new KeyTermJudge(), PointInTime.latest())
                .run(names.subList(0, Math.min(10, names.size())), questions.subList(0, Math.min(10, questions.size())), threads);

        List<Size> out = new ArrayList<>();
        for (int[] size : sizes) {
            long start = System.nanoTime();
            long cpu = cpuNanos();
            Grid grid = new Grid(benchStore, replicated, catalog, new KeyTermJudge(), PointInTime.latest());
            GridResult result = grid.run(names.subList(0, size[0]), questions.subList(0, size[1]), threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpuNanos() - cpu) / 1e9;
            Map<String, Integer> outcomes = new TreeMap<>();
            for (CellAnswer a : result.answered()) outcomes.merge(a.status().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
            Size s = new Size(size[0], size[1], size[0] * size[1], seconds, cpuSeconds, outcomes);
            progress.accept(String.format(Locale.ROOT, "%d × %d: %.2f s (%.2f s of CPU)", size[0], size[1], seconds, cpuSeconds));
            out.add(s);
        }
        return new Report(out, originals, companies.size() - originals, threads, setup, evidence.toString());
    }
}
