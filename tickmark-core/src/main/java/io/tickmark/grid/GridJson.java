package io.tickmark.grid;

import io.tickmark.output.SpreadJson;

import java.io.IOException;
import java.io.OutputStream;

/** A grid as JSON: rows, columns, every cell with its evidence, the evidence list, notes and whether it is complete. */
public final class GridJson {
    private GridJson() {
    }

    public static void write(GridResult grid, OutputStream out) throws IOException {
        SpreadJson.mapper().writerWithDefaultPrettyPrinter().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, grid);
        out.write('\n');
        out.flush();
    }
}
