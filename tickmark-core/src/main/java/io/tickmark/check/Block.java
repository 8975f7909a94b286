package io.tickmark.check;

import io.tickmark.taxonomy.Taxonomy;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows printed above a subtotal that add up to it: walking up from the subtotal, every row
 * until a total that does not sum into it; a total that does (a nested subtotal) counts as one
 * term and its own rows are skipped. A mapped row that belongs elsewhere ends the walk and makes
 * the boundary uncertain; a nested block that is uncertain makes this one uncertain too.
 */
final class Block {
    /** A row index and the sign it enters the subtotal with (0: unmapped, sign to be decided). */
    record Term(int line, int weight) {}

    final List<Term> terms = new ArrayList<>();
    int start;
    String foreign;

    static Block above(List<StatementValues.Line> lines, int parentLine, String parent, Taxonomy taxonomy) {
        Block block = new Block();
        int i = parentLine - 1;
        while (i >= 0) {
            StatementValues.Line line = lines.get(i);
            String c = line.concept();
            int w = c == null ? 0 : taxonomy.weightIn(c, parent);
            if (line.heading()) {
                i--;
            } else if (isTotal(line, taxonomy)) {
                if (w == 0) break;
                block.terms.add(new Term(i, w));
                Block nested = above(lines, i, c, taxonomy);
                int heading = nested.foreign == null ? -1 : headingAbove(lines, i);
                if (heading >= 0) {
                    // the taxonomy does not say what the nested total covers; the heading that opened its block does
                    i = heading - 1;
                    continue;
                }
                if (nested.foreign != null && block.foreign == null) block.foreign = nested.foreign;
                i = nested.start - 1;
            } else if (c != null && w == 0) {
                if (block.foreign == null) block.foreign = "'%s' (%s)".formatted(line.label(), c);
                break;
            } else {
                block.terms.add(new Term(i, w));
                i--;
            }
        }
        block.start = i + 1;
        return block;
    }

    /** The nearest heading above a line, before any other total; -1 if none. */
    private static int headingAbove(List<StatementValues.Line> lines, int line) {
        for (int j = line - 1; j >= 0; j--) {
            StatementValues.Line l = lines.get(j);
            if (l.heading()) return j;
            if (l.label().trim().toLowerCase(java.util.Locale.ROOT).startsWith("total")) return -1;
        }
        return -1;
    }

    private static boolean isTotal(StatementValues.Line line, Taxonomy taxonomy) {
        if (line.concept() != null && taxonomy.isSubtotal(line.concept())) return true;
        return line.label().trim().toLowerCase(java.util.Locale.ROOT).startsWith("total");
    }

    /** Unmapped rows of an income statement take the sign of the nearest mapped row; elsewhere they add. */
    List<Term> signed(boolean nearestSign) {
        List<Term> out = new ArrayList<>();
        for (Term t : terms) {
            if (t.weight() != 0) out.add(t);
            else out.add(new Term(t.line(), nearestSign ? nearestWeight(t.line()) : 1));
        }
        return out;
    }

    private int nearestWeight(int line) {
        Term best = null;
        for (Term t : terms) {
            if (t.weight() != 0 && (best == null || Math.abs(t.line() - line) < Math.abs(best.line() - line))) best = t;
        }
        return best == null ? 1 : best.weight();
    }
}
