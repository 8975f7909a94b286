package io.tickmark.app;

import io.tickmark.output.SpreadWriter;
import io.tickmark.spread.Spread;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** How spreads come out: {@code --format} and {@code -o}; a file is written all or nothing. */
final class OutputOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table, json, csv or xlsx (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write to this file instead of standard output (required for xlsx).")
    Path output;

    /**
     * The writer for the format, checked before any work is done.
     *
     * @throws ParameterException for an unknown format, or xlsx without {@code -o}
     */
    SpreadWriter writer(CommandSpec spec) {
        SpreadWriter writer;
        try {
            writer = SpreadWriter.forFormat(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (output == null && "xlsx".equalsIgnoreCase(format.strip())) {
            throw new ParameterException(spec.commandLine(),
                    "xlsx is a binary workbook: refusing to write it to standard output; give a file with -o FILE.xlsx");
        }
        return writer;
    }

    /** Writes the spreads to {@code -o}, or to standard output. */
    void write(SpreadWriter writer, List<Spread> spreads, Io io) throws IOException {
        if (output == null) {
            writer.write(spreads, io.out());
            io.out().flush();
            return;
        }
        AtomicOutput.write(output, out -> writer.write(spreads, out));
    }
}
