package io.tickmark.credit;

import java.util.List;
import java.util.Optional;

/** One ratio of the pack over the years lined up, oldest first. */
public record RatioRow(Ratio ratio, List<Figure> figures) {
    public RatioRow {
        figures = List.copyOf(figures);
    }

    public Optional<Figure> year(int fiscalYear) {
        return figures.stream().filter(f -> f.fiscalYear() == fiscalYear).findFirst();
    }
}
