package io.tickmark.spread;

import io.tickmark.facts.Fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One line of a spread statement: the standard concept it maps to (null when it maps to none and
 * is kept under its own label), the label shown (the concept's standard label, or the printed one),
 * the label as printed, the section headings above it, and one fact per column of the statement
 * ({@code null} where the statement shows no value for that period).
 */
public record SpreadLine(String concept, String label, String rawLabel, List<String> sections, List<Fact> values) {
    public SpreadLine {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("spread line has no label");
        sections = List.copyOf(sections);
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public boolean mapped() {
        return concept != null;
    }
}
