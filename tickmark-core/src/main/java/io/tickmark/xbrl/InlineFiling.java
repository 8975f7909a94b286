package io.tickmark.xbrl;

import io.tickmark.document.Document;

import java.util.List;

/**
 * An HTML filing read both ways: its pages of text for the statement pipeline and its inline XBRL facts
 * (empty when it carries none), with the problems met in the tags (a missing context or unit, an unreadable
 * number); such facts are left out, the rest are kept.
 */
public record InlineFiling(Document document, List<InlineFact> facts, List<String> problems) {
    public InlineFiling {
        if (document == null) throw new IllegalArgumentException("inline filing has no document");
        facts = List.copyOf(facts);
        problems = List.copyOf(problems);
    }
}
