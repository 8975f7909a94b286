package io.tickmark.grid;

import java.time.LocalDate;

/**
 * What a cell cites, and a row of the grid's evidence sheet: a passage of a filing, or a ticked fact an answer used.
 *
 * @param id           the evidence row's id ("E12"), unique within one grid; null until the grid numbers its rows
 * @param document     file name
 * @param sha256       the document's SHA-256
 * @param page         1-based page
 * @param line         the line on the page for a fact, else null
 * @param section      a passage's section heading, or a fact's statement and concept
 * @param quote        what the answer rests on: the sentence that states it, or a fact's "label: printed value"
 * @param text         the whole passage (for a fact the same as the quote)
 * @param documentDate the document's filing date, or its period end when no filing date is printed; null when neither
 */
public record Evidence(String id, String document, String sha256, int page, Integer line, String section, String quote, String text,
                       LocalDate documentDate) {
    public Evidence {
        if (document == null || document.isBlank()) throw new IllegalArgumentException("evidence names no document");
        if (page < 1) throw new IllegalArgumentException("evidence page " + page + " of " + document + " is below 1");
        section = section == null ? "" : section;
        quote = quote == null ? "" : quote;
        text = text == null ? quote : text;
    }

    /** "3M_2018_10K.pdf p.60 l.12" */
    public String cite() {
        return document + " p." + page + (line == null ? "" : " l." + line);
    }

    Evidence withId(String newId) {
        return new Evidence(newId, document, sha256, page, line, section, quote, text, documentDate);
    }
}
