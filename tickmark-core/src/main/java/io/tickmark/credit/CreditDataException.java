package io.tickmark.credit;

/** A credit data file (ratios, scorecard) that breaks a rule, naming the file and line. */
public final class CreditDataException extends RuntimeException {
    public CreditDataException(String file, int line, String message) {
        super(file + (line > 0 ? " line " + line : "") + ": " + message);
    }
}
