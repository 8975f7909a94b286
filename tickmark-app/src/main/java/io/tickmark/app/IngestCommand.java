package io.tickmark.app;

import io.tickmark.search.IndexMismatchException;
import io.tickmark.search.SearchIndex;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code tickmark ingest}: spreads reports into the store, one status line per file. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Spread reports into the fact store and add them to the search index; a document already there is skipped.",
                "A folder means every .pdf in it. Keyword search covers a report as soon as it is in; an index built with",
                "vectors keeps its passages pending until 'tickmark index' embeds them."},
        footer = {"", "A filing without statements (an 8-K, a press release) is added to the search index only.",
                "Exit status: 0 when at least one input is in the store or the search index, 1 when none is, 2 for a usage error."})
final class IngestCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "PDF reports, or folders of them.")
    private List<Path> inputs;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private TaxonomyOption taxonomyOption;

    @Mixin
    private Verbosity verbosity;

    @picocli.CommandLine.Option(names = "--no-index", description = "Only store the spreads; leave the search index as it is.")
    private boolean noIndex;

    IngestCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<Outcome> outcomes;
        SearchIndex index = noIndex ? null : searchIndex();
        try (FactStore store = storeOptions.open(io)) {
            BatchSpreader spreader = new BatchSpreader(store, storeOptions.refresh, taxonomyOption.spreader());
            if (index != null) spreader.indexingInto(new BatchSpreader.Indexer() {
                @Override
                public boolean contains(String sha256) throws java.io.IOException {
                    return index.contains(sha256);
                }

                @Override
                public void add(io.tickmark.document.Document document, Path file) throws java.io.IOException {
                    index.add(document, file.toAbsolutePath());
                }
            });
            outcomes = spreader.run(Inputs.expand(inputs), (i, total, outcome) -> report(outcome));
        } finally {
            if (index != null) closeIndex(index);
        }
        io.err().println(summary(outcomes));
        return outcomes.stream().allMatch(o -> o.status() == Outcome.Status.FAILED || o.status() == Outcome.Status.SPREAD) ? 1 : 0;
    }

    /** The data dir's search index, or null with a note when it cannot take filings now (the spreads are stored all the same). */
    private SearchIndex searchIndex() {
        Path dir = storeOptions.dataDir(io).resolve("index");
        try {
            return SearchIndex.open(dir);
        } catch (IndexMismatchException e) {
            io.err().println("note: the search index is not updated: " + e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            io.err().println("note: the search index " + dir + " is not updated: " + OneLineErrors.describe(e, false));
        }
        return null;
    }

    private void closeIndex(SearchIndex index) {
        try {
            int pending = index.pendingVectors();
            if (pending > 0) io.err().println("note: " + pending + " passages wait for their vectors (" + index.settings().embeddingModel()
                    + "); keyword search covers them; run 'tickmark index' to embed them");
            index.close();
        } catch (java.io.IOException e) {
            io.err().println("note: the search index was not closed cleanly: " + e.getMessage());
        }
    }

    private void report(Outcome outcome) {
        switch (outcome.status()) {
            case STORED -> io.out().println("stored          " + outcome.file() + "  " + describe(outcome));
            case ALREADY_STORED -> io.out().println("already stored  " + outcome.file());
            case INDEXED -> io.out().println("searchable      " + outcome.file() + "  (" + searchable(outcome) + ")");
            case SPREAD -> io.err().println("failed          " + outcome.file() + ": " + outcome.note());
            case FAILED -> io.err().println("failed          " + outcome.file() + ": " + outcome.problem());
        }
        boolean stored = outcome.status() == Outcome.Status.STORED || outcome.status() == Outcome.Status.ALREADY_STORED;
        if (stored && outcome.note() != null) io.err().println("  note: " + outcome.note());
        if (verbosity.verbose && outcome.cause() != null) outcome.cause().printStackTrace(io.err());
    }

    /** "Acme Widgets, Inc. · 8-K · no statements to spread: in the search index only · 0.9s" */
    private static String searchable(Outcome outcome) {
        DocumentInfo info = outcome.spread().document();
        return String.join(" · ", info.company(), info.documentType(), "no statements to spread: in the search index only", outcome.seconds());
    }

    /** "(Northwind Instruments Corporation · 10-K · period end 2025-12-31 · 3 statements · 1.2s)" */
    private static String describe(Outcome outcome) {
        DocumentInfo info = outcome.spread().document();
        List<String> parts = new ArrayList<>(List.of(info.company(), info.documentType()));
        if (info.periodEnd() != null) parts.add("period end " + info.periodEnd());
        parts.add(outcome.spread().statements().size() + " statements");
        parts.add(outcome.seconds());
        return "(" + String.join(" · ", parts) + ")";
    }

    /** "ingest: 3 files: 2 stored, 1 failed" */
    static String summary(List<Outcome> outcomes) {
        Map<String, Long> counts = outcomes.stream().collect(Collectors.groupingBy(
                o -> switch (o.status()) {
                    case STORED -> "stored";
                    case ALREADY_STORED -> "already stored";
                    case INDEXED -> "searchable only";
                    case SPREAD, FAILED -> "failed";
                }, TreeMap::new, Collectors.counting()));
        String detail = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return "ingest: " + outcomes.size() + (outcomes.size() == 1 ? " file: " : " files: ") + detail;
    }
}
