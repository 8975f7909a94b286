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
    /**
     * {@code unlessPrinted}: words (any of, lower case) that, found in a line of the statement Tickmark left
     * unmapped, mean the line may well be printed under another name, so no zero is taken.
     */
    public record Rule(String concept, String statement, String use, String reason, List<String> unlessPrinted) {
        public Rule {
            unlessPrinted = unlessPrinted == null ? List.of() : List.copyOf(unlessPrinted);
        }

        /** The first unmapped label that may be this line, or null. */
        public String lookalike(List<String> unmappedLabels) {
            for (String label : unmappedLabels) {
                String l = label.toLowerCase(java.util.Locale.ROOT);
                for (String w : unlessPrinted) if (l.contains(w)) return label;
            }
            return null;
        }

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
            List<String> words = java.util.Arrays.stream(r.get("unless_printed").split("\\|")).map(String::strip).filter(w -> !w.isEmpty())
                    .map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
            rules.put(r.require("concept"), new Rule(r.require("concept"), r.require("statement"), r.require("use"), r.require("reason"), words));
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
