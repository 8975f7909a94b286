package io.tickmark.document;

import java.util.List;
import java.util.stream.Collectors;

/** One page of a document: its lines of positioned text, top to bottom. {@code number} is 1-based. */
public record Page(int number, float width, float height, List<TextLine> lines) {
    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page number " + number + " is below 1");
        }
        lines = List.copyOf(lines);
    }

    /** The page as plain text, one line per text line. */
    public String text() {
        return lines.stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }
}
