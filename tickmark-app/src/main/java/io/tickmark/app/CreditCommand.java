package io.tickmark.app;

import io.tickmark.Tickmark;
import io.tickmark.credit.AnalystInput;
import io.tickmark.credit.CreditAnalysis;
import io.tickmark.credit.CreditAnalyst;
import io.tickmark.credit.CreditDataException;
import io.tickmark.credit.ModelNarrative;
import io.tickmark.credit.RatioCatalog;
import io.tickmark.credit.RedFlag;
import io.tickmark.credit.Scorecard;
import io.tickmark.facts.TextFinding;
import io.tickmark.credit.TextScan;
import io.tickmark.credit.memo.MemoWriter;
import io.tickmark.document.Document;
import io.tickmark.document.Hashes;
import io.tickmark.document.UnreadableDocumentException;
import io.tickmark.llm.LanguageModelSettings;
import io.tickmark.llm.OpenAiLanguageModel;
import io.tickmark.metrics.MetricCatalog;
import io.tickmark.spread.Spread;
import io.tickmark.spread.Spreader;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * {@code tickmark credit}: a credit memo from one company's reports (files, and/or its reports in the store):
 * spread, years lined up, ratio pack, scores, scorecard rating, red flags, narrative; HTML, PDF, XLSX or JSON.
 */
@Command(name = "credit", header = "Write a company's credit memo: multi-year spread, ratios, scores, rating and red flags.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a credit memo from one company's reports: the spread in multi-year columns, the ratio pack,",
                "Altman Z/Z'', Piotroski F and Beneish M scores, a scorecard rating and red flags, every figure ticked.",
                "Reports given as files are spread and their text read for going-concern and audit wording, once: both are kept",
                "in the store, and a file already stored is not read again; --company takes the company's reports from the store.",
                "With a language model (--llm-url) the model writes the narrative; every number in it must be one of the memo's",
                "figures, or the template narrative is used and the memo says why."})
final class CreditCommand implements Callable<Integer> {
    private final Io io;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "REPORT", arity = "0..*", description = "Annual reports of one company (PDF, HTML, XLSX, CSV, XBRL), any order.")
    private List<Path> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "MEMO", description = "Write the memo here: .pdf, .html, .xlsx or .json (default: a summary on standard output).")
    private Path output;

    @Option(names = "--company", paramLabel = "NAME", description = "Take this company's reports from the store (exact name, or a unique part of one).")
    private String company;

    @Option(names = "--scorecard", paramLabel = "FILE", description = "Your own scorecard CSV (kind,name,metric,weight,direction,cutoffs,description).")
    private Path scorecard;

    @Option(names = "--ratios", paramLabel = "FILE", description = "Your own ratio definitions CSV (id,family,name,formula,denominator,unit,decimals,variant,better,description).")
    private Path ratios;

    @Option(names = "--no-store", description = "Don't look reports up in the store or save them there.")
    private boolean noStore;

    @Option(names = "--market-cap", paramLabel = "AMOUNT",
            description = {"Market value of equity, in whole units of the reports' currency (25.4e9, 25,400,000,000, 25.4bn, 900m), for Altman's",
                    "original Z (X4). Shown in the memo as user-supplied, never as a ticked figure."})
    private String marketCap;

    @Option(names = "--market-date", paramLabel = "DATE",
            description = "The date the --market-cap is as of (2022-12-30); it is used for the fiscal year whose end is nearest, within 92 days (default: the latest fiscal year end).")
    private java.time.LocalDate marketDate;

    @Mixin
    private LlmOptions llmOptions;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private Verbosity verbosity;

    CreditCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (files.isEmpty() && company == null) throw new ParameterException(spec.commandLine(), "Give report files, or --company NAME to use the store");
        if (company != null && noStore) throw new ParameterException(spec.commandLine(), "--company reads the store; it cannot go with --no-store");
        Timings timings = Timings.of(io);
        if (marketDate != null && marketCap == null) throw new ParameterException(spec.commandLine(), "--market-date goes with --market-cap");
        AnalystInput marketValue = marketCap == null ? null : marketValue();
        MemoWriter writer = writer();
        ModelNarrative model = model();
        if (output != null) MemoWriter.Format.of(output).prepare();
        // the standard catalogs load on the other core while the store opens and reads; a bank's own files first, so
        // a broken one is said before any work
        CompletableFuture<CreditAnalyst> analystLoading = scorecard == null && ratios == null
                ? CompletableFuture.supplyAsync(this::analyst) : CompletableFuture.completedFuture(analyst());
        timings.mark("setup");
        List<Spread> spreads = new ArrayList<>();
        List<TextFinding> text = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        try (FactStore store = noStore ? null : storeOptions.open(io)) {
            timings.mark("store-open");
            if (!files.isEmpty()) spreadFiles(store, spreads, text);
            if (company != null) {
                try {
                    for (Spread s : fromStore(store)) {
                        if (spreads.stream().anyMatch(given -> given.document().sha256().equals(s.document().sha256()))) continue;
                        spreads.add(s);
                        CreditAnalyst.storedText(store, s, text, unread);
                    }
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage());
                }
            }
        }
        timings.mark("reports");
        CreditAnalyst analyst = model == null ? join(analystLoading) : join(analystLoading).withNarrative(model);
        timings.mark("catalogs-wait");
        if (spreads.isEmpty()) {
            io.err().println("No report could be spread: no memo written.");
            return 1;
        }
        CreditAnalysis analysis = analyst.analyse(spreads, text, unread, marketValue);
        timings.mark("analysis");
        if (output == null) {
            printSummary(analysis);
            return 0;
        }
        AtomicOutput.write(output, out -> writer.write(analysis, out));
        timings.mark("write");
        timings.print(io.err());
        io.err().println("Wrote the credit memo of " + analysis.company() + " (" + years(analysis) + ") to " + output);
        return 0;
    }

    /** The language model that writes the narrative, or null when none is configured. */
    private ModelNarrative model() {
        LanguageModelSettings llm = llmOptions.settings(io);
        return llm == null ? null : new ModelNarrative(new OpenAiLanguageModel(llm));
    }

    private static CreditAnalyst join(CompletableFuture<CreditAnalyst> loading) {
        try {
            return loading.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private MemoWriter writer() {
        if (output == null) return null;
        MemoWriter.Format format = MemoWriter.Format.of(output);
        if (format == null) {
            throw new ParameterException(spec.commandLine(), "-o " + output + ": the memo is written as .pdf, .html, .xlsx or .json; name the file with one of these");
        }
        return format.writer();
    }

    private CreditAnalyst analyst() {
        CreditAnalyst analyst = CreditAnalyst.standard();
        try {
            if (scorecard != null) analyst = analyst.withScorecard(Scorecard.load(scorecard));
            if (ratios != null) analyst = analyst.withRatios(RatioCatalog.load(ratios, MetricCatalog.standard()));
        } catch (NoSuchFileException e) {
            throw new UserError(e.getFile() + ": no such file");
        } catch (IOException e) {
            throw new UserError("cannot read " + e.getMessage());
        } catch (CreditDataException | IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        return analyst;
    }

    private AnalystInput marketValue() {
        BigDecimal amount = amount(marketCap);
        if (amount == null || amount.signum() <= 0) {
            throw new ParameterException(spec.commandLine(), "--market-cap " + marketCap + ": give a positive amount in whole units, e.g. 25.4e9, 25,400,000,000, 25.4bn or 900m");
        }
        return AnalystInput.marketValue(amount, marketDate, "--market-cap " + marketCap);
    }

    static BigDecimal amount(String text) {
        return AnalystInput.amount(text);
    }

    private void spreadFiles(FactStore store, List<Spread> spreads, List<TextFinding> text) {
        List<Inputs.Input> inputs = Inputs.expand(files);
        int i = 0;
        for (Inputs.Input input : inputs) {
            i++;
            long start = System.nanoTime();
            String counter = inputs.size() > 1 ? "[" + i + "/" + inputs.size() + "] " : "";
            if (input.problem() != null) {
                io.err().println(counter + input.path() + ": " + input.problem());
                continue;
            }
            try {
                // a stored report is known by its file's SHA-256 (hashing is cheap); its spread and text findings come
                // from the store, and the file is parsed only when it is not stored, or stored before text findings were kept
                String sha256 = store == null || storeOptions.refresh ? null : Hashes.sha256(Files.readAllBytes(input.path()));
                Optional<Spread> stored = sha256 == null ? Optional.empty() : store.load(sha256);
                Spread spread;
                String note = "";
                if (stored.isPresent()) {
                    spread = stored.get();
                    Optional<List<TextFinding>> found = store.textFindings(sha256);
                    if (found.isPresent()) {
                        text.addAll(found.get());
                        note = " (from the store)";
                    } else {
                        List<TextFinding> scanned = TextScan.scan(Tickmark.read(input.path()));
                        store.saveTextFindings(sha256, scanned);
                        text.addAll(scanned);
                        note = " (from the store; its text read once for going-concern and audit wording, and kept)";
                    }
                } else {
                    Document document = Tickmark.read(input.path());
                    List<TextFinding> scanned = TextScan.scan(document);
                    text.addAll(scanned);
                    spread = Spreader.standard().spread(document);
                    if (spread.statements().isEmpty()) {
                        io.err().println(counter + input.path() + ": " + BatchSpreader.NO_STATEMENTS);
                        continue;
                    }
                    if (store != null) {
                        if (storeOptions.refresh) store.replace(spread, scanned); else store.save(spread, scanned);
                    }
                }
                spreads.add(spread);
                io.err().println(String.format(Locale.ROOT, "%s%s %.1fs%s", counter, input.path(), (System.nanoTime() - start) / 1e9, note));
            } catch (UnreadableDocumentException e) {
                io.err().println(counter + input.path() + ": " + e.reason());
            } catch (IOException | RuntimeException e) {
                io.err().println(counter + input.path() + ": could not be spread: " + OneLineErrors.describe(e, false));
                if (verbosity.verbose) e.printStackTrace(io.err());
            }
        }
    }

    private List<Spread> fromStore(FactStore store) {
        String name = CreditAnalyst.companyNamed(store.companies(), company);
        List<Spread> out = CreditAnalyst.stored(store, company);
        io.err().println("Using " + out.size() + " stored report" + (out.size() == 1 ? "" : "s") + " of " + name);
        return out;
    }

    private void printSummary(CreditAnalysis a) {
        io.out().println("Credit memo: " + a.company() + " (" + years(a) + ")");
        io.out().println();
        if (a.narrative() != null) {
            for (String p : a.narrative().paragraphs()) {
                io.out().println(p);
                io.out().println();
            }
        }
        for (RedFlag f : a.flags()) io.out().println("  " + f.severity() + "  " + f.text());
        io.out().println("Write the whole memo with -o memo.pdf (or .html, .xlsx, .json).");
        io.out().flush();
    }

    private static String years(CreditAnalysis a) {
        return a.years().isEmpty() ? "no year lined up" : a.years().size() == 1 ? "FY" + a.years().get(0) : "FY" + a.years().get(0) + " to FY" + a.years().get(a.years().size() - 1);
    }
}
