package io.tickmark.eval;

import io.tickmark.Tickmark;
import io.tickmark.document.Document;
import io.tickmark.document.DocumentFormat;
import io.tickmark.spread.Spread;

import java.io.IOException;
import java.nio.file.Path;

/** How a file becomes a spread: {@link io.tickmark.Tickmark#spread(Path)}, or a stand-in in tests. */
@FunctionalInterface
interface Spreading {
    Spread spread(Path pdf) throws IOException;

    /** A spread with the document it was read from ({@code null} when the stand-in has none). */
    record Read(Spread spread, Document document) {
    }

    /** The spread and, where this way of spreading has one, the document read on the way. */
    default Read read(Path pdf) throws IOException {
        return new Read(spread(pdf), null);
    }

    /** {@link Tickmark#spread(Path)}, keeping the document of a PDF (read once) so the scorer can look at its pages. */
    Spreading STANDARD = new Spreading() {
        @Override
        public Spread spread(Path file) throws IOException {
            return Tickmark.spread(file);
        }

        @Override
        public Read read(Path file) throws IOException {
            if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) return new Read(spread(file), null);
            Document document = Tickmark.read(file);
            if (document.format() != DocumentFormat.PDF) return new Read(spread(file), null);
            return new Read(Tickmark.spread(document), document);
        }
    };

    /** "UnsupportedOperationException: not yet": what went wrong, in one line. */
    static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip().lines().findFirst().orElse(""));
    }
}
