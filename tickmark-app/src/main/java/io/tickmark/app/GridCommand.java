package io.tickmark.app;

import io.tickmark.grid.CellAnswer;
import io.tickmark.grid.EvidenceSource;
import io.tickmark.grid.Grid;
import io.tickmark.grid.GridCsv;
import io.tickmark.grid.GridInputs;
import io.tickmark.grid.GridQuestion;
import io.tickmark.grid.GridJson;
import io.tickmark.grid.GridResult;
import io.tickmark.grid.GridRun;
import io.tickmark.grid.GridTemplate;
import io.tickmark.grid.GridXlsx;
import io.tickmark.grid.KeyTermJudge;
import io.tickmark.grid.PointInTime;
import io.tickmark.grid.SearchEvidence;
import io.tickmark.metrics.MetricCatalog;
import io.tickmark.search.IndexMismatchException;
import io.tickmark.search.SearchIndex;
import io.tickmark.store.FactStore;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code tickmark grid}: many companies × many questions, every cell cited, into Excel, CSV or JSON. */
@Command(name = "grid", header = "Answer many questions about many companies at once, every cell cited.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Answer many questions about many companies at once, each cell with its citations (document, page),",
                "fiscal period, document date and confidence. Metric questions are answered from the ingested facts (as",
                "'tickmark ask' does); free-text questions from the indexed filings: 'yes' only with a passage that states it,",
                "otherwise 'no evidence found in N documents'. No language model is used.",
                "Examples:",
                "  tickmark grid --companies companies.csv --questions questions.txt -o grid.xlsx",
                "  tickmark grid -c 3M -c Walmart -q capex -q \"Does the company have operations in China?\" --format csv",
                "  tickmark grid template.xlsx          (companies down column A, questions across row 1; filled in place)"},
        footer = {"", "Exit status: 0 when the grid was written, 1 when it could not be, 2 for a usage error."})
final class GridCommand implements Callable<Integer> {
    private static final Pattern DURATION = Pattern.compile("(?i)^(\\d+)\\s*(d|days?|w|weeks?|m|months?|y|years?)?$");

    private final Io io;

    @Parameters(paramLabel = "TEMPLATE.xlsx", arity = "0..1",
            description = "A template workbook to fill in place: companies down the first column, questions across the first row.")
    private Path template;

    @Option(names = {"-c", "--company"}, paramLabel = "NAME", split = ",",
            description = "A company name or ticker (repeatable, or comma-separated).")
    private List<String> companyNames = new ArrayList<>();

    @Option(names = "--companies", paramLabel = "FILE",
            description = "Companies from a text file (one a line), a CSV file or an XLSX workbook (a column, see --column).")
    private Path companiesFile;

    @Option(names = "--column", paramLabel = "HEADER",
            description = "The CSV/XLSX column holding the companies, by its header (default: the first column).")
    private String column;

    @Option(names = {"-q", "--question"}, paramLabel = "TEXT",
            description = "A question (repeatable): a metric name (capex), a metric question, or a free-text question.")
    private List<String> questionTexts = new ArrayList<>();

    @Option(names = "--questions", paramLabel = "FILE", description = "Questions from a text file, one a line.")
    private Path questionsFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the grid here (written whole or not at all). Default: standard output (csv, json), or the template itself.")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", description = "xlsx, csv or json (default: from the output's extension, else csv).")
    private String format;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Use only documents filed on or before this date (YYYY-MM-DD): point in time, for back-testing.")
    private String asOf;

    @Option(names = "--stale-after", paramLabel = "DURATION",
            description = "Flag a cell whose newest source is older than this before the as-of date (or today): 400d, 18m, 2y or P1Y.")
    private String staleAfter;

    @Option(names = "--threads", paramLabel = "N", description = "Cells answered in parallel (default: the number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--index", paramLabel = "DIR", description = "Search index folder (default: index/ in the data dir).")
    private Path index;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private Verbosity verbosity;

    GridCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        PointInTime time = new PointInTime(date(asOf), period(staleAfter), null);
        if (threads < 1) throw new UserError("--threads " + threads + ": give at least 1");
        Inputs in = inputs();
        String fmt = format();
        if (fmt.equals("xlsx") && output == null && template == null) throw new UserError("xlsx output needs -o FILE.xlsx");
        in.notes().forEach(n -> io.err().println("note: " + n));

        try (FactStore store = storeOptions.open(io); SearchIndex searchIndex = openIndex()) {
            EvidenceSource evidence = searchIndex == null ? EvidenceSource.none() : new SearchEvidence(searchIndex);
            Grid grid = new Grid(store, evidence, MetricCatalog.standard(), new KeyTermJudge(), time);
            long start = System.nanoTime();
            GridRun run = grid.start(in.companies(), in.questions(), threads, new GridProgress(io.err(), System.console() != null));
            AtomicBoolean written = new AtomicBoolean();
            CountDownLatch finished = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                if (written.getAndSet(true)) {
                    awaitQuietly(finished); // the whole grid is being written: let it land before the JVM exits
                    return;
                }
                run.cancel();
                GridResult partial = run.snapshot();
                try {
                    write(partial, in, fmt);
                    io.err().println();
                    io.err().println("interrupted: wrote the " + partial.answered().size() + " cells answered of " + run.total() + target());
                } catch (IOException | RuntimeException e) {
                    io.err().println("interrupted: could not write the partial grid: " + e.getMessage());
                }
            }, "grid-partial-writer");
            Runtime.getRuntime().addShutdownHook(hook);
            GridResult result = run.await();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (written.getAndSet(true)) return 1;
            try {
                write(result, in, fmt);
            } finally {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already exiting; the grid was written above
                }
            }
            summary(result, seconds);
            return 0;
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String target() {
        Path t = output != null ? output : template;
        return t == null ? "" : " to " + t;
    }

    /** The companies and questions, from the template or the options, with the repeats dropped and noted. */
    private Inputs inputs() throws IOException {
        if (template != null) {
            if (!companyNames.isEmpty() || companiesFile != null || !questionTexts.isEmpty() || questionsFile != null) {
                throw new UserError("a template workbook gives the companies and questions itself; drop --company/--companies/--question/--questions");
            }
            if (!Files.isRegularFile(template)) throw new UserError(template + ": no such file");
            try (Workbook wb = WorkbookFactory.create(template.toFile(), null, true)) {
                GridTemplate t = GridTemplate.read(wb, template.toString());
                List<String> notes = new ArrayList<>();
                notes.addAll(GridInputs.distinct(t.companies(), "company", template.toString(), true).notes());
                notes.addAll(GridInputs.distinct(t.questions(), "question", template.toString(), false).notes());
                return new Inputs(t.companies(), t.questions(), t, notes.stream().map(n -> n.replace("answered once", "filled in each row")).toList());
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            } catch (IOException | RuntimeException e) {
                throw new UserError(template + ": not a readable XLSX workbook (" + e.getMessage() + ")");
            }
        }
        List<String> companies = new ArrayList<>(companyNames);
        List<String> questions = new ArrayList<>(questionTexts);
        List<String> notes = new ArrayList<>();
        try {
            if (companiesFile != null) companies.addAll(GridInputs.companies(companiesFile, column).values());
            if (questionsFile != null) questions.addAll(GridInputs.questions(questionsFile).values());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError(e.getFile() + ": no such file");
        }
        if (companies.isEmpty()) throw new UserError("no companies: give --company NAME, --companies FILE or a template workbook");
        if (questions.isEmpty()) throw new UserError("no questions: give --question TEXT, --questions FILE or a template workbook");
        for (String q : questions) {
            if (q.length() > GridQuestion.MAX_LENGTH) {
                throw new UserError("a question is " + q.length() + " characters long (at most " + GridQuestion.MAX_LENGTH + "): '"
                        + q.substring(0, 60) + "…'");
            }
        }
        GridInputs.Read c = GridInputs.distinct(companies, "company", "companies", true);
        GridInputs.Read q = GridInputs.distinct(questions, "question", "questions", false);
        notes.addAll(c.notes());
        notes.addAll(q.notes());
        return new Inputs(c.values(), q.values(), null, notes);
    }

    private record Inputs(List<String> companies, List<String> questions, GridTemplate template, List<String> notes) {
    }

    private String format() {
        if (template != null && output == null) {
            if (format != null && !format.equalsIgnoreCase("xlsx")) throw new UserError("a template is filled as xlsx; give -o FILE for --format " + format);
            return "xlsx";
        }
        String f = format;
        if (f == null && output != null) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            f = name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".json") ? "json" : "csv";
        }
        if (f == null) f = template != null ? "xlsx" : "csv";
        f = f.toLowerCase(Locale.ROOT);
        if (!List.of("xlsx", "csv", "json").contains(f)) throw new UserError("--format " + format + ": give xlsx, csv or json");
        return f;
    }

    private void write(GridResult result, Inputs in, String fmt) throws IOException {
        Path target = output != null ? output : template;
        if (target == null) {
            if (fmt.equals("json")) GridJson.write(result, io.out());
            else GridCsv.write(result, io.out());
            io.out().flush();
            return;
        }
        AtomicOutput.write(target, out -> {
            switch (fmt) {
                case "json" -> GridJson.write(result, out);
                case "csv" -> GridCsv.write(result, out);
                default -> {
                    if (in.template() != null) {
                        try (InputStream tin = Files.newInputStream(template); Workbook wb = WorkbookFactory.create(tin)) {
                            GridXlsx.fill(wb, in.template(), result);
                            wb.write(out);
                        }
                    } else {
                        GridXlsx.write(result, out);
                    }
                }
            }
        });
    }

    private void summary(GridResult result, double seconds) {
        Map<String, Integer> counts = new TreeMap<>();
        for (CellAnswer a : result.answered()) counts.merge(a.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), 1, Integer::sum);
        int cells = result.answered().size();
        StringBuilder sb = new StringBuilder("%d cells in %.1f s (%.0f cells/s): ".formatted(cells, seconds, cells / Math.max(seconds, 1e-9)));
        counts.forEach((k, v) -> sb.append(v).append(' ').append(k).append(", "));
        sb.setLength(sb.length() - 2);
        long stale = result.answered().stream().filter(CellAnswer::stale).count();
        if (stale > 0) sb.append("; ").append(stale).append(" stale");
        io.err().println(sb + target().replace(" to ", " → "));
        result.notes().forEach(n -> io.err().println("note: " + n));
    }

    private SearchIndex openIndex() throws IOException {
        Path dir = index != null ? index : storeOptions.dataDir(io).resolve("index");
        if (!Files.isDirectory(dir)) {
            if (index != null) throw new UserError("no search index in " + dir);
            io.err().println("note: no search index in " + dir + "; free-text cells will say so (tickmark index FILINGS...)");
            return null;
        }
        try {
            return SearchIndex.open(dir);
        } catch (IndexMismatchException e) {
            throw new UserError(e.getMessage());
        }
    }

    static LocalDate date(String text) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserError("--as-of " + text + ": give a date as YYYY-MM-DD");
        }
    }

    /** "400d", "400 days", "6w", "18m", "2y", "P1Y6M"; a bare number is days. */
    static Period period(String text) {
        if (text == null) return null;
        String s = text.strip();
        try {
            if (s.toUpperCase(Locale.ROOT).startsWith("P")) {
                Period p = Period.parse(s.toUpperCase(Locale.ROOT));
                if (p.isNegative() || p.isZero()) throw new UserError("--stale-after " + text + ": give a positive length of time");
                return p;
            }
        } catch (DateTimeParseException e) {
            throw new UserError("--stale-after " + text + ": not a length of time (400d, 18m, 2y or P1Y)");
        }
        Matcher m = DURATION.matcher(s);
        if (!m.matches()) throw new UserError("--stale-after " + text + ": not a length of time (400d, 18m, 2y or P1Y)");
        int n = Integer.parseInt(m.group(1));
        if (n <= 0) throw new UserError("--stale-after " + text + ": give a positive length of time");
        String unit = m.group(2) == null ? "d" : m.group(2).substring(0, 1).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "w" -> Period.ofWeeks(n);
            case "m" -> Period.ofMonths(n);
            case "y" -> Period.ofYears(n);
            default -> Period.ofDays(n);
        };
    }
}
