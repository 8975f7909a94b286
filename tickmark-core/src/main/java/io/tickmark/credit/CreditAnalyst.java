package io.tickmark.credit;

import io.tickmark.facts.TextFinding;
import io.tickmark.llm.NumberChecker;
import io.tickmark.metrics.MetricCatalog;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.store.FactStore;
import io.tickmark.taxonomy.Taxonomy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns one company's spreads (given, or from the store) into a {@link CreditAnalysis}: lines the years
 * up, computes the ratio pack, the scores of each year, the scorecard rating of the latest year and the
 * red flags, then has the narrative written and checked. Immutable; the with-methods give a changed copy.
 */
public final class CreditAnalyst {
    private final Taxonomy taxonomy;
    private final MetricCatalog metrics;
    private final RatioCatalog ratios;
    private final Scorecard scorecard;
    private final AbsentLines absent;
    private final NarrativeWriter narrative;

    public CreditAnalyst(Taxonomy taxonomy, MetricCatalog metrics, RatioCatalog ratios, Scorecard scorecard, AbsentLines absent,
                         NarrativeWriter narrative) {
        this.taxonomy = Objects.requireNonNull(taxonomy);
        this.metrics = Objects.requireNonNull(metrics);
        this.ratios = Objects.requireNonNull(ratios);
        this.scorecard = Objects.requireNonNull(scorecard);
        this.absent = Objects.requireNonNull(absent);
        this.narrative = Objects.requireNonNull(narrative);
    }

    /** The standard taxonomy, metric catalog, ratio file, scorecard and absent-line rules, template narrative. */
    public static CreditAnalyst standard() {
        return new CreditAnalyst(Taxonomy.standard(), MetricCatalog.standard(), RatioCatalog.standard(), Scorecard.standard(),
                AbsentLines.standard(), new TemplateNarrative());
    }

    public CreditAnalyst withScorecard(Scorecard card) {
        return new CreditAnalyst(taxonomy, metrics, ratios, card, absent, narrative);
    }

    public CreditAnalyst withRatios(RatioCatalog pack) {
        return new CreditAnalyst(taxonomy, metrics, pack, scorecard, absent, narrative);
    }

    public CreditAnalyst withNarrative(NarrativeWriter writer) {
        return new CreditAnalyst(taxonomy, metrics, ratios, scorecard, absent, writer);
    }

    /**
     * Analyses the spreads of one company's reports; {@code text} is what {@link TextScan} found in them,
     * null when their text was not read (the memo then says so).
     */
    public CreditAnalysis analyse(List<Spread> spreads, List<TextFinding> text) {
        return analyse(spreads, text, Map.of());
    }

    /**
     * As {@link #analyse(List, List)}, with the market value of equity at fiscal year ends where known
     * (Altman's original Z needs it; without it Z is n/a and says why).
     */
    public CreditAnalysis analyse(List<Spread> spreads, List<TextFinding> text, Map<Integer, BigDecimal> marketValueOfEquity) {
        return analyse(new PeriodAligner(taxonomy).align(spreads), text, List.of(), marketValueOfEquity, List.of());
    }

    /**
     * As {@link #analyse(List, List)}, with the market value of equity the analyst supplied
     * ({@link AnalystInput#marketValue}): it enters Altman Z of the fiscal year whose end is nearest its
     * date (the latest year when it has none), if that end is within {@value #MARKET_VALUE_DAYS} days;
     * the memo shows it as user-supplied either way, and says why when it was not used.
     */
    public CreditAnalysis analyse(List<Spread> spreads, List<TextFinding> text, AnalystInput marketValue) {
        return analyse(spreads, text, List.of(), marketValue);
    }

    /**
     * As {@link #analyse(List, List, AnalystInput)} when the text of only some reports was read: {@code unread}
     * names the files whose text was never scanned (stored before Tickmark kept what the scan found), and the
     * memo says so for them; {@code text} holds what was found in the others. {@code marketValue} may be null.
     */
    public CreditAnalysis analyse(List<Spread> spreads, List<TextFinding> text, List<String> unread, AnalystInput marketValue) {
        if (unread == null) throw new IllegalArgumentException("unread: give an empty list when every report's text was read");
        AlignedYears aligned = new PeriodAligner(taxonomy).align(spreads);
        if (marketValue == null) return analyse(aligned, text, unread, Map.of(), List.of());
        if (!aligned.hasYears()) return analyse(aligned, text, unread, Map.of(), List.of(marketValue.notUsed("no fiscal year was lined up")));
        Integer year = aligned.latestYear();
        if (marketValue.asOf() == null) {
            java.time.LocalDate end = yearEnd(aligned, year);
            if (end != null) marketValue = marketValue.datedAtYearEnd(end);
        } else {
            year = null;
            long best = Long.MAX_VALUE;
            for (int y : aligned.years()) {
                var end = yearEnd(aligned, y);
                if (end == null) continue;
                long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(end, marketValue.asOf()));
                if (days < best) {
                    best = days;
                    year = y;
                }
            }
            if (year == null || best > MARKET_VALUE_DAYS) {
                return analyse(aligned, text, unread, Map.of(), List.of(marketValue.notUsed("its date %s is more than %d days from every fiscal year end of the memo (FY%d to FY%d)"
                        .formatted(marketValue.asOf(), MARKET_VALUE_DAYS, aligned.years().get(0), aligned.latestYear()))));
            }
        }
        return analyse(aligned, text, unread, Map.of(year, marketValue.value()), List.of(marketValue.usedFor("Altman Z (X4), FY" + year)));
    }

    /** How far (days) a market value's date may be from the fiscal year end it is used for. */
    public static final int MARKET_VALUE_DAYS = 92;

    private static java.time.LocalDate yearEnd(AlignedYears aligned, int year) {
        for (String c : List.of("total_assets", "total_equity", "revenue")) {
            var f = aligned.fact(c, year);
            if (f.isPresent()) return f.get().period().end();
        }
        return null;
    }

    private CreditAnalysis analyse(AlignedYears aligned, List<TextFinding> text, List<String> unread, Map<Integer, BigDecimal> marketValueOfEquity,
                                   List<AnalystInput> inputs) {
        AlignedLookup lookup = new AlignedLookup(aligned, absent);
        List<RatioRow> pack = new RatioPack(metrics, ratios).compute(lookup, aligned.years());
        Scores scorer = new Scores(metrics);
        List<ScoreResult> scores = new ArrayList<>();
        for (int y : aligned.years()) {
            boolean unclassified = aligned.fact("total_assets", y).isPresent() && aligned.fact("total_current_assets", y).isEmpty()
                    && aligned.fact("total_current_liabilities", y).isEmpty();
            scores.addAll(scorer.all(lookup, y, marketValueOfEquity.get(y), unclassified));
        }
        Rating rating = aligned.hasYears() ? new Rater(scorecard, metrics).rate(aligned.latestYear(), pack, scores, lookup) : null;
        List<RedFlag> flags = RedFlags.find(aligned, pack, text == null ? List.of() : text);
        // assumptions are read after every evaluation, so they list each absent-line rule used
        List<SpreadRow> rows = SpreadTable.rows(aligned, taxonomy);
        CreditAnalysis analysis = new CreditAnalysis(aligned.company(), aligned.currency(), aligned.years(), aligned.documents(), aligned.leftOut(),
                aligned.notes(), assumptions(lookup, text, unread), rows, pack, scores, rating, flags, inputs, null);
        return analysis.withNarrative(narrate(analysis));
    }

    private static List<String> assumptions(AlignedLookup lookup, List<TextFinding> text, List<String> unread) {
        List<String> out = new ArrayList<>(lookup.assumptions());
        if (text == null) {
            out.add("The reports' text was not read for going-concern, audit-opinion or material-weakness wording: give the report files to have it read.");
        } else if (!unread.isEmpty()) {
            out.add("The text of " + String.join(", ", unread) + " was not read for going-concern, audit-opinion or material-weakness wording"
                    + " (stored before Tickmark kept what it finds there): give " + (unread.size() == 1 ? "that report file" : "those report files")
                    + " to have it read once and kept.");
        }
        return out;
    }

    /**
     * Analyses a company's stored reports with the text findings stored with them; the name is matched exactly,
     * else as a unique part of one stored name (any case).
     */
    public CreditAnalysis analyse(FactStore store, String company) {
        return analyse(store, company, null);
    }

    /** As {@link #analyse(FactStore, String)}, with the market value of equity the analyst supplied (or null). */
    public CreditAnalysis analyse(FactStore store, String company, AnalystInput marketValue) {
        List<Spread> spreads = stored(store, company);
        List<TextFinding> text = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (Spread s : spreads) storedText(store, s, text, unread);
        return analyse(spreads, text, unread, marketValue);
    }

    /**
     * Adds the stored text findings of a stored report to {@code text}, or its file name to {@code unread} when
     * its text was never scanned.
     */
    public static void storedText(FactStore store, Spread spread, List<TextFinding> text, List<String> unread) {
        Optional<List<TextFinding>> found = store.textFindings(spread.document().sha256());
        if (found.isPresent()) text.addAll(found.get());
        else unread.add(spread.document().fileName());
    }

    /** The stored spreads of a company (name exact, or a unique part of one); throws saying why when there are none. */
    public static List<Spread> stored(FactStore store, String company) {
        String name = companyNamed(store.companies(), company);
        String key = PeriodAligner.companyKey(name);
        List<Spread> spreads = new ArrayList<>();
        for (DocumentInfo d : store.documents()) {
            if (PeriodAligner.companyKey(d.company()).equals(key)) store.load(d.sha256()).ifPresent(spreads::add);
        }
        if (spreads.isEmpty()) throw new IllegalArgumentException("the store holds no report of " + name);
        return spreads;
    }

    /** The stored company name meant by {@code wanted}: exact (any case), else the one name containing it; throws saying why not. */
    public static String companyNamed(List<String> companies, String wanted) {
        for (String c : companies) if (c.equalsIgnoreCase(wanted.strip())) return c;
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        List<String> matches = companies.stream().filter(c -> c.toLowerCase(Locale.ROOT).contains(w)).toList();
        if (matches.size() == 1) return matches.get(0);
        if (matches.stream().map(PeriodAligner::companyKey).distinct().count() == 1) return matches.get(0); // one company printed several ways
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("no company named '%s' in the store (it holds %d: %s)".formatted(wanted, companies.size(),
                    String.join(", ", companies.subList(0, Math.min(10, companies.size()))) + (companies.size() > 10 ? ", ..." : "")));
        }
        throw new IllegalArgumentException("'%s' matches several companies in the store: %s; give the full name".formatted(wanted, String.join(", ", matches)));
    }

    private Narrative narrate(CreditAnalysis analysis) {
        Narrative written;
        try {
            written = narrative.write(analysis);
        } catch (RuntimeException e) {
            return fallback(analysis, "The narrative writer failed (" + e.getMessage() + "): the template narrative is shown instead.");
        }
        NumberChecker checker = analysis.checker();
        List<String> bad = new ArrayList<>();
        for (String p : written.paragraphs()) checker.check(p).unsupported().forEach(f -> bad.add(f.text()));
        if (!bad.isEmpty()) {
            return fallback(analysis, "The %s narrative was rejected: its numbers %s are not among the ticked figures; the template narrative is shown instead."
                    .formatted(written.author(), bad));
        }
        return written;
    }

    private static Narrative fallback(CreditAnalysis analysis, String why) {
        Narrative t = new TemplateNarrative().write(analysis);
        return new Narrative(t.author(), t.paragraphs(), List.of(why));
    }
}
