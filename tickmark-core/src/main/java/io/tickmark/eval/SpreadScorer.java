package io.tickmark.eval;

import io.tickmark.check.CheckResult;
import io.tickmark.check.CheckResult.Status;
import io.tickmark.document.Document;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import io.tickmark.statement.StatementType;
import io.tickmark.taxonomy.Concept;
import io.tickmark.taxonomy.Taxonomy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores one spread against the XBRL truth of the same filing. Values compare by absolute value,
 * exactly, in whole units: statements print rounded figures and XBRL tags the same rounded figures,
 * while signs follow presentation (capex is printed negative and tagged positive).
 */
final class SpreadScorer {
    static final String BALANCE_SHEET_IDENTITY = "balance_sheet_identity";

    private final Taxonomy taxonomy;

    SpreadScorer(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    DocumentScore score(String document, Spread spread, XbrlTruth truth, long millis) {
        return score(document, spread, null, truth, millis);
    }

    /**
     * Scores the spread; with the document it was read from ({@code null} when not at hand), each core truth pair
     * also says whether its value is printed on the located statement pages ({@link CoreOutcome#printed()}).
     */
    DocumentScore score(String document, Spread spread, Document read, XbrlTruth truth, long millis) {
        List<Period> periods = truth.statementPeriods(taxonomy);
        List<SpreadLine> lines = spread.statements().stream().flatMap(s -> s.lines().stream()).toList();
        List<Fact> facts = spread.facts();
        // statements print breakdowns (products, services) that XBRL tags with dimensions: any fact confirms a number
        ValueIndex truthIndex = ValueIndex.ofTruth(truth.facts());
        ValueIndex ourIndex = ValueIndex.ofFacts(facts);
        List<UnmatchedNumber> unmatched = unmatched(document, facts, truthIndex);
        List<XbrlFact> recallSet = recallSet(truth, periods);
        List<XbrlFact> missed = recallSet.stream().filter(f -> !ourIndex.has(f.value(), f.period())).toList();
        List<CoreOutcome> core = printedOnStatements(core(document, lines, truth, periods), spread, read);
        return new DocumentScore(document, null, found(spread), bsIdentity(spread.checks()), core,
                facts.size(), facts.size() - unmatched.size(), recallSet.size(), recallSet.size() - missed.size(),
                unmatched, missed, millis);
    }

    /** A document that could not be spread: everything the truth holds counts as missed. */
    DocumentScore failed(String document, String failure, XbrlTruth truth, long millis) {
        List<Period> periods = truth.statementPeriods(taxonomy);
        List<XbrlFact> recallSet = recallSet(truth, periods);
        return new DocumentScore(document, failure, Set.of(), Status.SKIPPED, core(document, List.of(), truth, periods),
                0, 0, recallSet.size(), 0, List.of(), recallSet, millis);
    }

    private List<CoreOutcome> core(String document, List<SpreadLine> lines, XbrlTruth truth, List<Period> periods) {
        List<CoreOutcome> outcomes = new ArrayList<>();
        Concept operatingCash = taxonomy.require("cash_from_operations");
        for (Concept concept : taxonomy.concepts()) {
            if (!concept.core()) continue;
            boolean cashFlowOnly = concept.statements().equals(java.util.Set.of(StatementType.CASH_FLOW));
            for (Period period : periods) {
                // a quarterly report's cash flow statement runs year to date: a three-month D&A is a note's figure
                if (cashFlowOnly && truthFor(operatingCash, period, truth).isEmpty()) continue;
                truthFor(concept, period, truth).ifPresent(t -> outcomes.add(outcome(document, concept, t, lines)));
            }
        }
        return outcomes;
    }

    /**
     * Marks the truth pairs whose value the located statement pages do not print, in the statement's scale, as
     * any number on them ("$2,945", "(2,945)"), while they print some other core truth value of the same period: a
     * figure the XBRL tags without dimensions but prints in the notes only. Where no other value of the period is
     * printed there either (a statement located on the wrong page), nothing is marked, so a misplaced statement
     * cannot hide its misses.
     */
    private static List<CoreOutcome> printedOnStatements(List<CoreOutcome> core, Spread spread, Document read) {
        if (read == null || core.isEmpty()) return core;
        List<Map.Entry<BigDecimal, Set<String>>> pages = new ArrayList<>();
        for (StatementSpread s : spread.statements()) {
            Set<String> numbers = new java.util.HashSet<>();
            for (int page : s.pages()) {
                if (page < 1 || page > read.pages().size()) continue;
                read.page(page).lines().forEach(l -> l.words().forEach(w -> {
                    String n = w.text().replaceAll("[$(),%\u2014\u2013]", "");
                    if (n.matches("\\d+(\\.\\d+)?")) numbers.add(n);
                }));
            }
            pages.add(Map.entry(s.scale() == null ? BigDecimal.ONE : s.scale(), numbers));
        }
        List<CoreOutcome> printed = core.stream().filter(c -> printed(c.truth(), pages)).toList();
        List<CoreOutcome> out = new ArrayList<>();
        for (CoreOutcome c : core) {
            boolean periodSeen = printed.stream().anyMatch(p -> p != c && p.period().sameAs(c.period()));
            boolean onPage = printed.contains(c) || !periodSeen;
            out.add(new CoreOutcome(c.document(), c.concept(), c.period(), c.element(), c.truth(), c.found(), c.correct(), onPage));
        }
        return out;
    }

    private static boolean printed(BigDecimal value, List<Map.Entry<BigDecimal, Set<String>>> pages) {
        for (Map.Entry<BigDecimal, Set<String>> p : pages) {
            if (p.getKey().signum() == 0) continue;
            BigDecimal scaled = value.abs().divide(p.getKey(), java.math.MathContext.DECIMAL64).stripTrailingZeros();
            String text = scaled.scale() < 0 ? scaled.setScale(0).toPlainString() : scaled.toPlainString();
            if (p.getValue().contains(text)) return true;
        }
        return false;
    }

    /** The fact of the first of the concept's elements, in preference order, that the truth has for the period. */
    private static Optional<XbrlFact> truthFor(Concept concept, Period period, XbrlTruth truth) {
        for (String element : concept.usGaap()) {
            Optional<XbrlFact> fact = truth.face(element, period);
            if (fact.isPresent()) return fact;
        }
        return Optional.empty();
    }

    private static CoreOutcome outcome(String document, Concept concept, XbrlFact truth, List<SpreadLine> lines) {
        List<BigDecimal> ours = lines.stream().filter(l -> concept.id().equals(l.concept()))
                .flatMap(l -> l.values().stream()).filter(Objects::nonNull)
                .filter(f -> f.period().sameAs(truth.period())).map(Fact::value).toList();
        Optional<BigDecimal> match = ours.stream().filter(v -> sameMagnitude(v, truth.value())).findFirst();
        BigDecimal found = match.orElse(ours.isEmpty() ? null : ours.get(0));
        return new CoreOutcome(document, concept.id(), truth.period(), truth.element(), truth.value(), found, match.isPresent());
    }

    private static List<UnmatchedNumber> unmatched(String document, List<Fact> facts, ValueIndex truthIndex) {
        return facts.stream().filter(f -> !truthIndex.has(f.value(), f.period()))
                .map(f -> new UnmatchedNumber(document, f.source().page(), label(f), f.source().rawValue(), f.period(), f.value()))
                .toList();
    }

    private static String label(Fact fact) {
        String raw = fact.source().rawLabel();
        return raw == null || raw.isBlank() ? fact.label() : raw;
    }

    /** The truth's face facts of elements the taxonomy knows, in the statement periods, one per element and period. */
    private List<XbrlFact> recallSet(XbrlTruth truth, List<Period> periods) {
        Set<String> elements = new LinkedHashSet<>();
        taxonomy.concepts().forEach(c -> elements.addAll(c.usGaap()));
        List<XbrlFact> set = new ArrayList<>();
        for (XbrlFact f : truth.faceFacts()) {
            if (!f.usGaap() || !elements.contains(f.element()) || periods.stream().noneMatch(f.period()::sameAs)) continue;
            if (set.stream().noneMatch(s -> s.element().equals(f.element()) && s.period().sameAs(f.period()))) set.add(f);
        }
        return set;
    }

    static Set<StatementType> found(Spread spread) {
        Set<StatementType> types = EnumSet.noneOf(StatementType.class);
        spread.statements().stream().filter(s -> !s.lines().isEmpty()).map(StatementSpread::type).forEach(types::add);
        return types;
    }

    /** FAILED if any period fails the identity, PASSED if some pass and none fail, SKIPPED otherwise. */
    static Status bsIdentity(List<CheckResult> checks) {
        List<Status> statuses = checks.stream().filter(c -> BALANCE_SHEET_IDENTITY.equals(c.name())).map(CheckResult::status).toList();
        if (statuses.contains(Status.FAILED)) return Status.FAILED;
        return statuses.contains(Status.PASSED) ? Status.PASSED : Status.SKIPPED;
    }

    static boolean sameMagnitude(BigDecimal a, BigDecimal b) {
        return a.abs().compareTo(b.abs()) == 0;
    }

    /** Periods by absolute value, to ask "is there a number of this magnitude for this period". */
    private static final class ValueIndex {
        private final Map<BigDecimal, List<Period>> periods = new HashMap<>();

        static ValueIndex ofTruth(List<XbrlFact> facts) {
            ValueIndex index = new ValueIndex();
            facts.forEach(f -> index.add(f.value(), f.period()));
            return index;
        }

        static ValueIndex ofFacts(List<Fact> facts) {
            ValueIndex index = new ValueIndex();
            facts.forEach(f -> index.add(f.value(), f.period()));
            return index;
        }

        private void add(BigDecimal value, Period period) {
            periods.computeIfAbsent(key(value), k -> new ArrayList<>()).add(period);
        }

        boolean has(BigDecimal value, Period period) {
            return periods.getOrDefault(key(value), List.of()).stream().anyMatch(period::sameAs);
        }

        private static BigDecimal key(BigDecimal value) {
            return value.abs().stripTrailingZeros();
        }
    }
}
