package io.tickmark.grid;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A grid as CSV, one row per cell (long format, for a data frame): answer, status, period, date, confidence, citations. */
public final class GridCsv {
    static final List<String> COLUMNS = List.of("company", "question", "kind", "status", "answer", "value", "unit", "period",
            "document_date", "confidence", "stale", "citations", "evidence", "notes");

    private GridCsv() {
    }

    public static void write(GridResult grid, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(line(COLUMNS));
        for (List<String> row : rows(grid)) w.write(line(row));
        w.flush();
    }

    /** The values of each answered cell, in {@link #COLUMNS} order. */
    static List<List<String>> rows(GridResult grid) {
        List<List<String>> out = new ArrayList<>();
        for (CellAnswer a : grid.answered()) {
            out.add(List.of(a.company(), a.question(), a.kind().name().toLowerCase(), a.status().name().toLowerCase(), a.display(),
                    a.value() == null ? "" : a.value().setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(), nz(a.unit()), nz(a.period()),
                    a.documentDate() == null ? "" : a.documentDate().toString(), a.confidence().name().toLowerCase(),
                    a.stale() ? "stale" : "", a.evidence().stream().map(Evidence::cite).collect(Collectors.joining("; ")),
                    a.evidence().stream().map(Evidence::id).collect(Collectors.joining(" ")), String.join(" | ", a.notes())));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String line(List<String> values) {
        return values.stream().map(GridCsv::quote).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quote(String v) {
        String s = v.replace("\r", " ").replace("\n", " ");
        if (s.startsWith("=") || s.startsWith("+") || s.startsWith("-") && !s.matches("-[\\d.,]+") || s.startsWith("@")) s = "'" + s;
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
