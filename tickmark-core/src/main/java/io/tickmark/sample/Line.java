package io.tickmark.sample;

import io.tickmark.sample.TablePrinter.Style;

/**
 * What a statement prints on one row: its figure key, label ("\n" forces a wrap), indentation,
 * style, the core concept it stands for (or null), what it measures and whether "$" leads its values.
 */
record Line(String key, String label, int level, Style style, String concept, Measure measure, boolean dollar) {
    /** What a row's values count. */
    enum Measure { MONEY, PER_SHARE, SHARES }

    static Line heading(String label, int level) {
        String key = "heading_" + label.toLowerCase().replaceAll("[^a-z]+", "_").replaceAll("^_|_$", "");
        return new Line(key, label, level, Style.HEADING, null, Measure.MONEY, false);
    }

    static Line note(String key, String label) {
        return new Line(key, label, 0, Style.NOTE, null, Measure.MONEY, false);
    }

    static Line item(String key, String label, int level) {
        return new Line(key, label, level, Style.ITEM, null, Measure.MONEY, false);
    }

    static Line subtotal(String key, String label, int level) {
        return new Line(key, label, level, Style.SUBTOTAL, null, Measure.MONEY, false);
    }

    static Line total(String key, String label, int level) {
        return new Line(key, label, level, Style.TOTAL, null, Measure.MONEY, true);
    }

    Line concept(String id) {
        return new Line(key, label, level, style, id, measure, dollar);
    }

    Line withDollar() {
        return new Line(key, label, level, style, concept, measure, true);
    }

    Line measure(Measure kind) {
        return new Line(key, label, level, style, concept, kind, dollar);
    }

    boolean hasValues() {
        return style != Style.HEADING && style != Style.NOTE;
    }
}
