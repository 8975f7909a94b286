package io.tickmark.document;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one file format into a {@link Document}. */
public interface DocumentReader {
    /**
     * Reads the file.
     *
     * @throws UnreadableDocumentException when the file is not of this format, corrupt, encrypted or has no text
     */
    Document read(Path file) throws IOException;
}
