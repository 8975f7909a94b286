package io.tickmark.document;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads statements from a CSV file into pages laid out as an HTML table is (see {@link GridLayout}): labels in
 * the first text column, periods in the header row, amounts in the other columns, a page per statement when
 * the file holds several. The separator (comma, semicolon or tab) is sniffed from the first lines. A line's
 * {@code top / 12} is its record number.
 */
public final class CsvReader implements DocumentReader {
    /** Largest CSV read: a statement export is kilobytes. */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final char[] SEPARATORS = {',', ';', '\t'};
    private static final int SNIFF_LINES = 20;

    @Override
    public Document read(Path file) throws IOException {
        byte[] bytes = bytes(file);
        String text = text(bytes);
        char separator = separator(text).orElse(','); // a single column has no separator to sniff
        String name = file.getFileName().toString();
        Grid grid = new Grid(name.replaceFirst("\\.[A-Za-z]+$", ""), rows(file, text, separator));
        List<Page> pages = GridLayout.pages(grid, 1, false);
        if (pages.isEmpty()) throw new UnreadableDocumentException(file, "CSV file has no cells");
        return new Document(name, Hashes.sha256(bytes), DocumentFormat.CSV, pages);
    }

    /** The separator whose field counts agree over most of the first lines, each of them splitting some. */
    static Optional<Character> separator(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(SNIFF_LINES).toList();
        Character best = null;
        long bestLines = 0;
        for (char c : SEPARATORS) {
            long split = lines.stream().filter(l -> fields(l, c) >= 2).count();
            if (split > bestLines && split * 2 >= lines.size()) {
                best = c;
                bestLines = split;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether text with no name to go by looks like a CSV table: at least two of its first lines split by the
     * sniffed separator, and a digit among them. One line of prose with a comma does not.
     */
    static boolean looksLikeTable(String text) {
        Optional<Character> separator = separator(text);
        if (separator.isEmpty()) return false;
        List<String> split = text.lines().limit(SNIFF_LINES).filter(l -> fields(l, separator.get()) >= 2).toList();
        return split.size() >= 2 && split.stream().anyMatch(l -> l.chars().anyMatch(Character::isDigit));
    }

    /** Fields of a line split at {@code separator} outside double quotes. */
    private static int fields(String line, char separator) {
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') quoted = !quoted;
            else if (ch == separator && !quoted) n++;
        }
        return n;
    }

    private static List<Grid.Row> rows(Path file, String text, char separator) throws UnreadableDocumentException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<Grid.Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(schema).readValues(text)) {
            int number = 0;
            while (it.hasNext()) {
                number++;
                Grid.Row row = row(number, it.next());
                if (!row.cells().isEmpty()) rows.add(row);
            }
        } catch (IOException | RuntimeException e) { // Jackson reports a malformed record with a runtime exception
            throw new UnreadableDocumentException(file, "CSV could not be read (" + e.getMessage() + ")", e);
        }
        return rows;
    }

    private static Grid.Row row(int number, String[] fields) {
        List<Grid.Cell> cells = new ArrayList<>();
        for (int c = 0; c < fields.length; c++) {
            String text = Cells.normalize(fields[c]);
            if (text.isEmpty()) continue;
            boolean amount = Cells.kind(text) == HtmlTable.Kind.AMOUNT;
            cells.add(new Grid.Cell(c, text, amount, false, amount ? 0 : Amounts.leadingSpaces(fields[c]) * 2.5f));
        }
        return new Grid.Row(number, cells);
    }

    private static byte[] bytes(Path file) throws IOException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableDocumentException(file, "is " + size / (1024 * 1024) + " MB; CSV files over " + MAX_BYTES / (1024 * 1024) + " MB are not read");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(file, "no such file", e);
        }
    }

    /** UTF-8 text without a byte-order mark. */
    static String text(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
