package io.tickmark.credit;

import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Source;
import io.tickmark.facts.Unit;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import io.tickmark.statement.StatementType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds invented reports as spreads: a form, a year end, flows over {@code months}-month periods and balances at the ends. */
final class Reports {
    private final String file;
    private String form = "10-K";
    private final LocalDate end;
    private String currency = "USD";
    private BigDecimal scale = BigDecimal.valueOf(1_000_000);
    private int months = 12;
    private final Map<String, long[]> flows = new LinkedHashMap<>();
    private final Map<String, long[]> balances = new LinkedHashMap<>();

    private Reports(String file, LocalDate end) {
        this.file = file;
        this.end = end;
    }

    static Reports tenK(String file, int year) {
        return new Reports(file, LocalDate.of(year, 12, 31));
    }

    static Reports ending(String file, LocalDate end) {
        return new Reports(file, end);
    }

    Reports form(String f) { form = f; return this; }
    Reports currency(String c) { currency = c; return this; }
    Reports scale(long s) { scale = BigDecimal.valueOf(s); return this; }
    Reports months(int m) { months = m; return this; }

    /** Values in whole units, latest period first. */
    Reports flow(String concept, long... latestFirst) { flows.put(concept, latestFirst); return this; }
    Reports balance(String concept, long... latestFirst) { balances.put(concept, latestFirst); return this; }

    /** A balance sheet line Tickmark did not map, under its printed label. */
    Reports unmappedBalance(String label, long... latestFirst) { balances.put("~" + label, latestFirst); return this; }

    Spread build() {
        DocumentInfo info = new DocumentInfo(file, "sha-" + file, "Invented Corp", form, end, end.plusMonths(2), 100);
        List<StatementSpread> statements = new ArrayList<>();
        statements.add(statement(StatementType.INCOME_STATEMENT, flows, false, 50));
        statements.add(statement(StatementType.BALANCE_SHEET, balances, true, 52));
        return new Spread(info, statements, List.of(), List.of());
    }

    private StatementSpread statement(StatementType type, Map<String, long[]> values, boolean instant, int page) {
        int columns = values.values().stream().mapToInt(v -> v.length).max().orElse(0);
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            LocalDate e = end.minusYears(i);
            periods.add(instant ? Period.instant(e) : Period.duration(e, months));
        }
        List<SpreadLine> lines = new ArrayList<>();
        int line = 0;
        for (Map.Entry<String, long[]> v : values.entrySet()) {
            List<Fact> facts = new ArrayList<>();
            for (int i = 0; i < v.getValue().length; i++) {
                Source s = new Source(file, "sha-" + file, page, line, 100f + line * 12, v.getKey(), String.valueOf(v.getValue()[i]));
                facts.add(new Fact(v.getKey(), v.getKey(), type.name(), periods.get(i), BigDecimal.valueOf(v.getValue()[i]), Unit.money(currency), s, 1.0));
            }
            boolean unmapped = v.getKey().startsWith("~");
            String label = unmapped ? v.getKey().substring(1) : v.getKey();
            if (unmapped) facts.replaceAll(f -> new Fact(null, label, f.statement(), f.period(), f.value(), f.unit(), f.source(), 1.0));
            lines.add(new SpreadLine(unmapped ? null : v.getKey(), label, label, List.of(), facts));
            line++;
        }
        return new StatementSpread(type, type.title(), List.of(page), periods, scale, currency, lines);
    }
}
