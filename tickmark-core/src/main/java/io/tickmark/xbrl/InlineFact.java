package io.tickmark.xbrl;

import io.tickmark.facts.Period;
import io.tickmark.facts.Unit;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One {@code ix:nonFraction} fact: the element as tagged ("us-gaap:Revenues"), its value in whole units with
 * the XBRL sign (scale and {@code sign="-"} applied), the context's period and dimensions (axis to member,
 * empty for a face-statement fact), the unit (null when the unit is one Tickmark has no kind for, see
 * {@code unitId}), {@code decimals} as written, the text as displayed, and where it stands: {@code page}
 * (1-based, 0 for a fact in the hidden header), {@code line} (0-based on that page, -1 when hidden) and an
 * {@code anchor} ("#f-196") the UI can scroll to.
 */
public record InlineFact(String concept, String contextId, Period period, Map<String, String> dimensions, String unitId,
                         Unit unit, BigDecimal value, String decimals, String displayed, int page, int line, String anchor) {
    public InlineFact {
        if (concept == null || concept.isBlank()) throw new IllegalArgumentException("inline fact has no concept name");
        if (period == null) throw new IllegalArgumentException("inline fact " + concept + " has no period");
        if (value == null) throw new IllegalArgumentException("inline fact " + concept + " has no value");
        if (page < 0) throw new IllegalArgumentException("inline fact " + concept + " is on page " + page + ", below 0");
        dimensions = java.util.Collections.unmodifiableMap(new TreeMap<>(dimensions));
        unitId = unitId == null ? "" : unitId;
        decimals = decimals == null ? "" : decimals;
        displayed = displayed == null ? "" : displayed;
        anchor = anchor == null ? "" : anchor;
    }

    /** Whether the fact has no dimensions, as the numbers on the face of a statement are tagged. */
    public boolean faceStatement() {
        return dimensions.isEmpty();
    }

    /** The prefix of the concept name ("us-gaap"), empty when it has none. */
    public String prefix() {
        int colon = concept.indexOf(':');
        return colon < 0 ? "" : concept.substring(0, colon);
    }

    /** The local name of the concept ("Revenues"). */
    public String localName() {
        return concept.substring(concept.indexOf(':') + 1);
    }

    /** Whether the fact was laid out on a page (not only in the hidden header). */
    public boolean shown() {
        return page > 0;
    }
}
