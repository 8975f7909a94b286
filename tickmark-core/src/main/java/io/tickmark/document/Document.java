package io.tickmark.document;

import java.util.List;

/**
 * A read document: where it came from, its content hash and its pages of positioned text.
 * Readers produce it; they know nothing of accounting.
 */
public record Document(String fileName, String sha256, DocumentFormat format, List<Page> pages) {
    public Document {
        if (fileName == null || fileName.isBlank()) throw new IllegalArgumentException("document has no file name");
        if (sha256 == null || sha256.length() != 64) throw new IllegalArgumentException("document " + fileName + " has no SHA-256");
        pages = List.copyOf(pages);
    }

    public Page page(int number) {
        return pages.get(number - 1);
    }
}
