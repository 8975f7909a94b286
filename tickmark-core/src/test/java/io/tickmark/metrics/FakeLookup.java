package io.tickmark.metrics;

import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Source;
import io.tickmark.facts.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An in-memory fact lookup for tests: values by concept and fiscal year, each with a made-up tick mark. */
final class FakeLookup implements FactLookup {
    private final Map<String, Fact> facts = new HashMap<>();

    FakeLookup put(String concept, int year, long value) {
        return put(concept, year, BigDecimal.valueOf(value), 1.0);
    }

    FakeLookup put(String concept, int year, BigDecimal value, double confidence) {
        Source source = new Source("test-10k.pdf", null, 40 + year % 10, facts.size(), 100f, concept, value.toPlainString());
        Fact fact = new Fact(concept, concept, "TEST", Period.duration(LocalDate.of(year, 12, 31), 12), value,
                Unit.money("USD"), source, confidence);
        facts.put(concept + "@" + year, fact);
        return this;
    }

    @Override
    public Optional<Fact> fact(String concept, int fiscalYear) {
        return Optional.ofNullable(facts.get(concept + "@" + fiscalYear));
    }
}
