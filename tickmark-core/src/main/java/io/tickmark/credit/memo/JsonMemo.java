package io.tickmark.credit.memo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.credit.CreditAnalysis;
import io.tickmark.output.SpreadJson;

import java.io.IOException;
import java.io.OutputStream;

/** The analysis as JSON: every record with its figures, formulas, evaluations and tick marks. */
final class JsonMemo implements MemoWriter {
    private static final ObjectMapper MAPPER = SpreadJson.mapper();

    @Override
    public void write(CreditAnalysis analysis, OutputStream out) throws IOException {
        MAPPER.writeValue(out, analysis);
        out.write('\n');
        out.flush();
    }
}
