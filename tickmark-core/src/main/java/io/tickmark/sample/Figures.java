package io.tickmark.sample;

import java.util.HashMap;
import java.util.Map;

/** One fiscal year's generated figures in printed units (scale applied), keyed by line key; per-share values in cents. */
final class Figures {
    private final int fiscalYear;
    private final Map<String, Long> values = new HashMap<>();

    Figures(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    int fiscalYear() {
        return fiscalYear;
    }

    long get(String key) {
        Long value = values.get(key);
        if (value == null) throw new IllegalStateException("no figure %s for fiscal %d".formatted(key, fiscalYear));
        return value;
    }

    void put(String key, long value) {
        values.put(key, value);
    }

    /** Sums the figures of the keys. */
    long sum(String... keys) {
        long total = 0;
        for (String key : keys) total += get(key);
        return total;
    }

    /** Stores and returns the sum of the keys. */
    long total(String key, String... parts) {
        long total = sum(parts);
        put(key, total);
        return total;
    }
}
