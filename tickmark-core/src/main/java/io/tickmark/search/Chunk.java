package io.tickmark.search;

/**
 * One passage of a filing as indexed: a paragraph run or a whole table with its title, never crossing a
 * page. {@code page} is 1-based; {@code section} is the heading it falls under ("Item 7. Management's
 * Discussion ...", with a note title after " › "), or empty before the first heading.
 */
public record Chunk(String fileName, String sha256, int page, int ordinal, Kind kind, String section, String text) {
    /** What a chunk holds. */
    public enum Kind { TEXT, TABLE }

    public Chunk {
        if (page < 1) throw new IllegalArgumentException("chunk page " + page + " is below 1 (pages are 1-based)");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("chunk on page " + page + " of " + fileName + " has no text");
        if (kind == null) throw new IllegalArgumentException("chunk on page " + page + " of " + fileName + " has no kind");
        section = section == null ? "" : section;
    }

    /** The page as FinanceBench and other 0-based tools count it. */
    public int pageIndex() {
        return page - 1;
    }
}
