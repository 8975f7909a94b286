package io.tickmark.eval;

/** How often one core concept was right across the documents and periods the truth covers. */
public record ConceptAccuracy(String concept, int correct, int total) {
    public ConceptAccuracy {
        if (correct < 0 || correct > total) {
            throw new IllegalArgumentException("%d correct of %d for concept %s is outside 0..total".formatted(correct, total, concept));
        }
    }

    /** Correct over total; NaN when the truth never had the concept. */
    public double accuracy() {
        return Ratios.of(correct, total);
    }
}
