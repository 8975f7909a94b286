package io.tickmark.app;

import io.tickmark.store.FactStoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns an exception that ends a command into one line on standard error and exit code 1; the
 * stack trace only with {@code --verbose}.
 */
final class OneLineErrors implements IExecutionExceptionHandler {
    private final Io io;

    OneLineErrors(Io io) {
        this.io = io;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        boolean verbose = parsed.expandedArgs().stream().anyMatch(a -> a.equals("--verbose") || a.equals("-v"));
        io.err().println("tickmark: " + describe(e, verbose));
        if (verbose) e.printStackTrace(io.err());
        return CommandLine.ExitCode.SOFTWARE;
    }

    /** The user-facing reason: our own messages as they are, anything else marked as a defect. */
    static String describe(Throwable e, boolean verbose) {
        String hint = verbose ? "" : " (run with --verbose for the stack trace)";
        if (e instanceof UserError) return e.getMessage();
        if (e instanceof FactStoreException) return e.getMessage() + hint;
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return "cannot read or write a file: " + e.getClass().getSimpleName() + ": " + e.getMessage() + hint;
        }
        return "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage() + hint;
    }
}
