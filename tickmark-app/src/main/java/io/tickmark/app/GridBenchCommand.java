package io.tickmark.app;

import io.tickmark.Tickmark;
import io.tickmark.document.Hashes;
import io.tickmark.document.UnreadableDocumentException;
import io.tickmark.eval.FinanceBenchEval;
import io.tickmark.grid.EvidenceSource;
import io.tickmark.grid.GridBench;
import io.tickmark.grid.SearchEvidence;
import io.tickmark.search.IndexMismatchException;
import io.tickmark.search.SearchIndex;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code tickmark bench grid}: time grids of companies × questions over the ingested store and the search index. */
@Command(name = "grid", header = "Time research grids of metric and free-text questions.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time research grids (metric and free-text questions mixed, no language model) over the store holding",
                "DIR/pdfs (ingested and indexed first if needed). The filings cover fewer than 100 companies: the benchmark",
                "copies them under new names (Replica1 NAME, ...) into a temporary bench store to reach the sizes asked, and",
                "says so. Prints a table of sizes, then one JSON line (last)."})
final class GridBenchCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/financebench",
            description = "FinanceBench folder with pdfs/ (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--sizes", paramLabel = "CxQ", split = ",", defaultValue = "10x10,50x10,100x10,100x20",
            description = "Grid sizes, companies x questions (default: ${DEFAULT-VALUE}).")
    private List<String> sizes;

    @Option(names = "--threads", paramLabel = "N", description = "Cells answered in parallel (default: the number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--index", paramLabel = "DIR", description = "Search index folder (default: index/ in the data dir; built from DIR/pdfs when missing).")
    private Path index;

    @Mixin
    private StoreOptions storeOptions;

    GridBenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        SpreadingEvalCommand.requireFolder(data.resolve("pdfs"), "bench grid reads the FinanceBench PDFs");
        if (threads < 1) throw new UserError("--threads must be at least 1, got " + threads);
        List<int[]> parsed = new ArrayList<>();
        for (String s : sizes) {
            String[] p = s.strip().toLowerCase().split("[x×]");
            try {
                parsed.add(new int[]{Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip())});
            } catch (RuntimeException e) {
                throw new UserError("--sizes " + s + ": give companies x questions, e.g. 100x10");
            }
            if (parsed.get(parsed.size() - 1)[0] < 1 || parsed.get(parsed.size() - 1)[1] < 1) throw new UserError("--sizes " + s + ": both must be at least 1");
        }
        List<String> questions = GridBench.questions();
        Path indexDir = index != null ? index : storeOptions.dataDir(io).resolve("index");
        Path benchDir = Files.createTempDirectory("tickmark-grid-bench");
        try (FactStore store = storeOptions.open(io); SearchIndex searchIndex = openIndex(indexDir);
             FactStore benchStore = FactStore.openDefault(benchDir)) {
            FinanceBenchEval.ingest(data.resolve("pdfs"), store, io.err()::println);
            indexMissing(searchIndex, data.resolve("pdfs"));
            EvidenceSource evidence = new SearchEvidence(searchIndex);
            GridBench.Report report = GridBench.run(store, benchStore, evidence, questions, parsed, threads, io.err()::println);
            return SpreadingEvalCommand.print(io, report.table(), report.json());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        } finally {
            deleteTree(benchDir);
        }
    }

    private static SearchIndex openIndex(Path dir) throws IOException {
        try {
            return SearchIndex.open(dir);
        } catch (IndexMismatchException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void indexMissing(SearchIndex searchIndex, Path pdfs) throws IOException {
        for (Path pdf : Inputs.pdfsUnder(pdfs)) {
            if (searchIndex.contains(Hashes.sha256(Files.readAllBytes(pdf)))) continue;
            try {
                searchIndex.add(Tickmark.read(pdf));
                io.err().println("indexed " + pdf.getFileName());
            } catch (UnreadableDocumentException e) {
                io.err().println(pdf.getFileName() + ": " + e.getMessage());
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the system cleans it
        }
    }
}
