package io.tickmark.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * A grid's answers: its rows and columns, each cell (null where not answered yet, in a partial grid), the evidence
 * rows the cells cite (numbered E1, E2, … in row order), whether every cell was answered, and notes for the reader
 * (unknown companies, point in time).
 */
public record GridResult(List<GridCompany> companies, List<GridQuestion> questions, List<List<CellAnswer>> cells,
                         List<Evidence> evidence, boolean complete, PointInTime time, List<String> notes) {

    public GridResult {
        companies = List.copyOf(companies);
        questions = List.copyOf(questions);
        cells = cells.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
        evidence = List.copyOf(evidence);
        notes = List.copyOf(notes);
    }

    /** Builds the result from raw cells (row-major, nulls for cells not answered), numbering their evidence. */
    static GridResult of(List<GridCompany> companies, List<GridQuestion> questions, CellAnswer[] raw, PointInTime time) {
        List<List<CellAnswer>> rows = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        int next = 1;
        boolean complete = true;
        for (int r = 0; r < companies.size(); r++) {
            List<CellAnswer> row = new ArrayList<>();
            for (int c = 0; c < questions.size(); c++) {
                CellAnswer a = raw[r * questions.size() + c];
                if (a == null) {
                    complete = false;
                } else {
                    a = a.numbered(next);
                    next += a.evidence().size();
                    evidence.addAll(a.evidence());
                }
                row.add(a);
            }
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        for (GridCompany c : companies) if (!c.known()) notes.add("unknown company: " + c.problem());
        if (time.asOf() != null) notes.add("point in time: documents filed on or before " + time.asOf() + " only");
        if (time.staleAfter() != null) notes.add("stale: a cell whose newest source is older than " + time.staleAfter() + " before " + time.reference());
        if (!complete) notes.add("partial grid: " + answeredCount(raw) + " of " + raw.length + " cells answered (interrupted)");
        return new GridResult(companies, questions, rows, evidence, complete, time, notes);
    }

    private static int answeredCount(CellAnswer[] raw) {
        int n = 0;
        for (CellAnswer a : raw) if (a != null) n++;
        return n;
    }

    /** The cell at a row and column, or null when not answered. */
    public CellAnswer cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /** Every answered cell, row by row. */
    public List<CellAnswer> answered() {
        List<CellAnswer> out = new ArrayList<>();
        for (List<CellAnswer> row : cells) for (CellAnswer a : row) if (a != null) out.add(a);
        return out;
    }
}
