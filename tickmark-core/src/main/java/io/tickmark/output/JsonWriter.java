package io.tickmark.output;

import io.tickmark.spread.Spread;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The JSON format: one spread as an object, several as an array; see {@link SpreadJson}. */
final class JsonWriter implements SpreadWriter {
    @Override
    public void write(Spread spread, OutputStream out) throws IOException {
        SpreadJson.write(spread, out);
    }

    @Override
    public void write(List<Spread> spreads, OutputStream out) throws IOException {
        SpreadJson.write(spreads, out);
    }
}
