package io.tickmark.document;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be read as a document at all; the message names the file and says why. */
public class UnreadableDocumentException extends IOException {
    private final transient Path file;
    private final String reason;

    public UnreadableDocumentException(Path file, String reason) {
        this(file, reason, null);
    }

    public UnreadableDocumentException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String reason() {
        return reason;
    }
}
