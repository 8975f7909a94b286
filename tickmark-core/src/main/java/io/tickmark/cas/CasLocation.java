package io.tickmark.cas;

import io.tickmark.statement.Scope;
import io.tickmark.statement.StatementLocation;

/** A located statement of a Chinese report with whose it is; {@code scope} null when the title says neither 合并 nor 母公司. */
public record CasLocation(StatementLocation location, Scope scope) {
}
