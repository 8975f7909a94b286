package io.tickmark.taxonomy;

import io.tickmark.statement.Cell;
import io.tickmark.statement.TableRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds statement rows for tests: "Heading:" lines become headings and open a section, "-" closes it. */
final class Rows {
    private Rows() {}

    static List<TableRow> of(String... labels) {
        List<TableRow> rows = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        int line = 0;
        for (String label : labels) {
            if (label.equals("-")) {
                sections.remove(sections.size() - 1);
            } else if (label.endsWith(":")) {
                rows.add(new TableRow(label, 0, sections, List.of(), 1, line++, 0, TableRow.Kind.HEADING));
                sections.add(label.substring(0, label.length() - 1));
            } else {
                rows.add(new TableRow(label, 10, sections, List.of(new Cell("1", BigDecimal.ONE)), 1, line++, 0, TableRow.Kind.VALUES));
            }
        }
        return rows;
    }
}
