package io.tickmark.app;

import io.tickmark.credit.CreditAnalysis;
import io.tickmark.credit.CreditAnalyst;
import io.tickmark.credit.memo.MemoWriter;
import io.tickmark.eval.FinanceBenchEval;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code tickmark bench credit}: time a credit memo of a company whose annual reports are already in the
 * store, from the store read to the memo on disk, over several rounds in one process (the first round
 * pays for class loading); then the cold command as a user runs it, {@code tickmark credit --company NAME
 * -o memo.pdf}, spawned {@code --cold} times (the {@code ./tickmark} launcher when the bench runs under it,
 * else {@code java -jar} with the launcher's options), next to a bare JVM start ({@code java -version})
 * and {@code tickmark --version}, each a median.
 */
@Command(name = "credit", header = "Time the credit memo of a company with several stored annual reports.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time the credit memo of a company with several annual reports in the store (ingesting DIR first if needed):",
                "store read, analysis and the memo written to disk, median over rounds. Prints a table, then one JSON line (last)."})
final class CreditBenchCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/financebench/pdfs",
            description = "Folder of reports to ingest first (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--company", paramLabel = "NAME", description = "The company (default: the one with the most annual reports stored).")
    private String company;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "7", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf", description = "Memo format: pdf, html, xlsx or json (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--cold", paramLabel = "N", defaultValue = "5",
            description = "Also run the real command N times as new processes, with a bare JVM start and 'tickmark --version' for comparison (0: in process only; default: ${DEFAULT-VALUE}).")
    private int cold;

    @Mixin
    private StoreOptions storeOptions;

    CreditBenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) throw new UserError("--rounds must be at least 1, got " + rounds);
        if (cold < 0) throw new UserError("--cold must be 0 or more, got " + cold);
        MemoWriter.Format memoFormat = MemoWriter.Format.of(Path.of("memo." + format.toLowerCase(Locale.ROOT)));
        if (memoFormat == null) throw new UserError("--format " + format + " is not pdf, html, xlsx or json");
        String name;
        long reports;
        Path dir = Files.createTempDirectory("tickmark-bench-credit");
        Path memo = dir.resolve("memo." + format.toLowerCase(Locale.ROOT));
        List<Double> total = new ArrayList<>(), analyse = new ArrayList<>(), load = new ArrayList<>();
        CreditAnalysis last = null;
        long size;
        try (FactStore store = storeOptions.open(io)) {
            if (company == null) {
                SpreadingEvalCommand.requireFolder(data, "bench credit ingests the reports of this folder first");
                FinanceBenchEval.ingest(data, store, io.err()::println);
            }
            name = company == null ? mostReports(store) : CreditAnalyst.companyNamed(store.companies(), company);
            reports = store.documents().stream().filter(d -> d.company().equals(name) && annual(d)).count();
            CreditAnalyst analyst = CreditAnalyst.standard();
            MemoWriter writer = memoFormat.writer();
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                var spreads = CreditAnalyst.stored(store, name);
                long tl = System.nanoTime();
                CreditAnalysis a = analyst.analyse(spreads, null, Map.of());
                long t1 = System.nanoTime();
                load.add((tl - t0) / 1e6);
                AtomicOutput.write(memo, out -> writer.write(a, out));
                long t2 = System.nanoTime();
                analyse.add((t1 - tl) / 1e6);
                total.add((t2 - t0) / 1e6);
                last = a;
                io.err().println(String.format(Locale.ROOT, "round %d: %.0f ms (store read %.0f ms, analysis %.0f ms, memo %.0f ms)", r + 1, (t2 - t0) / 1e6, (tl - t0) / 1e6, (t1 - tl) / 1e6, (t2 - t1) / 1e6));
            }
            size = Files.size(memo);
            Files.deleteIfExists(memo);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        // the embedded store is locked while this process holds it open: the spawned commands come after
        ColdBench.Result coldResult = cold == 0 ? null : new ColdBench(io, storeOptions).run(name, memo, cold);
        Files.deleteIfExists(memo);
        Files.deleteIfExists(dir);
        double first = total.get(0), median = median(total), medianAnalyse = median(analyse), medianLoad = median(load);
        String table = String.format(Locale.ROOT, """
                Credit memo benchmark (store read + analysis + %s on disk, in process)
                  company           %s (%d annual reports stored, FY%s)
                  rounds            %d
                  first round       %.0f ms (class loading included)
                  median            %.0f ms (store read %.0f ms, analysis %.0f ms)
                  memo size         %,d bytes
                """, format, name, reports, last.years().isEmpty() ? "-" : last.years().get(0) + "-FY" + last.years().get(last.years().size() - 1),
                rounds, first, median, medianLoad, medianAnalyse, size);
        String json = String.format(Locale.ROOT, "{\"bench\":\"credit\",\"company\":\"%s\",\"reports\":%d,\"format\":\"%s\",\"rounds\":%d,\"first_ms\":%.1f,\"median_ms\":%.1f,\"median_store_ms\":%.1f,\"median_analysis_ms\":%.1f,\"bytes\":%d%s}",
                name.replace("\"", "'"), reports, format, rounds, first, median, medianLoad, medianAnalyse, size, coldResult == null ? "" : "," + coldResult.json());
        return SpreadingEvalCommand.print(io, coldResult == null ? table : table + coldResult.table(), json);
    }

    private static boolean annual(DocumentInfo d) {
        String t = d.documentType().toLowerCase(Locale.ROOT);
        return t.equals("10-k") || t.equals("20-f") || t.equals("40-f") || t.contains("annual");
    }

    private static String mostReports(FactStore store) {
        Map<String, Integer> counts = new TreeMap<>();
        for (DocumentInfo d : store.documents()) if (annual(d)) counts.merge(d.company(), 1, Integer::sum);
        return counts.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow(() -> new UserError("the store holds no annual report: ingest some first"));
    }

    static double median(List<Double> values) {
        List<Double> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
