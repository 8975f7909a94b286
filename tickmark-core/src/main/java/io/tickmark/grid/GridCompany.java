package io.tickmark.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A grid row's company: as the user wrote it, the names it is asked under (the name, then former names written
 * "Block (formerly known as Square)" or "Block | Square"), the store's and the index's names for it, and why it
 * is unknown when neither holds it.
 */
public record GridCompany(String asked, List<String> mentions, List<String> storeNames, List<String> indexNames, String problem) {
    private static final Pattern ALIAS = Pattern.compile("^(.+?)\\s*\\((?:formerly|previously|now|also)(?:\\s+known)?(?:\\s+as)?\\s+([^)]+)\\)\\s*$",
            Pattern.CASE_INSENSITIVE);

    public GridCompany {
        mentions = List.copyOf(mentions);
        storeNames = List.copyOf(storeNames);
        indexNames = List.copyOf(indexNames);
    }

    /** Whether the store or the index holds the company. */
    public boolean known() {
        return !storeNames.isEmpty() || !indexNames.isEmpty();
    }

    /** "Block (formerly known as Square)" → [Block, Square]; "Block | Square" → [Block, Square]; "3M" → [3M]. */
    public static List<String> mentions(String asked) {
        String s = asked.strip();
        List<String> out = new ArrayList<>();
        Matcher m = ALIAS.matcher(s);
        if (m.matches()) {
            out.add(m.group(1).strip());
            out.add(m.group(2).strip());
            return out;
        }
        for (String part : s.split("\\|")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }
}
