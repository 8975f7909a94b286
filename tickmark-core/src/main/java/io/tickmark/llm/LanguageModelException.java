package io.tickmark.llm;

/** A language-model call that gave no usable reply; {@link #kind()} says why, the message says it in one line. */
public final class LanguageModelException extends RuntimeException {
    /** Why no reply came. */
    public enum Kind { UNREACHABLE, TIMEOUT, REJECTED, MALFORMED, EMPTY }

    private final Kind kind;

    public LanguageModelException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
