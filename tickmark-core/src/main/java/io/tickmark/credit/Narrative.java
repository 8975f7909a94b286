package io.tickmark.credit;

import java.util.List;

/** The memo's short narrative: who wrote it ("template", or a model's name) and its paragraphs. */
public record Narrative(String author, List<String> paragraphs, List<String> notes) {
    public Narrative {
        paragraphs = List.copyOf(paragraphs);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
