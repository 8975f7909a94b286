package io.tickmark.spread;

import io.tickmark.facts.Fact;
import io.tickmark.facts.Source;
import io.tickmark.statement.StatementType;
import io.tickmark.taxonomy.Taxonomy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Standard totals a statement does not print but that follow from lines it does print by an accounting identity,
 * as DERIVED facts: their tick mark is the formula and the ticked inputs ({@link Source#formula()}), never a
 * printed place. A derived value never replaces a printed one: it only fills a period the statement leaves empty
 * for that concept. It is derived only when a second, independent reading of the same statement agrees with it
 * exactly, so a line the identity overlooks (an unmapped mezzanine caption, say) leaves the total out rather than
 * wrong. Its confidence is the lowest of its inputs'.
 *
 * <p>Total equity, where a balance sheet prints total liabilities and equity, total liabilities, the parent's
 * equity and the noncontrolling interests but no line for their sum: total equity = total liabilities and equity
 * − total liabilities [− redeemable (mezzanine) equity], confirmed by the parent's equity + noncontrolling interests.
 */
final class DerivedFacts {
    static final String TOTAL_EQUITY = "total_equity";

    private final Taxonomy taxonomy;

    DerivedFacts(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The statements with every derivable total added; statements with nothing to derive come back as they were. */
    List<StatementSpread> derive(List<StatementSpread> statements) {
        List<StatementSpread> out = new ArrayList<>();
        for (StatementSpread s : statements) out.add(s.type() == StatementType.BALANCE_SHEET ? totalEquity(s) : s);
        return out;
    }

    private StatementSpread totalEquity(StatementSpread s) {
        Optional<SpreadLine> total = s.line("total_liabilities_and_equity");
        Optional<SpreadLine> liabilities = s.line("total_liabilities");
        Optional<SpreadLine> parent = s.line("total_equity_parent");
        Optional<SpreadLine> minority = s.line("noncontrolling_interest");
        if (total.isEmpty() || liabilities.isEmpty() || parent.isEmpty() || minority.isEmpty()) return s;
        Optional<SpreadLine> mezzanine = s.line("redeemable_noncontrolling_interest");
        Optional<SpreadLine> printed = s.line(TOTAL_EQUITY);
        List<Fact> derived = new ArrayList<>();
        boolean any = false;
        for (int c = 0; c < s.periods().size(); c++) {
            Fact printedValue = value(printed, c);
            Fact tle = value(total, c);
            Fact tl = value(liabilities, c);
            Fact p = value(parent, c);
            Fact nci = value(minority, c);
            Fact mezz = value(mezzanine, c);
            if (printedValue != null || tle == null || tl == null || p == null || nci == null) {
                derived.add(null);
                continue;
            }
            BigDecimal equity = tle.value().abs().subtract(tl.value().abs());
            if (mezz != null) equity = equity.subtract(mezz.value().abs());
            if (equity.compareTo(p.value().add(nci.value())) != 0) {
                derived.add(null);
                continue;
            }
            List<Fact> inputs = mezz == null ? List.of(tle, tl) : List.of(tle, tl, mezz);
            derived.add(derivedFact(TOTAL_EQUITY, s, equity, inputs));
            any = true;
        }
        if (!any) return s;
        return withLine(s, TOTAL_EQUITY, "total_liabilities_and_equity", printed, derived,
                "= " + words(mezzanine.isPresent() ? List.of("total_liabilities_and_equity", "total_liabilities",
                        "redeemable_noncontrolling_interest") : List.of("total_liabilities_and_equity", "total_liabilities")));
    }

    /** "Total liabilities and equity − Total liabilities": a formula over concept labels, for the line's label. */
    private String words(List<String> concepts) {
        return concepts.stream().map(c -> taxonomy.require(c).label()).collect(Collectors.joining(" − "));
    }

    private Fact derivedFact(String concept, StatementSpread s, BigDecimal value, List<Fact> inputs) {
        Fact first = inputs.get(0);
        String label = taxonomy.require(concept).label();
        String formula = inputs.stream()
                .map(f -> taxonomy.require(f.concept()).label() + " " + printed(f) + " (" + f.source().place() + ")")
                .collect(Collectors.joining(" − "));
        double confidence = inputs.stream().mapToDouble(Fact::confidence).min().orElse(1.0);
        return new Fact(concept, label, s.type().name(), first.period(), value, first.unit(),
                Source.derived(first.source(), label, formula), confidence);
    }

    /** The input as printed ("122,070"), or its value where the source keeps no printed text. */
    private static String printed(Fact f) {
        String raw = f.source().rawValue();
        return raw != null ? raw : f.value().toPlainString();
    }

    /**
     * The statement with the derived values: in the concept's line where one exists (its empty periods only), else
     * in a new line just above {@code before}.
     */
    private StatementSpread withLine(StatementSpread s, String concept, String before, Optional<SpreadLine> existing,
                                     List<Fact> derived, String formulaLabel) {
        List<SpreadLine> lines = new ArrayList<>();
        boolean placed = false;
        for (SpreadLine l : s.lines()) {
            if (existing.isPresent() && l == existing.get()) {
                List<Fact> values = new ArrayList<>();
                for (int c = 0; c < l.values().size(); c++) values.add(l.values().get(c) != null ? l.values().get(c) : derivedAt(derived, c));
                lines.add(new SpreadLine(l.concept(), l.label(), l.rawLabel(), l.sections(), values));
                placed = true;
                continue;
            }
            if (existing.isEmpty() && !placed && before.equals(l.concept())) {
                lines.add(new SpreadLine(concept, taxonomy.require(concept).label(), formulaLabel, l.sections(), derived));
                placed = true;
            }
            lines.add(l);
        }
        return new StatementSpread(s.type(), s.title(), s.pages(), s.periods(), s.scale(), s.currency(), lines, s.scope());
    }

    private static Fact derivedAt(List<Fact> derived, int c) {
        return c < derived.size() ? derived.get(c) : null;
    }

    private static Fact value(Optional<SpreadLine> line, int column) {
        if (line.isEmpty() || column >= line.get().values().size()) return null;
        return line.get().values().get(column);
    }
}
