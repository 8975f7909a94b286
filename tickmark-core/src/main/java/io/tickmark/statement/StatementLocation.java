package io.tickmark.statement;

import java.util.List;

/**
 * Where a statement stands in a document: its title as printed and the page segments it spans,
 * with the evidence score that made the locator pick it over other candidates.
 */
public record StatementLocation(StatementType type, String title, List<Segment> segments, double score) {
    public StatementLocation {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) throw new IllegalArgumentException(type + " location has no segments");
    }

    public List<Integer> pages() {
        return segments.stream().map(Segment::page).distinct().toList();
    }
}
