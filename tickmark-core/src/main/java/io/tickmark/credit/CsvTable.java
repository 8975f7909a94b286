package io.tickmark.credit;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A small CSV data file read by header names: rows of named cells, each knowing its line for error messages. */
record CsvTable(String source, List<Row> rows) {

    record Row(String source, int line, Map<String, String> cells) {
        /** The stripped cell, "" when the column is absent or empty. */
        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }

        String require(String column) {
            String v = get(column);
            if (v.isEmpty()) throw new CreditDataException(source, line, "column '" + column + "' is empty");
            return v;
        }

        double number(String column) {
            String v = require(column);
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new CreditDataException(source, line, "column '%s' holds '%s', not a number".formatted(column, v));
            }
        }

        CreditDataException error(String message) {
            return new CreditDataException(source, line, message);
        }
    }

    static CsvTable parse(String text, String source, List<String> required) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.TRIM_SPACES);
        List<List<String>> raw = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text.replace("\uFEFF", ""))) {
            while (it.hasNext()) raw.add(it.next());
        } catch (IOException | RuntimeException e) {
            throw new CreditDataException(source, 0, "not readable as CSV (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (raw.isEmpty()) throw new CreditDataException(source, 0, "the file is empty");
        List<String> header = raw.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String r : required) {
            if (!header.contains(r)) throw new CreditDataException(source, 1, "the header has no column '" + r + "' (it needs " + String.join(", ", required) + ")");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < raw.size(); i++) {
            List<String> cells = raw.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) continue;
            if (cells.get(0) != null && cells.get(0).strip().startsWith("#")) continue;
            Map<String, String> byName = new HashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) byName.put(header.get(c), cells.get(c));
            rows.add(new Row(source, i + 1, byName));
        }
        return new CsvTable(source, rows);
    }

    static String resource(String name) {
        try (InputStream in = CsvTable.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("classpath resource io/tickmark/credit/" + name + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
