package io.tickmark.credit;

import io.tickmark.metrics.Evaluation;

import java.util.List;
import java.util.stream.Collectors;

/** Why an evaluation has no value, in words for the memo. */
final class Reasons {
    private Reasons() {
    }

    static String of(Evaluation e) {
        List<String> parts = e.missing().stream().limit(3)
                .map(m -> "%s FY%d is not in the reports".formatted(m.concept().replace('_', ' '), m.fiscalYear()))
                .collect(Collectors.toList());
        if (e.missing().size() > 3) parts.add("and " + (e.missing().size() - 3) + " more inputs are missing");
        e.problems().stream().limit(2).forEach(parts::add);
        return "n/a because " + String.join("; ", parts);
    }
}
