package io.tickmark.eval;

import java.util.Arrays;
import java.util.Locale;

/** Small arithmetic shared by the reports: ratios that say NaN when there is nothing to divide, medians, formatting. */
final class Ratios {
    private Ratios() {
    }

    static double of(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    static double median(double[] values) {
        if (values.length == 0) return Double.NaN;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** "0.938", or "-" when there was nothing to measure. */
    static String format(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.3f", ratio);
    }

    /** Rounded to four decimals for the JSON line; null for NaN or infinity (JSON has no NaN). */
    static Double json(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return null;
        return Math.round(value * 10_000d) / 10_000d;
    }
}
