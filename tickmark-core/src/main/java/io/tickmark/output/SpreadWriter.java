package io.tickmark.output;

import io.tickmark.spread.Spread;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Writes spreads in one output format to a stream the caller owns: the writer flushes it but never
 * closes it.
 */
public interface SpreadWriter {

    /** The format names {@link #forFormat(String)} accepts, in the order shown to users. */
    List<String> FORMATS = List.of("table", "json", "csv", "xlsx");

    /** Writes one document's spread. */
    default void write(Spread spread, OutputStream out) throws IOException {
        write(List.of(spread), out);
    }

    /**
     * Writes the spreads of several documents (a folder of filings) as one output: a JSON array,
     * CSV rows with a document column, one workbook, or tables one after another.
     */
    void write(List<Spread> spreads, OutputStream out) throws IOException;

    /**
     * The writer for a format name ("table", "json", "csv" or "xlsx", case-insensitive).
     *
     * @throws IllegalArgumentException naming the valid formats when the name is none of them
     */
    static SpreadWriter forFormat(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "table" -> new TableWriter();
            case "json" -> new JsonWriter();
            case "csv" -> new CsvWriter();
            case "xlsx" -> new XlsxWriter();
            default -> throw new IllegalArgumentException(
                    "unknown output format '%s': use one of %s".formatted(name, String.join(", ", FORMATS)));
        };
    }
}
