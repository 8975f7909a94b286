package io.tickmark.app;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;

/**
 * Usage errors in two lines: what is wrong and where to read more; the full help only for a
 * missing command, where the list of commands is the answer. Exit code 2.
 */
final class ShortUsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            if (command.getSubcommands().isEmpty()) {
                err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for its options.");
            } else {
                command.usage(err);
            }
        }
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
