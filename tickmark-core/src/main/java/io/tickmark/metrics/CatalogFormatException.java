package io.tickmark.metrics;

/** A metric catalog file that breaks a rule; the message names the file, the line and the offending value. */
public class CatalogFormatException extends IllegalArgumentException {
    private final String file;
    private final int line;

    public CatalogFormatException(String file, int line, String problem, Throwable cause) {
        super(line > 0 ? "%s line %d: %s".formatted(file, line, problem) : "%s: %s".formatted(file, problem), cause);
        this.file = file;
        this.line = line;
    }

    public CatalogFormatException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    public String file() {
        return file;
    }

    /** 1-based line of the file where the problem is, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
