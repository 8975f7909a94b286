package io.tickmark.statement;

/** A run of lines of one page that belongs to a statement: lines {@code from} (inclusive) to {@code to} (exclusive). */
public record Segment(int page, int from, int to) {
    public Segment {
        if (page < 1) throw new IllegalArgumentException("segment page " + page + " is below 1");
        if (from < 0 || to < from) throw new IllegalArgumentException("segment lines %d..%d on page %d are out of order".formatted(from, to, page));
    }
}
