package io.tickmark.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalised words for matching analyst phrases against names: lower case, "%" and "percentage" read
 * as "percent", "&" as "and" ("PP&E" and "D&A" stay one word: "ppe", "da"), possessive 's dropped,
 * plurals made singular, and filler words that do not change the line item dropped ("the",
 * "unadjusted", "reported", "amount of", "% margin" read as "margin").
 */
final class Words {
    /** A token that never matches a name: marks text removed from the question (years, shape words). */
    static final String BARRIER = "|";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+(?:[&'][A-Za-z0-9]+)*|%|&|\\|");
    private static final Set<String> FILLERS = Set.of("the", "unadjusted", "reported", "a", "an");

    private Words() {
    }

    /** One word of a text with its place, so a match can be shown as written. */
    record Token(String norm, int start, int end) {
    }

    /** The normalised tokens of a text, fillers removed. */
    static List<Token> tokens(String text) {
        List<Token> raw = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) raw.add(new Token(word(m.group()), m.start(), m.end()));
        return dropFillers(raw);
    }

    /** The normalised key of a phrase: its tokens joined by single spaces. */
    static String key(String phrase) {
        return String.join(" ", tokens(phrase).stream().map(Token::norm).toList());
    }

    private static List<Token> dropFillers(List<Token> raw) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String w = raw.get(i).norm();
            String next = i + 1 < raw.size() ? raw.get(i + 1).norm() : "";
            if (FILLERS.contains(w) && !(w.equals("a") && !next.equals("percent"))) continue;
            if (w.equals("amount") && next.equals("of")) {
                if (!out.isEmpty() && out.get(out.size() - 1).norm().equals("total")) out.remove(out.size() - 1);
                i++;
                continue;
            }
            if (w.equals("percent") && next.equals("margin")) continue;
            out.add(raw.get(i));
        }
        return out;
    }

    private static String word(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (w.equals("%") || w.equals("percentage") || w.equals("percents") || w.equals("pct")) return "percent";
        if (w.equals("&")) return "and";
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        return singular(w.replace("&", "").replace("'", ""));
    }

    private static String singular(String w) {
        if (w.length() <= 3 || w.chars().anyMatch(Character::isDigit)) return w;
        if (w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.substring(0, w.length() - 1);
        return w;
    }
}
