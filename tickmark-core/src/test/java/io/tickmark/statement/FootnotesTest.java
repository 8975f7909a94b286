package io.tickmark.statement;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The notes printed under a statement are not its lines. */
class FootnotesTest {
    private static TableRow values(String label) {
        return new TableRow(label, 0, List.of(), List.of(new Cell("1", BigDecimal.ONE)), 1, 0, 0, TableRow.Kind.VALUES);
    }

    private static TableRow heading(String label) {
        return new TableRow(label, 0, List.of(), List.of(), 1, 0, 0, TableRow.Kind.HEADING);
    }

    private static List<TableRow> statement(int valueRows) {
        List<TableRow> rows = new ArrayList<>();
        rows.add(heading("Revenues:"));
        for (int i = 0; i < valueRows; i++) rows.add(values("Line " + i));
        return rows;
    }

    @Test
    void stops_at_a_heading_opening_with_a_footnote_marker_below_the_statement() {
        List<TableRow> rows = statement(6);
        rows.add(heading("(1) Amounts include stock-based compensation expense, as follows:"));
        rows.add(values("Cost of revenues"));
        rows.add(heading("(b) Includes restructuring"));

        assertThat(TableBuilder.beforeFootnotes(rows)).hasSize(7).last().extracting(TableRow::label).isEqualTo("Line 5");
    }

    @Test
    void keeps_rows_whose_label_only_ends_with_a_marker_and_markers_above_the_first_rows() {
        List<TableRow> rows = statement(2);
        rows.add(heading("(1) Restated, see Note 2"));
        rows.add(heading("Cost of revenues (1)(2):"));
        rows.addAll(statement(4));

        assertThat(TableBuilder.beforeFootnotes(rows)).hasSize(rows.size());
    }
}
