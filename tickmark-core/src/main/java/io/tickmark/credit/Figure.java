package io.tickmark.credit;

import io.tickmark.metrics.Evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * One computed number of the analysis for one fiscal year: the value and how it reads ("1.52x",
 * "12.3%"), or no value and why ("n/a because interest expense FY2021 is not in the reports"), with
 * the formula and its evaluation (every input ticked to document, page and line, the arithmetic step
 * by step). {@code cautions} name inputs that failed an accounting check.
 */
public record Figure(String id, int fiscalYear, BigDecimal value, String shown, String naBecause, String formula,
                     Evaluation evaluation, List<String> cautions) {
    public Figure {
        if ((value == null) == (naBecause == null)) {
            throw new IllegalArgumentException("figure %s FY%d needs a value or a reason why not, not both".formatted(id, fiscalYear));
        }
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        if (value == null) shown = "n/a";
    }

    public boolean available() {
        return value != null;
    }

    /** "document p.12" of every input, without repeats: where the figure comes from. */
    public List<String> sources() {
        if (evaluation == null) return List.of();
        return evaluation.inputs().stream().map(i -> i.fact().source().document() + " p." + i.fact().source().page()).distinct().toList();
    }
}
