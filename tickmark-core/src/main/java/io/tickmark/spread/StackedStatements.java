package io.tickmark.spread;

import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Joins the blocks of a statement printed as stacked tables (the three months on one page, the six months to date on
 * the next) into one statement whose columns are the periods of both. Lines are matched in reading order by concept,
 * or by printed label where unmapped; a line only the second block has is kept after the line matched before it, with
 * no values in the first block's periods. Every value keeps its own tick mark. Blocks that share a period, or print
 * in another scale or currency, are not one statement and are never joined.
 */
final class StackedStatements {
    private StackedStatements() {
    }

    static boolean joinable(StatementSpread a, StatementSpread b) {
        if (a.type() != b.type() || a.periods().isEmpty() || b.periods().isEmpty()) return false;
        if (a.scale().compareTo(b.scale()) != 0 || !a.currency().equals(b.currency())) return false;
        for (Period x : a.periods()) for (Period y : b.periods()) if (x.sameAs(y)) return false;
        return true;
    }

    /** The blocks as one statement; {@code first} is the block printed first. */
    static StatementSpread join(StatementSpread first, StatementSpread second) {
        int width = first.periods().size();
        int more = second.periods().size();
        List<SpreadLine> lines = new ArrayList<>();
        List<SpreadLine> others = second.lines();
        int next = 0;
        for (SpreadLine line : first.lines()) {
            int match = find(others, next, line);
            if (match < 0) {
                lines.add(extend(line, line.values(), width, blanks(more)));
                continue;
            }
            for (int k = next; k < match; k++) addOnlySecond(lines, others.get(k), width);
            lines.add(extend(line, line.values(), width, others.get(match).values()));
            next = match + 1;
        }
        for (int k = next; k < others.size(); k++) addOnlySecond(lines, others.get(k), width);
        List<Period> periods = new ArrayList<>(first.periods());
        periods.addAll(second.periods());
        TreeSet<Integer> pages = new TreeSet<>(first.pages());
        pages.addAll(second.pages());
        return new StatementSpread(first.type(), first.title(), List.copyOf(pages), periods, first.scale(), first.currency(), lines,
                first.scope());
    }

    private static void addOnlySecond(List<SpreadLine> lines, SpreadLine line, int width) {
        if (line.values().stream().anyMatch(java.util.Objects::nonNull)) lines.add(extend(line, blanks(width), width, line.values()));
    }

    private static int find(List<SpreadLine> lines, int from, SpreadLine line) {
        String key = key(line);
        for (int k = from; k < lines.size(); k++) if (key(lines.get(k)).equals(key)) return k;
        return -1;
    }

    private static String key(SpreadLine line) {
        if (line.concept() != null) return "concept:" + line.concept();
        return "label:" + line.rawLabel().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "")
                + "|" + String.join("|", line.sections()).toLowerCase(Locale.ROOT);
    }

    private static List<Fact> blanks(int n) {
        List<Fact> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(null);
        return out;
    }

    private static SpreadLine extend(SpreadLine line, List<Fact> left, int width, List<Fact> right) {
        List<Fact> values = new ArrayList<>(left);
        while (values.size() < width) values.add(null);
        values.addAll(right);
        return new SpreadLine(line.concept(), line.label(), line.rawLabel(), line.sections(), values);
    }
}
