package io.tickmark.app;

import picocli.CommandLine.Option;

/** The {@code --verbose} switch: show stack traces behind the one-line problems. */
final class Verbosity {
    static final String[] NAMES = {"-v", "--verbose"};

    @Option(names = {"-v", "--verbose"}, description = "Show the stack trace behind a problem.")
    boolean verbose;
}
