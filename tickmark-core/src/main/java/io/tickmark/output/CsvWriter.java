package io.tickmark.output;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.tickmark.facts.Fact;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One RFC 4180 row per value, for loading into a database or a pandas frame: values in whole units
 * written plain, {@code line_order} counting lines of a statement from 1, and {@code page}/{@code line}
 * the tick mark as shown to people (lines counted from 1, as in "p.60 l.12"). A derived value, which no statement
 * prints, has {@code raw_value} "= " and its formula over the ticked inputs, and the first input's page and line.
 */
final class CsvWriter implements SpreadWriter {
    static final List<String> COLUMNS = List.of("document", "company", "statement", "line_order", "concept", "label",
            "raw_label", "period_end", "period_months", "value", "unit", "confidence", "page", "line", "raw_value");

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
            .setLineSeparator("\r\n")
            .build()
            .withHeader();

    @Override
    public void write(List<Spread> spreads, OutputStream out) throws IOException {
        try (SequenceWriter rows = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(out)) {
            for (Spread spread : spreads) writeSpread(spread, rows);
        }
        out.flush();
    }

    private static void writeSpread(Spread spread, SequenceWriter rows) throws IOException {
        for (StatementSpread statement : spread.statements()) {
            for (int i = 0; i < statement.lines().size(); i++) {
                SpreadLine line = statement.lines().get(i);
                for (Fact fact : line.values()) {
                    if (fact != null) rows.write(row(spread, statement, i + 1, line, fact));
                }
            }
        }
    }

    private static String[] row(Spread spread, StatementSpread statement, int order, SpreadLine line, Fact fact) {
        String rawLabel = fact.source().rawLabel() != null ? fact.source().rawLabel() : line.rawLabel();
        return new String[] {
                spread.document().fileName(), spread.document().company(),
                statement.type() == null ? "" : statement.type().name(), String.valueOf(order),
                orEmpty(line.concept()), line.label(), orEmpty(rawLabel),
                fact.period().end().toString(), String.valueOf(fact.period().months()),
                fact.value().toPlainString(), fact.unit().code(), String.valueOf(fact.confidence()),
                String.valueOf(fact.source().page()), String.valueOf(fact.source().line() + 1),
                fact.derived() ? "= " + fact.source().formula() : orEmpty(fact.source().rawValue())
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
