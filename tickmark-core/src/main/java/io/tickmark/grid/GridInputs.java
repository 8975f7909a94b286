package io.tickmark.grid;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a grid's companies and questions from files: a text file (one per line; blank lines and lines starting
 * with # skipped), a CSV file or the first sheet of an XLSX workbook (a column chosen by its header, else the first
 * column, its header row skipped). Repeats are dropped and reported, so each row and column is answered once.
 */
public final class GridInputs {
    private GridInputs() {
    }

    /** Values read with the repeats dropped, and the notes naming each repeat. */
    public record Read(List<String> values, List<String> notes) {
        public Read {
            values = List.copyOf(values);
            notes = List.copyOf(notes);
        }
    }

    /**
     * The companies in the file. {@code column} names a CSV or XLSX column by its header (null: the first column).
     *
     * @throws IllegalArgumentException naming the file and what is wrong
     */
    public static Read companies(Path file, String column) throws IOException {
        List<String> raw = switch (kind(file)) {
            case XLSX -> xlsxColumn(file, column);
            case CSV -> csvColumn(file, column);
            case TEXT -> lines(file);
        };
        if (raw.isEmpty()) throw new IllegalArgumentException(file + ": no company names in it");
        return distinct(raw, "company", file.toString(), true);
    }

    /** The questions of a text file, one a line. */
    public static Read questions(Path file) throws IOException {
        List<String> raw = lines(file);
        if (raw.isEmpty()) throw new IllegalArgumentException(file + ": no questions in it (one question a line)");
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).length() > GridQuestion.MAX_LENGTH) {
                throw new IllegalArgumentException(file + ": question " + (i + 1) + " is " + raw.get(i).length()
                        + " characters long (at most " + GridQuestion.MAX_LENGTH + "): '" + raw.get(i).substring(0, 60) + "…'");
            }
        }
        return distinct(raw, "question", file.toString(), false);
    }

    /** Drops repeats (companies compared without case and spacing), noting each. */
    public static Read distinct(List<String> raw, String what, String source, boolean ignoreCase) {
        Map<String, String> seen = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (String v : raw) {
            String s = v.strip();
            if (s.isEmpty()) continue;
            String key = s.replaceAll("\\s+", " ");
            if (ignoreCase) key = key.toLowerCase(Locale.ROOT);
            if (seen.containsKey(key)) notes.add(source + ": " + what + " '" + s + "' is repeated; answered once");
            else seen.put(key, s);
        }
        return new Read(new ArrayList<>(seen.values()), notes);
    }

    private enum Kind { XLSX, CSV, TEXT }

    private static Kind kind(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString(), null, "no such file");
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 4);
            if (n == 4 && head[0] == 'P' && head[1] == 'K') return Kind.XLSX;
        }
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? Kind.CSV : Kind.TEXT;
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.startsWith("\uFEFF")) s = s.substring(1);
            if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
        }
        return out;
    }

    private static List<String> csvColumn(Path file, String column) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.TRIM_SPACES);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(file.toFile())) {
            while (it.hasNext()) rows.add(List.of(it.next()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a readable CSV file (" + e.getMessage() + ")", e);
        }
        return column(rows, column, file);
    }

    private static List<String> xlsxColumn(Path file, String column) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(values);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a readable XLSX workbook (" + e.getMessage() + ")", e);
        }
        return column(rows, column, file);
    }

    private static List<String> column(List<List<String>> rows, String column, Path file) {
        if (rows.isEmpty()) return List.of();
        List<String> header = rows.get(0);
        int index = 0;
        if (column != null) {
            index = -1;
            for (int i = 0; i < header.size(); i++) if (header.get(i).strip().equalsIgnoreCase(column.strip())) index = i;
            if (index < 0) throw new IllegalArgumentException(file + ": no column '" + column + "' (columns: " + String.join(", ", header) + ")");
        }
        List<String> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (index < row.size() && !row.get(index).isBlank()) out.add(row.get(index).strip());
        }
        return out;
    }
}
