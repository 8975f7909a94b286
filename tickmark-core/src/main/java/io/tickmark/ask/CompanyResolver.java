package io.tickmark.ask;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds which stored companies a question means. Filings name a company as printed on the cover
 * ("3M COMPANY", "Wal-Mart Stores, Inc.", "The Coca-Cola Company"); questions say "3M", "Walmart",
 * "Coca Cola", or "Block (formerly known as Square)". Names are compared without case, punctuation,
 * spaces and legal suffixes; every stored name that matches one of the mentions belongs to the
 * answer (a company renamed over the years is one company).
 */
public final class CompanyResolver {
    private static final Set<String> SUFFIXES = Set.of("inc", "incorporated", "corp", "corporation", "company", "co", "the",
            "ltd", "limited", "plc", "llc", "lp", "sa", "nv", "ag", "se", "holdings", "holding", "group", "and", "subsidiaries");

    /** The outcome: the stored names meant, or why none could be chosen. */
    public record Resolution(List<String> companies, String problem) {
        public Resolution {
            companies = List.copyOf(companies);
        }

        public boolean resolved() {
            return problem == null;
        }
    }

    private final List<String> stored;
    private final List<String> storedKeys;
    private final List<Set<String>> storedLeading;

    public CompanyResolver(List<String> storedCompanies) {
        this.stored = List.copyOf(storedCompanies);
        this.storedKeys = stored.stream().map(CompanyResolver::key).toList();
        this.storedLeading = stored.stream().map(CompanyResolver::leadingWords).toList();
    }

    /** The stored companies the mentions name; a problem when none, or when they point at unrelated companies. */
    public Resolution resolve(List<String> mentions) {
        if (mentions.isEmpty()) return new Resolution(List.of(), "the question names no company");
        Set<String> exact = new LinkedHashSet<>();
        Set<String> prefix = new LinkedHashSet<>();
        for (String mention : mentions) {
            String m = key(mention);
            if (m.isEmpty()) continue;
            Set<String> mentionLeading = leadingWords(mention);
            for (int i = 0; i < stored.size(); i++) {
                String name = stored.get(i);
                String k = storedKeys.get(i);
                if (k.equals(m)) exact.add(name);
                else if (storedLeading.get(i).contains(m) || mentionLeading.contains(k)) prefix.add(name);
            }
        }
        Set<String> found = exact.isEmpty() ? prefix : exact;
        if (found.isEmpty()) {
            return new Resolution(List.of(), "no company named " + String.join(" or ", mentions)
                    + " in the store; ingest its filings first (stored: " + stored.size() + " companies)");
        }
        if (exact.isEmpty() && distinctCompanies(prefix) > 1) {
            return new Resolution(List.of(), "'" + String.join("/", mentions) + "' is ambiguous: it could be "
                    + String.join(", ", prefix));
        }
        return new Resolution(new ArrayList<>(found), null);
    }

    /** Names that share no key are different companies ("Tern Hospitality" vs "Tern Inc."). */
    private static int distinctCompanies(Set<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) keys.add(key(n));
        return keys.size();
    }

    /**
     * The keys of a name's leading words, joined: "MGM Resorts International" gives mgm, mgmresorts,
     * mgmresortsinternational. A mention matches a longer name only at word boundaries, so "Meta" is not
     * "Metallus".
     */
    static java.util.Set<String> leadingWords(String name) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        StringBuilder sb = new StringBuilder();
        for (String word : key(name, true).split(" ")) {
            if (word.isEmpty()) continue;
            sb.append(word);
            out.add(sb.toString());
        }
        return out;
    }

    /** "Wal-Mart Stores, Inc." → "walmartstores"; "The Coca-Cola Company" → "cocacola"; "3M COMPANY" → "3m". */
    static String key(String name) {
        return key(name, false);
    }

    private static String key(String name, boolean spaced) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        plain = plain.replace("&", " and ").replaceAll("[’'`]s\\b", "");
        StringBuilder sb = new StringBuilder();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || SUFFIXES.contains(word)) continue;
            if (spaced && sb.length() > 0) sb.append(' ');
            sb.append(word);
        }
        return sb.toString();
    }
}
