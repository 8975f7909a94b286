package io.tickmark.store;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An analyst's correction of one extracted fact: a new mapping ({@code concept}), a new value, or
 * both (a null field leaves that part as extracted), who made it and when. The fact is addressed
 * by its place in the stored spread: statement, line and value index, all 0-based.
 */
public record FactOverride(long id, String sha256, int statement, int line, int column, String concept, BigDecimal value,
                           String reason, String author, Instant createdAt) {
    public FactOverride {
        if (sha256 == null || sha256.isBlank()) throw new IllegalArgumentException("override has no document");
        if (statement < 0 || line < 0 || column < 0) throw new IllegalArgumentException("override of a fact at a negative index");
        if (concept == null && value == null) throw new IllegalArgumentException("an override changes the concept, the value or both");
        if (author == null || author.isBlank()) throw new IllegalArgumentException("an override needs its author");
    }
}
