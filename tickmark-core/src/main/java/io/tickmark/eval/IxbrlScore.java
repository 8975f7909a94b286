package io.tickmark.eval;

/**
 * How one HTML filing read: of its {@code truth} face-statement facts (no dimensions), how many the inline
 * XBRL reader gave with the right concept, period and value ({@code correct}); the core concepts right when
 * spreading with the tags ({@code taggedCoreCorrect} of {@code taggedCoreTotal}); and the time jsoup alone
 * took to parse the file beside the time Tickmark took to read it (parse, layout and facts).
 */
public record IxbrlScore(String document, String failure, int correct, int truth, int taggedCoreCorrect, int taggedCoreTotal,
                         int pages, long parseNanos, long readNanos) {
    public IxbrlScore {
        if (correct > truth) throw new IllegalArgumentException("%d correct facts exceed the %d truth facts of %s".formatted(correct, truth, document));
    }
}
