package io.tickmark.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times commands as new processes, the way a user meets them: the credit memo command against a bare JVM
 * start and {@code tickmark --version}, each run N times, medians. Under the {@code ./tickmark} launcher
 * (which says where it is in TICKMARK_LAUNCHER) the launcher itself is spawned; otherwise {@code java}
 * with the options the launcher would give (first JIT tier, the class-data sharing archive beside the jar
 * when it is there).
 */
final class ColdBench {
    static final String LAUNCHER_VARIABLE = "TICKMARK_LAUNCHER";

    private final Io io;
    private final StoreOptions storeOptions;

    ColdBench(Io io, StoreOptions storeOptions) {
        this.io = io;
        this.storeOptions = storeOptions;
    }

    /** Medians in milliseconds, and the credit command's phase medians as it reported them. */
    record Result(List<String> command, int runs, double jvm, double version, double credit, Map<String, Double> phases) {
        String table() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, """
                    Cold command (a new process each time, median of %d)
                      bare JVM start    %6.0f ms  java -Xshare:auto -version
                      tickmark --version%6.0f ms
                      credit memo       %6.0f ms  %s
                      beyond JVM start  %6.0f ms
                    """, runs, jvm, version, credit, String.join(" ", command), credit - jvm));
            if (!phases.isEmpty()) {
                b.append("  phases (median)  ");
                phases.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.0f", k, v)));
                b.append(" ms\n");
            }
            return b.toString();
        }

        String json() {
            StringBuilder p = new StringBuilder();
            phases.forEach((k, v) -> p.append(p.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "\"%s\":%.1f", k, v)));
            return String.format(Locale.ROOT, "\"cold_runs\":%d,\"cold_jvm_ms\":%.1f,\"cold_version_ms\":%.1f,\"cold_median_ms\":%.1f,\"cold_beyond_jvm_ms\":%.1f,\"cold_phases_ms\":{%s}",
                    runs, jvm, version, credit, credit - jvm, p);
        }
    }

    Result run(String company, Path memo, int runs) throws IOException, InterruptedException {
        List<String> tickmark = tickmark();
        List<String> credit = new ArrayList<>(tickmark);
        credit.addAll(List.of("credit", "--company", company, "-o", memo.toString()));
        String url = storeOptions.storeUrl(io);
        if (url != null) credit.addAll(List.of("--store", url)); else credit.addAll(List.of("--data-dir", storeOptions.dataDir(io).toString()));
        List<String> version = new ArrayList<>(tickmark);
        version.add("--version");
        List<String> bare = List.of(java(), "-Xshare:auto", "-version");

        List<Double> jvm = new ArrayList<>(), ver = new ArrayList<>(), memoMs = new ArrayList<>();
        Map<String, List<Double>> phases = new LinkedHashMap<>();
        for (int r = 0; r < runs; r++) {
            jvm.add(time(bare, null));
            ver.add(time(version, null));
            double ms = time(credit, phases);
            memoMs.add(ms);
            io.err().println(String.format(Locale.ROOT, "cold %d: credit %.0f ms, java -version %.0f ms, --version %.0f ms", r + 1, ms, jvm.get(r), ver.get(r)));
        }
        Map<String, Double> phaseMedians = new LinkedHashMap<>();
        phases.forEach((k, v) -> phaseMedians.put(k, CreditBenchCommand.median(v)));
        List<String> shown = new ArrayList<>(credit);
        shown.set(shown.indexOf(memo.toString()), "memo." + memo.getFileName().toString().replaceFirst(".*\\.", ""));
        return new Result(shown, runs, CreditBenchCommand.median(jvm), CreditBenchCommand.median(ver), CreditBenchCommand.median(memoMs), phaseMedians);
    }

    /** Runs the command to its end, output thrown away; its {@code timings:} line goes into {@code phases}. */
    private double time(List<String> command, Map<String, List<Double>> phases) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (phases != null) pb.environment().put(Timings.VARIABLE, "1");
        long t0 = System.nanoTime();
        Process p = pb.start();
        byte[] err;
        try (InputStream in = p.getErrorStream()) {
            err = in.readAllBytes();
        }
        int code = p.waitFor();
        double ms = (System.nanoTime() - t0) / 1e6;
        String text = new String(err, StandardCharsets.UTF_8);
        if (code != 0) {
            throw new UserError(String.join(" ", command) + " exited with " + code + ": " + text.strip().lines().reduce((a, b) -> b).orElse(""));
        }
        if (phases != null) {
            text.lines().filter(l -> l.startsWith("timings: ")).reduce((a, b) -> b).ifPresent(line -> {
                for (String kv : line.substring("timings: ".length()).split(" ")) {
                    String[] parts = kv.split("=");
                    if (parts.length == 2) phases.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(Double.parseDouble(parts[1]));
                }
            });
        }
        return ms;
    }

    /** The command that starts Tickmark: the launcher, or java with the launcher's options. */
    private List<String> tickmark() {
        String launcher = io.variable(LAUNCHER_VARIABLE);
        if (launcher != null && Files.isExecutable(Path.of(launcher))) return List.of(launcher);
        List<String> out = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1"));
        Path jar = jar();
        if (jar == null) {
            out.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
            return out;
        }
        Path jsa = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".jsa"));
        try {
            if (Files.isRegularFile(jsa) && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
                out.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-Xshare:auto"));
            }
        } catch (IOException e) {
            // no archive then
        }
        out.addAll(List.of("-jar", jar.toString()));
        return out;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The jar this class was loaded from, or null when it came from a folder (tests). */
    private static Path jar() {
        try {
            var source = Main.class.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
