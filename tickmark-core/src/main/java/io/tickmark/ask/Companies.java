package io.tickmark.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the company a question is about, as written: a possessive ("Acme's"), "for Acme Stores", or
 * "did Acme have", followed by aliases such as "(formerly known as Apex)".
 */
final class Companies {
    private static final String WORD = "(?:[A-Z0-9][\\w.&-]*)";
    private static final String NAME = "(" + WORD + "(?:\\s+(?:of|and|&|" + WORD + "))*)";
    private static final List<Pattern> PLACES = List.of(
            Pattern.compile(NAME + "['’]s?(?=\\s|$|[?,.)(])"),
            Pattern.compile("\\b(?:for|of|at)\\s+" + NAME),
            Pattern.compile("\\b(?:did|does|do|has|have|had)\\s+" + NAME + "(?=\\s+(?:\\(|have|had|pay|paid|generate|spend|report|record|earn|hold|carry|own)\\b)"));
    private static final Pattern ALIAS = Pattern.compile("^\\s*\\((?:formerly|previously|now|also)(?:\\s+known)?(?:\\s+as)?\\s+([^)]+)\\)");
    private static final Set<String> NOT_NAMES = Set.of("what", "was", "is", "how", "does", "did", "here", "it", "that", "there",
            "let", "the", "this", "its", "we", "please", "which", "when", "has", "have", "usd", "q1", "q2", "q3", "q4", "are", "among",
            "who", "if", "in", "by", "according", "based", "using", "considering", "where", "why", "roughly");
    private static final Pattern YEARISH = Pattern.compile("(?i)FY\\s?\\d{2,4}|\\d{4}|Q[1-4]|USD|US\\$|GAAP");

    private Companies() {
    }

    /** A company found: the names as written (first the name, then aliases) and the text they span. */
    record Found(List<String> names, int start, int end) {
    }

    /** The first company mention in the text, or null. */
    static Found find(String text) {
        Found best = null;
        for (Pattern p : PLACES) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Found f = found(text, m);
                if (f != null && (best == null || f.start() < best.start())) best = f;
                if (f != null) break;
            }
        }
        return best;
    }

    private static Found found(String text, Matcher m) {
        String[] words = m.group(1).split("\\s+");
        int from = 0;
        while (from < words.length && NOT_NAMES.contains(words[from].toLowerCase(java.util.Locale.ROOT))) from++;
        int to = words.length;
        while (to > from && (YEARISH.matcher(words[to - 1]).matches() || Set.of("of", "and", "&").contains(words[to - 1]))) to--;
        if (to <= from) return null;
        for (int i = from; i < to; i++) if (YEARISH.matcher(words[i]).matches()) return null;
        String name = String.join(" ", List.of(words).subList(from, to)).replaceAll("[.,]$", "");
        int start = m.start(1) + m.group(1).indexOf(words[from]);
        int end = start + name.length();
        List<String> names = new ArrayList<>(List.of(name));
        String rest = text.substring(m.end(1));
        int skip = rest.startsWith("'s") || rest.startsWith("’s") ? 2 : rest.startsWith("'") || rest.startsWith("’") ? 1 : 0;
        Matcher alias = ALIAS.matcher(rest.substring(skip));
        end += skip;
        if (alias.find()) {
            names.add(alias.group(1).trim());
            end = m.end(1) + skip + alias.end();
        }
        return new Found(List.copyOf(names), start, end);
    }
}
