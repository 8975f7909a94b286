package io.tickmark.xbrl;

import java.util.List;

/**
 * An XBRL instance document read: its file name and hash, its numeric facts (page 1, line = the fact's index
 * among the instance's facts, as an instance has no printed page), the cover facts (dei: registrant name,
 * document type, period end) as text, and the problems met (a missing context or unit, an unreadable value).
 */
public record InstanceFiling(String fileName, String sha256, List<InlineFact> facts, java.util.Map<String, String> cover,
                             List<String> problems) {
    public InstanceFiling {
        if (fileName == null || fileName.isBlank()) throw new IllegalArgumentException("instance filing has no file name");
        facts = List.copyOf(facts);
        cover = java.util.Map.copyOf(cover);
        problems = List.copyOf(problems);
    }
}
