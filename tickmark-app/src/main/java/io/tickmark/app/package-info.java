/**
 * The {@code tickmark} command line: thin picocli commands over tickmark-core that read files,
 * print spreads to standard output and say what went wrong, one line per problem, on standard error.
 */
package io.tickmark.app;
