package io.tickmark.ask;

import io.tickmark.metrics.Formula;
import io.tickmark.metrics.Metric;

import java.util.List;
import java.util.Map;

/**
 * A metric question as understood: the companies mentioned, the fiscal year asked, the formula to
 * evaluate (the question's own definition, or the catalog metric's, already wrapped for averages,
 * growth or CAGR over several years), its parameters, and how to show the result.
 */
public record MetricRequest(List<String> companyMentions, int fiscalYear, String metric, Formula formula,
                            Map<String, Integer> params, Metric.Unit unit, Metric.Scale scale, int decimals) {
    public MetricRequest {
        companyMentions = List.copyOf(companyMentions);
        params = Map.copyOf(params);
        if (formula == null) throw new IllegalArgumentException("metric request for FY" + fiscalYear + " has no formula");
        if (unit == null) throw new IllegalArgumentException("metric request '" + formula.text() + "' has no unit");
        if (decimals < 0 || decimals > 10) throw new IllegalArgumentException("decimals " + decimals + " outside 0..10");
    }
}
