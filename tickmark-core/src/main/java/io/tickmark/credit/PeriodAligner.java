package io.tickmark.credit;

import io.tickmark.check.CheckResult;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import io.tickmark.statement.StatementType;
import io.tickmark.taxonomy.Taxonomy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lines up the annual periods of one company's spreads by fiscal year. Only annual reports give
 * year columns: a 10-Q or an 8-K is left out and said so; a report in another currency than the
 * latest one is left out (no exchange rate is guessed); a moved fiscal year end and a transition
 * period are noted; scales may differ freely (facts are in whole units) and that is noted; when two
 * reports print the same year differently, the later report's comparative wins and the memo says so.
 */
public final class PeriodAligner {
    /** Years shown at most, the latest ones. */
    public static final int MAX_YEARS = 5;
    private static final Set<String> ANNUAL_FORMS = Set.of("10-k", "10-kt", "20-f", "40-f");
    private static final Set<String> INTERIM_FORMS = Set.of("10-q", "10-qt", "6-k");

    private final Taxonomy taxonomy;
    private final int maxYears;

    public PeriodAligner(Taxonomy taxonomy) {
        this(taxonomy, MAX_YEARS);
    }

    public PeriodAligner(Taxonomy taxonomy, int maxYears) {
        if (maxYears < 1) throw new IllegalArgumentException("at least one year must be shown, got " + maxYears);
        this.taxonomy = Objects.requireNonNull(taxonomy);
        this.maxYears = maxYears;
    }

    /** One fact offered for a concept and year by one report. */
    private record Candidate(String concept, int year, Fact fact, int docRank, int statementRank, BigDecimal scale) {
    }

    public AlignedYears align(List<Spread> given) {
        List<AlignmentNote> notes = new ArrayList<>();
        List<Spread> spreads = distinct(given, notes);
        List<DocumentInfo> leftOut = new ArrayList<>();
        List<Spread> annual = new ArrayList<>();
        for (Spread s : spreads) {
            String why = notAnnual(s);
            if (why == null) {
                annual.add(s);
            } else {
                leftOut.add(s.document());
                notes.add(new AlignmentNote(why.startsWith("is a 10-Q") || why.startsWith("is a 6-K") ? AlignmentNote.Kind.INTERIM_LEFT_OUT : AlignmentNote.Kind.NOT_ANNUAL,
                        s.document().fileName() + " " + why + ": left out of the year columns."));
            }
        }
        annual.sort(Comparator.comparing(PeriodAligner::reportEnd, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.document().filingDate(), Comparator.nullsLast(Comparator.reverseOrder())));
        String company = company(annual.isEmpty() ? spreads : annual);
        Set<String> names = new TreeSet<>();
        for (Spread s : spreads) names.add(companyKey(s.document().company()));
        names.remove(companyKey("Unknown company"));
        if (names.size() > 1) {
            notes.add(new AlignmentNote(AlignmentNote.Kind.COMPANY, "The reports name different companies (" + spreads.stream().map(s -> s.document().company() + " in " + s.document().fileName())
                    .collect(Collectors.joining("; ")) + "): check they are one company's reports; the memo is headed " + company + "."));
        }
        String currency = annual.isEmpty() ? null : currency(annual.get(0));
        List<Spread> used = new ArrayList<>();
        for (Spread s : annual) {
            String c = currency(s);
            if (currency != null && c != null && !c.equals(currency)) {
                leftOut.add(s.document());
                notes.add(new AlignmentNote(AlignmentNote.Kind.CURRENCY, "%s reports in %s, the latest report in %s: left out, as Tickmark converts no currency."
                        .formatted(s.document().fileName(), c, currency)));
            } else {
                used.add(s);
            }
        }
        yearEnds(used, notes);
        scales(used, notes);
        Map<Integer, LocalDate> yearEnd = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < used.size(); rank++) candidates.addAll(candidates(used.get(rank), rank, yearEnd, notes));
        Map<String, Map<Integer, Fact>> chosen = new LinkedHashMap<>();
        List<Restatement> restatements = new ArrayList<>();
        choose(candidates, chosen, restatements);
        TreeSet<Integer> allYears = new TreeSet<>();
        chosen.values().forEach(m -> allYears.addAll(m.keySet()));
        List<Integer> years = new ArrayList<>(allYears);
        if (years.size() > maxYears) years = new ArrayList<>(years.subList(years.size() - maxYears, years.size()));
        long flowYears = years.stream().filter(y -> flowYear(chosen, y)).count();
        if (flowYears <= 1) {
            notes.add(new AlignmentNote(AlignmentNote.Kind.ONE_YEAR, flowYears == 0
                    ? "No annual income statement or cash flow statement was found: no ratio over a year can be computed."
                    : "Only one fiscal year of results: no trend, no year-on-year change, and averages of balances need the year before, so year-end variants are shown instead."));
        }
        Set<Integer> kept = new HashSet<>(years);
        chosen.values().forEach(m -> m.keySet().retainAll(kept));
        restatements.removeIf(r -> !kept.contains(r.fiscalYear()));
        for (Restatement r : restatements) notes.add(new AlignmentNote(AlignmentNote.Kind.RESTATED, describe(r)));
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i) - years.get(i - 1) > 1) {
                notes.add(new AlignmentNote(AlignmentNote.Kind.GAP, "No report covers FY%d%s: the columns jump from FY%d to FY%d, and no change or average is taken across the gap."
                        .formatted(years.get(i - 1) + 1, years.get(i) - years.get(i - 1) > 2 ? " to FY" + (years.get(i) - 1) : "", years.get(i - 1), years.get(i))));
            }
        }
        List<CheckResult> failed = new ArrayList<>();
        for (Spread s : used) {
            for (CheckResult c : s.checks()) {
                if (c.failed() && c.period() != null && kept.contains(c.period().fiscalYear() + s.document().fiscalYearOffset())) failed.add(c);
            }
        }
        Map<String, List<String>> unmapped = new HashMap<>();
        for (Spread s : used) {
            for (StatementSpread st : s.statements()) {
                List<String> labels = st.lines().stream().filter(l -> !l.mapped() && l.values().stream().anyMatch(Objects::nonNull))
                        .map(SpreadLine::label).toList();
                unmapped.put(s.document().sha256() + "/" + st.type().name(), labels);
            }
        }
        return new AlignedYears(company, currency == null ? "USD" : currency, years, chosen,
                used.stream().map(Spread::document).toList(), leftOut, restatements, failed, notes, unmapped);
    }

    private static List<Spread> distinct(List<Spread> given, List<AlignmentNote> notes) {
        Map<String, Spread> bySha = new LinkedHashMap<>();
        for (Spread s : given) {
            String key = s.document().sha256() == null ? s.document().fileName() : s.document().sha256();
            if (bySha.putIfAbsent(key, s) != null) {
                notes.add(new AlignmentNote(AlignmentNote.Kind.DUPLICATE, s.document().fileName() + " was given twice (same content): used once."));
            }
        }
        return new ArrayList<>(bySha.values());
    }

    /** Why a report gives no year columns, or null when it is annual. */
    private static String notAnnual(Spread s) {
        String form = s.document().documentType().toLowerCase(Locale.ROOT);
        Set<Integer> months = flowMonths(s);
        if (INTERIM_FORMS.contains(form)) {
            return "is a " + s.document().documentType() + " (periods of " + months.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " months)";
        }
        if (ANNUAL_FORMS.contains(form) || form.contains("annual")) return null;
        if (!form.equals("unknown")) return "is a " + s.document().documentType() + ", not an annual report";
        if (!months.contains(12) && !months.isEmpty()) return "shows no twelve-month period (only " + months + " months)";
        if (s.statements().isEmpty()) return "has no statements";
        return null;
    }

    private static Set<Integer> flowMonths(Spread s) {
        Set<Integer> months = new TreeSet<>();
        for (StatementSpread st : s.statements()) {
            if (st.type() == StatementType.BALANCE_SHEET) continue;
            for (Period p : st.periods()) if (p != null && !p.isInstant()) months.add(p.months());
        }
        return months;
    }

    private static LocalDate reportEnd(Spread s) {
        if (s.document().periodEnd() != null) return s.document().periodEnd();
        return s.statements().stream().flatMap(st -> st.periods().stream()).filter(Objects::nonNull).map(Period::end)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private static String company(List<Spread> spreads) {
        return spreads.stream().map(s -> s.document().company())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("Unknown company");
    }

    /** A company name without case, punctuation or legal-form words, to compare how covers print it. */
    public static String companyKey(String name) {
        String k = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ")
                .replaceAll("\\b(the|inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|lp|sa|ag|nv|holdings?|group)\\b", " ");
        return k.replaceAll("\\s+", ""); // covers read with stray spaces ("MGM R ESORTS") key alike
    }

    private static String currency(Spread s) {
        return s.statements().stream().map(StatementSpread::currency).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Notes a fiscal year end that moved between reports (beyond the week a 52/53-week calendar drifts). */
    private static void yearEnds(List<Spread> used, List<AlignmentNote> notes) {
        for (int i = 0; i + 1 < used.size(); i++) {
            LocalDate later = reportEnd(used.get(i));
            LocalDate earlier = reportEnd(used.get(i + 1));
            if (later == null || earlier == null) continue;
            LocalDate shifted = earlier.withYear(later.getYear());
            long days = Math.abs(ChronoUnit.DAYS.between(shifted, later));
            days = Math.min(days, 366 - days);
            if (days > 7) {
                notes.add(new AlignmentNote(AlignmentNote.Kind.YEAR_END_CHANGED, "The fiscal year end moved: %s ends its year on %s, %s on %s. Years are labelled by the calendar year they end in; a period of other than twelve months is left out."
                        .formatted(used.get(i + 1).document().fileName(), earlier, used.get(i).document().fileName(), later)));
            }
        }
    }

    private static void scales(List<Spread> used, List<AlignmentNote> notes) {
        Map<String, Set<String>> byScale = new TreeMap<>();
        for (Spread s : used) {
            for (StatementSpread st : s.statements()) {
                if (st.scale() != null) byScale.computeIfAbsent(scaleWord(st.scale()), k -> new LinkedHashSet<>()).add(s.document().fileName());
            }
        }
        if (byScale.size() > 1) {
            String parts = byScale.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").collect(Collectors.joining("; "));
            notes.add(new AlignmentNote(AlignmentNote.Kind.SCALE, "The reports print in different scales: " + parts
                    + ". Every figure is held in whole units, so the columns compare; rounding of the coarser scale applies."));
        }
    }

    static String scaleWord(BigDecimal scale) {
        return switch (scale.stripTrailingZeros().toPlainString()) {
            case "1" -> "units";
            case "1000" -> "thousands";
            case "1000000" -> "millions";
            case "1000000000" -> "billions";
            default -> "a scale of " + scale.toPlainString();
        };
    }

    private List<Candidate> candidates(Spread s, int rank, Map<Integer, LocalDate> yearEnd, List<AlignmentNote> notes) {
        int offset = s.document().fiscalYearOffset();
        List<Candidate> out = new ArrayList<>();
        Set<String> transitions = new LinkedHashSet<>();
        // flows first, so the year ends are known before balances are matched to them
        for (StatementSpread st : s.statements()) {
            if (st.type() == StatementType.BALANCE_SHEET) continue;
            for (SpreadLine line : st.lines()) {
                if (!line.mapped() || isBalance(line.concept())) continue;
                for (Fact f : line.values()) {
                    if (f == null || f.period().isInstant()) continue;
                    if (f.period().months() != 12) {
                        transitions.add(f.period().label());
                        continue;
                    }
                    int year = f.period().fiscalYear() + offset;
                    LocalDate known = yearEnd.putIfAbsent(year, f.period().end());
                    if (known != null && Math.abs(ChronoUnit.DAYS.between(known, f.period().end())) > 7) continue;
                    out.add(new Candidate(line.concept(), year, f, rank, statementRank(line.concept(), st.type()), st.scale()));
                }
            }
        }
        for (StatementSpread st : s.statements()) {
            if (st.type() != StatementType.BALANCE_SHEET) continue;
            for (SpreadLine line : st.lines()) {
                if (!line.mapped() || !isBalance(line.concept())) continue;
                for (Fact f : line.values()) {
                    if (f == null || !f.period().isInstant()) continue;
                    int year = f.period().fiscalYear() + offset;
                    LocalDate end = yearEnd.get(year);
                    if (end != null && Math.abs(ChronoUnit.DAYS.between(end, f.period().end())) > 7) continue;
                    out.add(new Candidate(line.concept(), year, f, rank, 0, st.scale()));
                }
            }
        }
        if (!transitions.isEmpty()) {
            notes.add(new AlignmentNote(AlignmentNote.Kind.NOT_ANNUAL, "%s also prints periods of other than twelve months (%s): left out of the year columns."
                    .formatted(s.document().fileName(), String.join(", ", transitions))));
        }
        return out;
    }

    private boolean isBalance(String concept) {
        return taxonomy.concept(concept).map(c -> c.on(StatementType.BALANCE_SHEET)).orElse(false);
    }

    /** Within a report: D&A as the cash flow statement prints it, everything else from its first statement. */
    private static int statementRank(String concept, StatementType type) {
        if ("depreciation_amortization".equals(concept)) return type == StatementType.CASH_FLOW ? 0 : 1;
        return type == StatementType.INCOME_STATEMENT ? 0 : 1;
    }

    private static void choose(List<Candidate> candidates, Map<String, Map<Integer, Fact>> chosen, List<Restatement> restatements) {
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        for (Candidate c : candidates) byKey.computeIfAbsent(c.concept() + "@" + c.year(), k -> new ArrayList<>()).add(c);
        for (List<Candidate> group : byKey.values()) {
            group.sort(Comparator.comparingInt(Candidate::docRank).thenComparingInt(Candidate::statementRank));
            Candidate best = group.get(0);
            chosen.computeIfAbsent(best.concept(), k -> new TreeMap<>()).put(best.year(), best.fact());
            Set<Integer> seenDocs = new HashSet<>();
            seenDocs.add(best.docRank());
            for (Candidate other : group) {
                if (!seenDocs.add(other.docRank())) continue;
                BigDecimal tolerance = max(best.scale(), other.scale());
                if (best.fact().value().subtract(other.fact().value()).abs().compareTo(tolerance) > 0) {
                    restatements.add(new Restatement(best.concept(), best.year(), best.fact(), other.fact()));
                }
            }
        }
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        BigDecimal x = a == null ? BigDecimal.ONE : a;
        BigDecimal y = b == null ? BigDecimal.ONE : b;
        return x.max(y);
    }

    private static boolean flowYear(Map<String, Map<Integer, Fact>> chosen, int year) {
        for (String c : List.of("revenue", "net_income", "operating_income", "cash_from_operations")) {
            Map<Integer, Fact> m = chosen.get(c);
            if (m != null && m.containsKey(year)) return true;
        }
        return false;
    }

    private static String describe(Restatement r) {
        return "Restated: %s FY%d is %s in %s (p.%d), where %s (p.%d) printed %s; the later report's figure is used."
                .formatted(r.concept(), r.fiscalYear(), plain(r.used().value()), r.used().source().document(), r.used().source().page(),
                        r.replaced().source().document(), r.replaced().source().page(), plain(r.replaced().value()));
    }

    static String plain(BigDecimal v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
