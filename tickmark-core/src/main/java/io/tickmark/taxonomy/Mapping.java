package io.tickmark.taxonomy;

/**
 * How one statement row maps to the chart of accounts: the row's index in the statement, its label
 * as printed, the concept id ({@code null} when it maps to none and is kept under its own label),
 * a score in 0..1 (1 for an exact label or synonym) and the reason in words.
 */
public record Mapping(int row, String label, String concept, double score, String reason) {
    public Mapping {
        if (row < 0) throw new IllegalArgumentException("mapping row index " + row + " is negative");
        if (score < 0 || score > 1) throw new IllegalArgumentException("mapping score %s of '%s' is outside 0..1".formatted(score, label));
        if (concept == null && score != 0) throw new IllegalArgumentException("unmapped row '" + label + "' has score " + score);
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("mapping of '" + label + "' gives no reason");
    }

    static Mapping none(int row, String label, String reason) {
        return new Mapping(row, label, null, 0, reason);
    }

    public boolean mapped() {
        return concept != null;
    }
}
