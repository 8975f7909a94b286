package io.tickmark.eval;

import io.tickmark.facts.Period;

import java.math.BigDecimal;

/**
 * One numeric fact of a filing's XBRL: the element ({@code prefix} like "us-gaap", local name like
 * "Revenues"), its value in whole units with the XBRL sign, the XBRL unit id as written ("usd",
 * "iso4217_USD", "shares"), the period, and the dimensions ("" for a face-statement style fact).
 */
public record XbrlFact(String prefix, String element, BigDecimal value, String unit, Period period, String dims) {
    public XbrlFact {
        if (element == null || element.isBlank()) throw new IllegalArgumentException("XBRL fact has no element name");
        if (value == null) throw new IllegalArgumentException("XBRL fact " + element + " has no value");
        if (period == null) throw new IllegalArgumentException("XBRL fact " + element + " has no period");
        prefix = prefix == null ? "" : prefix;
        unit = unit == null ? "" : unit;
        dims = dims == null ? "" : dims.trim();
    }

    /** Whether the fact has no dimensions, as the numbers on the face of a statement are tagged. */
    public boolean faceStatement() {
        return dims.isEmpty();
    }

    /** Whether the element is a US-GAAP taxonomy element (not a company extension or a cover-page fact). */
    public boolean usGaap() {
        return "us-gaap".equals(prefix);
    }

    /** "us-gaap:Revenues". */
    public String concept() {
        return prefix.isEmpty() ? element : prefix + ":" + element;
    }
}
