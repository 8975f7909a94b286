package io.tickmark.app;

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
        description = {"Spread reports and keep them in the fact store; a document already stored is skipped.",
                "A folder means every .pdf in it."},
        footer = {"", "Exit status: 0 when at least one input is in the store, 1 when none is, 2 for a usage error."})
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

    IngestCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<Outcome> outcomes;
        try (FactStore store = storeOptions.open(io)) {
            outcomes = new BatchSpreader(store, storeOptions.refresh, taxonomyOption.spreader()).run(Inputs.expand(inputs), (index, total, outcome) -> report(outcome));
        }
        io.err().println(summary(outcomes));
        return outcomes.stream().allMatch(o -> o.status() != Outcome.Status.STORED && o.status() != Outcome.Status.ALREADY_STORED) ? 1 : 0;
    }

    private void report(Outcome outcome) {
        switch (outcome.status()) {
            case STORED -> io.out().println("stored          " + outcome.file() + "  " + describe(outcome));
            case ALREADY_STORED -> io.out().println("already stored  " + outcome.file());
            case SPREAD -> io.err().println("failed          " + outcome.file() + ": " + outcome.note());
            case FAILED -> io.err().println("failed          " + outcome.file() + ": " + outcome.problem());
        }
        if (verbosity.verbose && outcome.cause() != null) outcome.cause().printStackTrace(io.err());
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
                    case SPREAD, FAILED -> "failed";
                }, TreeMap::new, Collectors.counting()));
        String detail = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return "ingest: " + outcomes.size() + (outcomes.size() == 1 ? " file: " : " files: ") + detail;
    }
}
