package io.tickmark.app;

import io.tickmark.output.SpreadWriter;
import io.tickmark.spread.Spread;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tickmark spread}: reports in, standardized statements out, stored on the way unless told not to. */
@Command(name = "spread", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Spread reports into standard statements, every number ticked to its page and line.",
                "A folder means every .pdf in it. Documents already in the store are loaded, not spread again."},
        footer = {"", "Exit status: 0 when at least one input was spread, 1 when none was, 2 for a usage error."})
final class SpreadCommand implements Callable<Integer> {
    private final Io io;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "PDF reports, or folders of them.")
    private List<Path> inputs;

    @Mixin
    private OutputOptions output;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private TaxonomyOption taxonomyOption;

    @Option(names = "--no-store", description = "Neither look up nor save in the store.")
    private boolean noStore;

    @Mixin
    private Verbosity verbosity;

    SpreadCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        SpreadWriter writer = output.writer(spec);
        List<Inputs.Input> files = Inputs.expand(inputs);
        List<Outcome> outcomes = spread(files);
        List<Spread> spreads = outcomes.stream().filter(o -> !o.failed()).map(Outcome::spread).toList();
        if (!spreads.isEmpty()) output.write(writer, spreads, io);
        return spreads.isEmpty() ? 1 : 0;
    }

    private List<Outcome> spread(List<Inputs.Input> files) {
        Progress progress = new Progress(io, verbosity.verbose);
        if (noStore) return new BatchSpreader(null, false, taxonomyOption.spreader()).run(files, progress);
        try (FactStore store = storeOptions.open(io)) {
            return new BatchSpreader(store, storeOptions.refresh, taxonomyOption.spreader()).run(files, progress);
        }
    }
}
