package io.tickmark.credit;

import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Source;
import io.tickmark.facts.Unit;
import io.tickmark.metrics.FactLookup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Facts by concept and fiscal year for tests, each with an invented tick mark on page 40 + year % 10. */
final class MapLookup implements FactLookup {
    private final Map<String, Fact> facts = new HashMap<>();

    MapLookup put(String concept, int year, double value) {
        BigDecimal v = new BigDecimal(Double.toString(value));
        Source source = new Source("test-10k.pdf", "abc", 40 + year % 10, facts.size(), 100f, concept, v.toPlainString());
        facts.put(concept + "@" + year, new Fact(concept, concept, "TEST", Period.duration(LocalDate.of(year, 12, 31), 12), v, Unit.money("USD"), source, 1.0));
        return this;
    }

    /** The same value in each of the years. */
    MapLookup every(String concept, double value, int... years) {
        for (int y : years) put(concept, y, value);
        return this;
    }

    @Override
    public Optional<Fact> fact(String concept, int fiscalYear) {
        return Optional.ofNullable(facts.get(concept + "@" + fiscalYear));
    }
}
