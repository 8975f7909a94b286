package io.tickmark.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the value columns of a statement from where its numbers stand. Statements right-align
 * their numbers, so right edges of the trailing numbers cluster tightly per column (a closing
 * parenthesis shifts them by a few points); a cluster needs support from enough rows to count.
 */
final class ColumnFinder {
    private static final float SAME_COLUMN = 12f;

    /** A value column's horizontal extent on the page. */
    record Band(float x0, float x1, float right, int support) {
        float center() {
            return (x0 + x1) / 2f;
        }
    }

    private ColumnFinder() {
    }

    static List<Band> find(List<LineTokens> dataLines) {
        List<LineTokens.Value> values = new ArrayList<>();
        for (LineTokens t : dataLines) {
            for (LineTokens.Value v : t.values()) {
                if (hasDigit(v.raw())) values.add(v);
            }
        }
        values.sort(Comparator.comparingDouble(LineTokens.Value::x1));
        List<List<LineTokens.Value>> clusters = new ArrayList<>();
        List<LineTokens.Value> current = new ArrayList<>();
        for (LineTokens.Value v : values) {
            if (!current.isEmpty() && v.x1() - current.get(current.size() - 1).x1() > SAME_COLUMN) {
                clusters.add(current);
                current = new ArrayList<>();
            }
            current.add(v);
        }
        if (!current.isEmpty()) clusters.add(current);
        int minSupport = Math.max(2, (int) Math.ceil(0.2 * dataLines.size()));
        List<Band> bands = new ArrayList<>();
        for (List<LineTokens.Value> c : clusters) {
            if (c.size() < minSupport) continue;
            float x0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float[] rights = new float[c.size()];
            for (int i = 0; i < c.size(); i++) {
                x0 = Math.min(x0, c.get(i).x0());
                x1 = Math.max(x1, c.get(i).x1());
                rights[i] = c.get(i).x1();
            }
            java.util.Arrays.sort(rights);
            bands.add(new Band(x0, x1, rights[rights.length / 2], c.size()));
        }
        return bands;
    }

    /**
     * The column a number belongs to, or -1: the band whose extent holds the number's center, else
     * the band whose right edge is nearest the number's right edge, if within half the gap to its neighbour.
     */
    static int columnOf(List<Band> bands, LineTokens.Value v) {
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            if (v.center() >= b.x0() - 2 && v.center() <= b.x1() + 2) return i;
        }
        int best = -1;
        float bestDistance = Float.MAX_VALUE;
        for (int i = 0; i < bands.size(); i++) {
            float d = Math.abs(bands.get(i).right() - v.x1());
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        if (best < 0) return -1;
        float reach = 25f;
        if (bands.size() > 1) {
            float gap = Float.MAX_VALUE;
            for (int i = 1; i < bands.size(); i++) gap = Math.min(gap, bands.get(i).right() - bands.get(i - 1).right());
            reach = Math.min(reach, gap / 2f);
        }
        return bestDistance <= reach ? best : -1;
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }
}
