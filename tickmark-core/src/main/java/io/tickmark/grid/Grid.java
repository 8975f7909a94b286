package io.tickmark.grid;

import io.tickmark.ask.Answer;
import io.tickmark.ask.Asker;
import io.tickmark.ask.CompanyResolver;
import io.tickmark.ask.ParsedQuestion;
import io.tickmark.ask.QuestionParser;
import io.tickmark.metrics.Metric;
import io.tickmark.metrics.MetricCatalog;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.store.FactStore;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Answers research grids: companies × questions, each cell with its citations. One grid holds the metric engine
 * (an {@link Asker} over a point-in-time view of the store, facts read once and shared), the evidence source and
 * the passage judge; they are built once and shared by every cell and thread. {@link #cell} answers one cell
 * (a server endpoint's call); {@link #start} runs a whole grid on a bounded pool.
 *
 * <p>Metric questions get exactly the answer {@code tickmark ask} gives, with the row's company in place of any
 * company the question names. Free-text questions are searched in the company's filings and judged by the
 * {@link PassageJudge}: yes, no (stated, never from absence), unclear, a short text, or "no evidence found in N
 * documents" listing them.
 */
public final class Grid {
    private static final Pattern YES_NO = Pattern.compile("(?i)^\\s*(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|should)\\b");
    private static final Pattern TRAILING = Pattern.compile("[\\s?.!]+$");
    /** Passages fetched per cell: more under an as-of date, whose later filings are dropped after the search. */
    private static final int SEARCHED = 24;
    private static final int JUDGED = 8;

    private final FactStore baseStore;
    private final EvidenceSource evidence;
    private final MetricCatalog catalog;
    private final PassageJudge judge;
    private final PointInTime time;
    private final AsOfStore store;
    private final Asker asker;
    private final QuestionParser parser;
    private final CompanyResolver storeCompanies;
    private final KeyTermJudge terms = new KeyTermJudge();
    private final Map<String, DocumentInfo> documents = new HashMap<>();
    private final Map<String, GridCompany> companies = new ConcurrentHashMap<>();
    private final Map<String, GridQuestion> questions = new ConcurrentHashMap<>();
    private final Map<LocalDate, Grid> asOfViews = new ConcurrentHashMap<>();

    /** A grid over every stored document, the standard metric catalog and the rule-based judge. */
    public Grid(FactStore store, EvidenceSource evidence) {
        this(store, evidence, MetricCatalog.standard(), new KeyTermJudge(), PointInTime.latest());
    }

    public Grid(FactStore store, EvidenceSource evidence, MetricCatalog catalog, PassageJudge judge, PointInTime time) {
        this.baseStore = store;
        this.evidence = evidence == null ? EvidenceSource.none() : evidence;
        this.catalog = catalog;
        this.judge = judge;
        this.time = time == null ? PointInTime.latest() : time;
        this.store = new AsOfStore(store, this.time);
        this.asker = new Asker(this.store, catalog);
        this.storeCompanies = new CompanyResolver(this.store.allCompanies());
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Metric m : catalog.all()) names.put(m.id(), m.names());
        this.parser = new QuestionParser(names, catalog.taxonomy());
        for (DocumentInfo d : store.documents()) documents.put(d.sha256(), d);
    }

    public PointInTime time() {
        return time;
    }

    /**
     * One cell: the library call behind a server's cell endpoint. {@code asOf} null means this grid's own date;
     * another date gets a point-in-time view of its own, built once per date and kept.
     */
    public CellAnswer cell(String company, String question, LocalDate asOf) {
        if (asOf != null && !asOf.equals(time.asOf())) {
            Grid view = asOfViews.computeIfAbsent(asOf, d -> new Grid(baseStore, evidence, catalog, judge,
                    new PointInTime(d, time.staleAfter(), time.today())));
            return view.cell(company, question, null);
        }
        return cell(company(company), question(question));
    }

    /** How a question is answered: a catalog metric name alone, a metric question read whole, yes/no, or text. */
    public GridQuestion question(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a grid question is empty");
        return questions.computeIfAbsent(text, this::classify);
    }

    private GridQuestion classify(String text) {
        String bare = TRAILING.matcher(text.strip()).replaceAll("");
        Optional<Metric> named = catalog.byId(bare.toLowerCase(Locale.ROOT).replace(' ', '_'));
        if (named.isEmpty()) named = catalog.all().stream().filter(m -> m.isNamed(bare)).findFirst();
        if (named.isPresent()) return new GridQuestion(text, GridQuestion.Kind.METRIC_NAME, named.get().id(), null);
        ParsedQuestion p = parser.parse(text);
        if (p.understood()) return new GridQuestion(text, GridQuestion.Kind.METRIC, p.metricId(), null);
        String note = p.metricId() != null || p.formula() != null ? "not read as a metric question: " + p.explanation() : null;
        boolean yesNo = YES_NO.matcher(text).find();
        return new GridQuestion(text, yesNo ? GridQuestion.Kind.YES_NO : GridQuestion.Kind.TEXT, null, note);
    }

    /** A row's company, resolved in the store (all dates) and the index; unknown ones say why. */
    public GridCompany company(String asked) {
        if (asked == null || asked.isBlank()) throw new IllegalArgumentException("a grid company is empty");
        return companies.computeIfAbsent(asked.strip(), this::resolve);
    }

    private GridCompany resolve(String asked) {
        List<String> mentions = GridCompany.mentions(asked);
        CompanyResolver.Resolution r = storeCompanies.resolve(mentions);
        Set<String> indexed = new LinkedHashSet<>();
        String indexProblem = null;
        for (String m : mentions) {
            try {
                indexed.addAll(evidence.resolve(m));
            } catch (IOException | RuntimeException e) {
                indexProblem = "the search index cannot be read: " + e.getMessage();
            }
        }
        if (!r.resolved() && !indexed.isEmpty()) {
            // a ticker the index knows from the cover ("MMM"): the store knows the company by the cover's name
            CompanyResolver.Resolution byIndex = storeCompanies.resolve(List.copyOf(indexed));
            if (byIndex.resolved()) {
                r = byIndex;
                List<String> more = new ArrayList<>(mentions);
                more.addAll(byIndex.companies());
                mentions = more;
            }
        }
        String problem = null;
        if (!r.resolved() && indexed.isEmpty()) {
            problem = r.problem().startsWith("no company named") ? "no company named " + asked + " in the store or the search index" : r.problem();
            if (indexProblem != null) problem += "; " + indexProblem;
        }
        return new GridCompany(asked, mentions, r.resolved() ? r.companies() : List.of(), List.copyOf(indexed), problem);
    }

    /** Answers one cell; never throws for a cell that cannot be answered (the cell says why). */
    public CellAnswer cell(GridCompany company, GridQuestion question) {
        CellAnswer a;
        try {
            if (!company.known()) {
                a = new CellAnswer(company.asked(), question.text(), question.kind(), CellAnswer.Status.UNKNOWN_COMPANY, "unknown company",
                        null, null, null, null, CellAnswer.Confidence.NONE, false, List.of(), List.of(company.problem()));
            } else {
                a = question.metric() ? metric(company, question) : text(company, question);
            }
        } catch (RuntimeException | IOException e) {
            a = new CellAnswer(company.asked(), question.text(), question.kind(), CellAnswer.Status.FAILED, "failed",
                    null, null, null, null, CellAnswer.Confidence.NONE, false, List.of(), List.of(String.valueOf(e.getMessage())));
        }
        if (time.stale(a.documentDate())) {
            a = a.withStale(true, "stale: the newest source is dated " + a.documentDate() + ", more than " + time.staleAfter()
                    + " before " + time.reference());
        }
        return a;
    }

    // ---- metric cells

    private CellAnswer metric(GridCompany company, GridQuestion q) {
        if (company.storeNames().isEmpty()) {
            return abstained(company, q, "no filings of " + company.asked() + " in the fact store; ingest them first", List.of());
        }
        String text = q.text();
        if (q.kind() == GridQuestion.Kind.METRIC_NAME) {
            Integer year = latestAnnualYear(company.storeNames());
            if (year == null) {
                return abstained(company, q, "no annual report of " + company.asked() + " in the store"
                        + (time.asOf() == null ? "" : " filed by " + time.asOf()), List.of());
            }
            Metric m = catalog.byId(q.metricId()).orElseThrow();
            text = "What is the FY" + year + " " + m.name() + "?";
        }
        Answer a = asker.ask(text, company.mentions());
        List<String> notes = new ArrayList<>();
        if (q.kind() == GridQuestion.Kind.METRIC_NAME) notes.add("asked as: " + text + " (the latest fiscal year with an annual report)");
        if (!a.answered()) {
            notes.addAll(a.notes());
            return abstained(company, q, a.message(), notes);
        }
        List<Evidence> ev = new ArrayList<>();
        LocalDate newest = null;
        double least = 1;
        for (Answer.Input in : a.inputs()) {
            var f = in.fact();
            DocumentInfo d = documents.get(f.source().sha256());
            LocalDate date = d == null ? null : PointInTime.shownDate(d);
            if (date != null && (newest == null || date.isAfter(newest))) newest = date;
            least = Math.min(least, f.confidence());
            ev.add(new Evidence(null, f.source().document(), f.source().sha256(), f.source().page(), f.source().line() + 1,
                    f.statement() + " · " + in.concept() + " FY" + in.fiscalYear(), f.source().rawLabel() + ": " + f.source().rawValue(),
                    null, date));
        }
        notes.addAll(a.steps());
        notes.addAll(a.sources().stream().map(s -> "source: " + s).toList());
        notes.addAll(a.notes());
        String currency = a.inputs().stream().map(i -> i.fact().unit().code()).filter(c -> c.length() == 3).findFirst().orElse("");
        return new CellAnswer(company.asked(), q.text(), q.kind(), CellAnswer.Status.ANSWERED, a.display(), a.asked(),
                unit(a.display(), currency), a.fiscalYear() == null ? null : "FY" + a.fiscalYear(), newest,
                least >= 0.9 ? CellAnswer.Confidence.HIGH : CellAnswer.Confidence.MEDIUM, false, ev, notes);
    }

    /** "1,577 million" with USD facts → "USD million"; "5.4%" → "%"; "0.84" → "ratio". */
    static String unit(String display, String currency) {
        String suffix = display.replaceFirst("^-?[\\d,]*(?:\\.\\d+)?", "").strip();
        if (suffix.isEmpty()) return "ratio";
        if (Set.of("thousand", "million", "billion").contains(suffix)) return (currency + " " + suffix).strip();
        return suffix;
    }

    /** The latest fiscal year of the company's annual reports in the point-in-time store, or null. */
    private Integer latestAnnualYear(List<String> names) {
        Set<String> wanted = Set.copyOf(names);
        return store.documents().stream()
                .filter(d -> wanted.contains(d.company()) && d.periodEnd() != null)
                .filter(d -> Set.of("10-k", "20-f", "40-f").contains(d.documentType().toLowerCase(Locale.ROOT))
                        || d.documentType().toLowerCase(Locale.ROOT).contains("annual"))
                .map(d -> io.tickmark.facts.Period.instant(d.periodEnd()).fiscalYear() + d.fiscalYearOffset())
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private static CellAnswer abstained(GridCompany company, GridQuestion q, String why, List<String> notes) {
        List<String> n = new ArrayList<>();
        n.add(why);
        n.addAll(notes);
        return new CellAnswer(company.asked(), q.text(), q.kind(), CellAnswer.Status.ABSTAINED, "cannot answer: " + shorten(why),
                null, null, null, null, CellAnswer.Confidence.NONE, false, List.of(), n);
    }

    // ---- free-text cells

    private CellAnswer text(GridCompany company, GridQuestion q) throws IOException {
        List<String> notes = new ArrayList<>();
        if (q.note() != null) notes.add(q.note());
        if (company.indexNames().isEmpty()) {
            String why = evidence == EvidenceSource.none()
                    ? "no search index: run 'tickmark index' on the filings" : "no filing of " + company.asked() + " in the search index";
            notes.add(0, why);
            return new CellAnswer(company.asked(), q.text(), q.kind(), CellAnswer.Status.NOT_FOUND, "no evidence: " + why,
                    null, null, null, null, CellAnswer.Confidence.NONE, false, List.of(), notes);
        }
        List<EvidenceSource.Filing> filings = evidence.filings(company.indexNames()).stream().filter(this::allowed).toList();
        String query = terms.query(q.text(), company.asked());
        if (query.isBlank()) query = q.text();
        List<EvidenceSource.Found> found = filings.isEmpty() ? List.of()
                : evidence.search(query, company.indexNames(), time.asOf() == null ? JUDGED : SEARCHED).stream().filter(f -> allowed(f.filing())).limit(JUDGED).toList();
        PassageJudge.Verdict v = judge.judge(q.text(), company.asked(), q.kind() == GridQuestion.Kind.YES_NO, found);
        if (!v.verified(found)) {
            notes.add("the judge's quote is not printed in the passages it was given; its verdict is refused");
            v = new PassageJudge.Verdict(PassageJudge.Outcome.NOT_FOUND, null, List.of(), v.reason());
        }
        if (v.reason() != null) notes.add(v.reason());
        if (time.asOf() != null) notes.add("documents filed by " + time.asOf() + " only");
        if (v.outcome() == PassageJudge.Outcome.NOT_FOUND) {
            List<String> names = filings.stream().map(EvidenceSource.Filing::fileName).toList();
            String list = names.size() <= 5 ? String.join(", ", names) : String.join(", ", names.subList(0, 5)) + ", … " + names.size() + " in all";
            notes.add("searched: " + query);
            return new CellAnswer(company.asked(), q.text(), q.kind(), CellAnswer.Status.NOT_FOUND,
                    "no evidence found in " + filings.size() + " document" + (filings.size() == 1 ? "" : "s") + (names.isEmpty() ? "" : " (" + list + ")"),
                    null, null, null, null, CellAnswer.Confidence.NONE, false, List.of(), notes);
        }
        List<Evidence> ev = new ArrayList<>();
        LocalDate newest = null;
        LocalDate period = null;
        for (PassageJudge.Quote quote : v.quotes()) {
            EvidenceSource.Found f = found.get(quote.passage());
            LocalDate date = date(f.filing());
            if (date != null && (newest == null || date.isAfter(newest))) newest = date;
            if (f.filing().periodEnd() != null && (period == null || f.filing().periodEnd().isAfter(period))) period = f.filing().periodEnd();
            ev.add(new Evidence(null, f.filing().fileName(), f.filing().sha256(), f.page(), null, f.section(), quote.sentence(), f.text(), date));
        }
        CellAnswer.Status status = switch (v.outcome()) {
            case YES -> CellAnswer.Status.YES;
            case NO -> CellAnswer.Status.NO;
            case UNCLEAR -> CellAnswer.Status.UNCLEAR;
            default -> CellAnswer.Status.ANSWERED;
        };
        String display = switch (v.outcome()) {
            case YES -> "yes";
            case NO -> "no";
            case UNCLEAR -> "unclear: passages state it and its opposite";
            default -> v.text();
        };
        CellAnswer.Confidence confidence = v.outcome() == PassageJudge.Outcome.YES || v.outcome() == PassageJudge.Outcome.NO
                ? CellAnswer.Confidence.MEDIUM : CellAnswer.Confidence.LOW;
        return new CellAnswer(company.asked(), q.text(), q.kind(), status, display, null, null,
                period == null ? null : "period ended " + period, newest, confidence, false, ev, notes);
    }

    private boolean allowed(EvidenceSource.Filing f) {
        DocumentInfo d = documents.get(f.sha256());
        return d != null ? time.allows(d) : time.allowsPeriodEnd(f.periodEnd());
    }

    private LocalDate date(EvidenceSource.Filing f) {
        DocumentInfo d = documents.get(f.sha256());
        return d != null ? PointInTime.shownDate(d) : f.periodEnd();
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 159) + "…";
    }

    // ---- whole grids

    /** Starts answering every company × question on {@code threads} threads; the returned run reports and can be cancelled. */
    public GridRun start(List<String> companyNames, List<String> questionTexts, int threads, GridRun.Listener listener) {
        List<GridCompany> rows = companyNames.stream().map(this::company).toList();
        List<GridQuestion> cols = questionTexts.stream().map(this::question).toList();
        return GridRun.start(this, rows, cols, threads, listener);
    }

    /** Answers the whole grid and waits for it. */
    public GridResult run(List<String> companyNames, List<String> questionTexts, int threads) throws InterruptedException {
        return start(companyNames, questionTexts, threads, GridRun.Listener.NONE).await();
    }
}
