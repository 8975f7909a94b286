package io.tickmark.app;

import io.tickmark.Tickmark;
import io.tickmark.credit.CreditAnalysis;
import io.tickmark.credit.CreditAnalyst;
import io.tickmark.credit.TextScan;
import io.tickmark.credit.memo.MemoWriter;
import io.tickmark.output.SpreadWriter;
import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tickmark demo}: the main job end to end on nothing but the embedded defaults: writes a
 * sample 10-K of a fictitious company, spreads it into the store and prints the spread.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a sample 10-K of a fictitious company into the data dir, spread it into the store,"
                + " print the spread, and write its credit memo beside it. Needs no data of your own."})
final class DemoCommand implements Callable<Integer> {
    static final Path SAMPLE = Path.of("sample", "northwind-10k.pdf");
    static final Path MEMO = Path.of("sample", "northwind-credit-memo.html");

    private final Io io;

    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private TaxonomyOption taxonomyOption;

    @Mixin
    private Verbosity verbosity;

    DemoCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        SpreadWriter writer = output.writer(spec);
        Path sample = storeOptions.dataDir(io).resolve(SAMPLE);
        SampleCompany company = SampleCompany.defaultCompany();
        AtomicOutput.write(sample, out -> SampleReport.write(company, out));
        io.err().println("Wrote a sample 10-K of " + company.name() + " (fictitious) to " + sample);
        Outcome outcome;
        try (FactStore store = storeOptions.open(io)) {
            outcome = new BatchSpreader(store, storeOptions.refresh, taxonomyOption.spreader()).run(List.of(Inputs.Input.file(sample)), new Progress(io, verbosity.verbose)).get(0);
        }
        if (outcome.failed()) return 1;
        io.err().println(stored(outcome));
        output.write(writer, List.of(outcome.spread()), io);
        creditMemo(sample, outcome);
        return 0;
    }

    /** The report in, a credit memo out: the sample company's memo beside its report. */
    private void creditMemo(Path sample, Outcome outcome) throws java.io.IOException {
        Path memo = storeOptions.dataDir(io).resolve(MEMO);
        CreditAnalysis analysis = CreditAnalyst.standard().analyse(List.of(outcome.spread()), TextScan.scan(Tickmark.read(sample)));
        AtomicOutput.write(memo, out -> MemoWriter.Format.HTML.writer().write(analysis, out));
        io.err().println("Wrote its credit memo (ratios, scores, rating, red flags, charts; every figure ticked) to " + memo
                + "; for your own reports: tickmark credit REPORT.pdf -o memo.pdf");
    }

    private String stored(Outcome outcome) {
        String where = storeOptions.storeUrl(io) == null ? "the embedded store in " + storeOptions.dataDir(io) : "the store";
        return switch (outcome.status()) {
            case STORED -> "Spread it in " + outcome.seconds() + " and saved it in " + where + ":";
            case ALREADY_STORED -> "Loaded its spread from " + where + " (stored by an earlier run):";
            case SPREAD, INDEXED, FAILED -> "Spread it in " + outcome.seconds() + ":";
        };
    }
}
