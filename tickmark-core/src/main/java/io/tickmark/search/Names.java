package io.tickmark.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Company names compared as users type them: without case, accents, punctuation, spaces and legal suffixes. */
final class Names {
    private static final Set<String> SUFFIXES = Set.of("inc", "incorporated", "corp", "corporation", "company", "co", "the",
            "ltd", "limited", "plc", "llc", "lp", "sa", "nv", "ag", "se", "holdings", "holding", "group", "and", "subsidiaries");

    private Names() {
    }

    /** "Wal-Mart Stores, Inc." → "walmartstores"; "The Coca-Cola Company" → "cocacola"; "3M COMPANY" → "3m". */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        plain = plain.replace("&", " and ").replaceAll("[’'`]s\\b", "");
        StringBuilder sb = new StringBuilder();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || SUFFIXES.contains(word)) continue;
            sb.append(word);
        }
        return sb.toString();
    }

    /** The words of a name without legal suffixes, lower-cased: "American Express Company" → [american, express]. */
    static List<String> words(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        plain = plain.replaceAll("[’'`]s\\b", "");
        List<String> out = new java.util.ArrayList<>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || SUFFIXES.contains(word)) continue;
            out.add(word);
        }
        return out;
    }

    /** "10-K" → "10k", "Annual Report" → "annualreport". */
    static String typeKey(String documentType) {
        return documentType.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
