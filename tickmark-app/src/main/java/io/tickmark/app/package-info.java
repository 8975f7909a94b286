/**
 * The {@code tickmark} command line: thin picocli commands over tickmark-core that read files,
 * print spreads to standard output and say what went wrong, one line per problem, on standard error.
 * {@link io.tickmark.app.Main} builds only the command invoked (the whole tree for help and unknown commands); the
 * hidden {@code warm-up} command is what the {@code ./tickmark} launcher runs once per build to make its class-data
 * sharing archive; {@code TICKMARK_TIMINGS=1} makes {@code credit} print its phase times, which {@code bench credit}
 * collects from the commands it spawns.
 */
package io.tickmark.app;
