package io.tickmark.credit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a missing line means when its statement was found for the year: zero (a balance sheet with no
 * short-term borrowings line has none) or another concept (interest expense printed only net of
 * interest income). Read from {@code absent-lines.csv}; every use is said in the memo.
 */
public record AbsentLines(Map<String, Rule> rules) {
    public record Rule(String concept, String statement, String use, String reason) {
        public boolean zero() {
            return "0".equals(use);
        }
    }

    public AbsentLines {
        rules = Map.copyOf(rules);
    }

    /** The rules shipped with Tickmark, read once. */
    public static AbsentLines standard() {
        return Standard.RULES;
    }

    private static final class Standard {
        static final AbsentLines RULES = read();
    }

    private static AbsentLines read() {
        CsvTable t = CsvTable.parse(CsvTable.resource("absent-lines.csv"), "absent-lines.csv", List.of("concept", "statement", "use", "reason"));
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (CsvTable.Row r : t.rows()) {
            rules.put(r.require("concept"), new Rule(r.require("concept"), r.require("statement"), r.require("use"), r.require("reason")));
        }
        return new AbsentLines(rules);
    }

    public static AbsentLines none() {
        return new AbsentLines(Map.of());
    }

    public Optional<Rule> rule(String concept) {
        return Optional.ofNullable(rules.get(concept));
    }
}
