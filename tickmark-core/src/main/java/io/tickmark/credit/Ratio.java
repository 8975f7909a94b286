package io.tickmark.credit;

import io.tickmark.metrics.Formula;
import io.tickmark.metrics.Metric;

/**
 * One ratio of the pack as the ratio file defines it: id, family (liquidity, leverage, coverage,
 * profitability, efficiency, cash_flow), name, formula in the metric language, the denominator
 * (a formula that must be positive for the ratio to mean anything; empty for differences), unit
 * and decimals, variant (year_end, average, year), which direction is better, and a description.
 */
public record Ratio(String id, String family, String name, Formula formula, Formula denominator, Metric.Unit unit,
                    int decimals, String variant, boolean higherIsBetter, String description) {
    public Ratio {
        if (id == null || id.isBlank() || family == null || family.isBlank() || name == null || name.isBlank() || formula == null || unit == null) {
            throw new IllegalArgumentException("ratio needs an id, family, name, formula and unit");
        }
    }
}
