package io.tickmark.app;

import io.tickmark.output.SpreadJson;
import io.tickmark.search.Filters;
import io.tickmark.search.FiscalPeriod;
import io.tickmark.search.IndexMismatchException;
import io.tickmark.search.Passage;
import io.tickmark.search.QuestionSearch;
import io.tickmark.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code tickmark search}: ranked passages of the indexed filings, each with its citation and the matched words marked. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Find passages in the indexed filings; each shows company, form, period, filing date, file, page and",
                "section, with the matched words marked **like this**. Index filings first with 'tickmark index'.",
                "A filing whose year, period or filing date could not be read is kept by that filter (unknown is not another).",
                "The words are read as a question is (a company or year they name, the words filings use for an analyst's",
                "terms, the statements they point to); --exact searches the words alone.",
                "Example: tickmark search \"capital expenditure guidance\" --company 3M --year 2022",
                "         tickmark search \"restructuring\" --company Amcor --year 2023 --period Q2"},
        footer = {"", "Exit status: 0 when passages were found, 1 when none or the search cannot run (no index, an unknown company, a bad date),", "2 for a usage error (an unknown option)."})
final class SearchCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The words to look for (quote them, or give several words).")
    private String[] words;

    @Option(names = "--company", paramLabel = "NAME", description = "Only this company's filings (name as usually written, or ticker).")
    private String company;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only filings of this fiscal year.")
    private Integer year;

    @Option(names = "--type", paramLabel = "FORM", description = "Only this form: 10-K, 10-Q, 8-K ...")
    private String type;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "Only filings reporting on this part of the fiscal year: Q1, Q2, Q3, Q4, H1 (first half) or FY (full year).")
    private String period;

    @Option(names = "--filed-after", paramLabel = "DATE", description = "Only filings filed or issued on or after this day (YYYY-MM-DD).")
    private String filedAfter;

    @Option(names = "--filed-before", paramLabel = "DATE", description = "Only filings filed or issued on or before this day (YYYY-MM-DD).")
    private String filedBefore;

    @Option(names = "--exact", description = "Search exactly these words: no company or year read from them, no terms added.")
    private boolean exact;

    @Option(names = "-k", paramLabel = "N", defaultValue = "10", description = "How many passages (default: ${DEFAULT-VALUE}).")
    private int k;

    @Option(names = "--json", description = "Print the passages as JSON (query, searched, filters, passages, notes, vectorsPending), as the server's /v1/search does.")
    private boolean json;

    @Mixin
    private IndexOptions indexOptions;

    @Mixin
    private Verbosity verbosity;

    SearchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        Filters filters;
        try {
            filters = new Filters(company, type, year, period == null ? null : FiscalPeriod.parse(period),
                    date("--filed-after", filedAfter), date("--filed-before", filedBefore));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        Path dir = indexOptions.index(io, "index");
        if (!Files.isDirectory(dir)) throw new UserError("no search index in " + dir + "; index filings first: tickmark index PDF...");
        List<Passage> found;
        String text = String.join(" ", words);
        QuestionSearch.Result r = null;
        int pending;
        try (SearchIndex index = SearchIndex.open(dir)) {
            if (exact) {
                found = index.search(text, filters, k);
            } else {
                // read as a question is: the company and year it names, the words filings print for the terms it uses
                r = new QuestionSearch(index).search(text, filters, k);
                found = r.passages();
                if (verbosity.verbose) io.err().println("searched: " + r.query() + " · " + r.filters());
                if (!json) r.notes().forEach(n -> io.err().println("note: " + n));
            }
            pending = index.pendingVectors();
            if (pending > 0 && !json) io.err().println("note: vectors pending for " + pending + " passages (keyword search only for them); run 'tickmark index' to finish");
        } catch (IllegalArgumentException | IndexMismatchException e) {
            throw new UserError(e.getMessage(), e);
        }
        if (json) {
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("query", text);
            out.put("searched", r == null ? text : r.query());
            out.put("filters", r == null ? filters : r.filters());
            out.put("passages", found);
            out.put("notes", r == null ? List.of() : r.notes());
            out.put("vectorsPending", pending);
            SpreadJson.mapper().writerWithDefaultPrettyPrinter().writeValue(io.out(), out);
            io.out().println();
            io.out().flush();
            return found.isEmpty() ? 1 : 0;
        }
        if (found.isEmpty()) io.out().println("no passage found" + (filters.any() ? " with these filters" : ""));
        for (int i = 0; i < found.size(); i++) print(i + 1, found.get(i), io.out());
        io.out().flush();
        return found.isEmpty() ? 1 : 0;
    }

    /** An ISO date given to an option, or null when the option is absent. */
    static LocalDate date(String option, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + value + "' is not a date: write it as YYYY-MM-DD, e.g. 2023-06-30");
        }
    }

    static void print(int rank, Passage p, PrintStream out) {
        out.println(String.format(Locale.ROOT, "%d. %s · %s%s%s%s · %s%s  (score %.1f)", rank, p.company(), p.documentType(),
                p.periods().isEmpty() ? "" : " · " + p.period(), p.periodEnd() == null ? "" : " · period end " + p.periodEnd(),
                p.filed() == null ? "" : " · filed " + p.filed(), p.cite(), p.section().isEmpty() ? "" : " · " + p.section(), p.score()));
        out.println("   " + p.snippet());
    }
}
