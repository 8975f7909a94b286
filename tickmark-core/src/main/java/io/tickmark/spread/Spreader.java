package io.tickmark.spread;

import io.tickmark.document.Document;

/** The spreading pipeline: locate statements, rebuild tables, map rows to concepts, run checks. */
public final class Spreader {
    public static Spreader standard() {
        return new Spreader();
    }

    public Spread spread(Document document) {
        throw new UnsupportedOperationException("not yet");
    }
}
