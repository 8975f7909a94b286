package io.tickmark.server;

import io.tickmark.facts.Fact;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact's address in its document's spread, as the API names it: {@code s0-l12-v1} is statement 0,
 * line 12, value 1 (0-based, the store's own sequence numbers).
 */
record FactRef(int statement, int line, int column) {
    private static final Pattern ID = Pattern.compile("s(\\d{1,4})-l(\\d{1,5})-v(\\d{1,4})");

    static FactRef parse(String id) {
        Matcher m = id == null ? null : ID.matcher(id);
        if (m == null || !m.matches()) throw ApiException.badRequest("fact id '" + id + "' is not of the form s0-l12-v1");
        return new FactRef(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    String id() {
        return "s" + statement + "-l" + line + "-v" + column;
    }

    /** The fact at this address, if the spread has one there. */
    Optional<Fact> in(Spread spread) {
        if (statement >= spread.statements().size()) return Optional.empty();
        StatementSpread s = spread.statements().get(statement);
        if (line >= s.lines().size()) return Optional.empty();
        SpreadLine l = s.lines().get(line);
        if (column >= l.values().size()) return Optional.empty();
        return Optional.ofNullable(l.values().get(column));
    }
}
