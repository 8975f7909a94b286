package io.tickmark.credit;

import java.util.List;

/**
 * The scorecard's verdict for the latest year: each factor with its value, points and weighted
 * contribution (or why it could not be scored), the weighted score over the factors that could be
 * scored (weights re-normalised, and said so), and the grade. No grade when too few factors scored.
 */
public record Rating(String scorecard, int fiscalYear, List<FactorScore> factors, Double score, String grade, String gradeDescription,
                     double weightScored, double weightTotal, String note) {
    public record FactorScore(String name, String metric, double weight, Figure figure, Integer points, Double contribution, String rule) {
    }

    public Rating {
        factors = List.copyOf(factors);
    }
}
