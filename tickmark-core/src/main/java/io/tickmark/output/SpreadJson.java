package io.tickmark.output;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tickmark.check.CheckResult;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Source;
import io.tickmark.facts.Unit;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Spreads as JSON and back, with full fidelity: every value in whole units with its unit, period,
 * confidence and complete tick mark. Dates are ISO strings, numbers plain (never 1E+6), units their
 * codes ("USD", "USD/share", "shares"), fields in record order. Reading re-validates every record.
 * Numbers come back with the scale written, so a value built as {@code new BigDecimal("1E+6")} reads
 * back as {@code 1000000}: numerically equal, not {@code equals}.
 */
public final class SpreadJson {
    private static final TypeReference<List<Spread>> SPREADS = new TypeReference<>() {};
    private static final ObjectMapper MAPPER = createMapper();

    private SpreadJson() {}

    /** Writes one spread as a JSON object; the stream is flushed, not closed. */
    public static void write(Spread spread, OutputStream out) throws IOException {
        writeValue(spread, out);
    }

    /** Writes several spreads as a JSON array; the stream is flushed, not closed. */
    public static void write(List<Spread> spreads, OutputStream out) throws IOException {
        writeValue(spreads, out);
    }

    /**
     * Reads spreads written by {@link #write}: an array, or a single object read as a list of one.
     * The stream is not closed.
     *
     * @throws IOException when the text is not JSON or a record in it breaks its rules (cause kept)
     */
    public static List<Spread> read(InputStream in) throws IOException {
        return MAPPER.readValue(in, SPREADS);
    }

    /** A copy of the configured mapper, for callers that embed spreads in their own JSON (a web API). */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    private static void writeValue(Object value, OutputStream out) throws IOException {
        MAPPER.writeValue(out, value);
        out.write('\n');
        out.flush();
    }

    private static ObjectMapper createMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(unitsAsCodes())
                .addMixIn(Spread.class, SpreadOrder.class)
                .addMixIn(DocumentInfo.class, DocumentInfoOrder.class)
                .addMixIn(StatementSpread.class, StatementOrder.class)
                .addMixIn(SpreadLine.class, LineOrder.class)
                .addMixIn(Fact.class, FactOrder.class)
                .addMixIn(Period.class, PeriodOrder.class)
                .addMixIn(Source.class, SourceOrder.class)
                .addMixIn(CheckResult.class, CheckOrder.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static SimpleModule unitsAsCodes() {
        SimpleModule module = new SimpleModule("tickmark-units");
        module.addSerializer(Unit.class, new StdScalarSerializer<>(Unit.class) {
            @Override
            public void serialize(Unit unit, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(unit.code());
            }
        });
        module.addDeserializer(Unit.class, new StdScalarDeserializer<>(Unit.class) {
            @Override
            public Unit deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return Unit.parse(parser.getValueAsString());
            }
        });
        return module;
    }

    @JsonPropertyOrder({"document", "statements", "checks", "warnings"})
    private interface SpreadOrder {}

    @JsonPropertyOrder({"fileName", "sha256", "company", "documentType", "periodEnd", "filingDate", "pageCount"})
    private interface DocumentInfoOrder {}

    @JsonPropertyOrder({"type", "title", "pages", "periods", "scale", "currency", "lines"})
    private interface StatementOrder {}

    @JsonPropertyOrder({"concept", "label", "rawLabel", "sections", "values"})
    private interface LineOrder {}

    /** {@code derived} is written for the reader's eye and ignored on reading (the source's formula says it). */
    @JsonPropertyOrder({"concept", "label", "statement", "period", "value", "unit", "derived", "source", "confidence"})
    @JsonIgnoreProperties(value = {"derived"}, allowGetters = true)
    private interface FactOrder {
        @com.fasterxml.jackson.annotation.JsonProperty("derived")
        boolean derived();
    }

    /** Writes only end and months; {@code isInstant()} is derived, so it is neither written nor read. */
    @JsonPropertyOrder({"end", "months"})
    @JsonIgnoreProperties({"instant"})
    private interface PeriodOrder {}

    /**
     * A box only for PDF pages, an anchor only for HTML and workbooks, a formula only for a derived value: each is
     * left out where it is null.
     */
    @JsonPropertyOrder({"document", "sha256", "page", "line", "top", "rawLabel", "rawValue", "box", "anchor", "formula"})
    private interface SourceOrder {
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        String formula();

        @com.fasterxml.jackson.annotation.JsonIgnore
        boolean derived();

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        io.tickmark.facts.Box box();

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        String anchor();
    }

    @JsonPropertyOrder({"name", "rule", "period", "status", "left", "right", "concepts", "message"})
    private interface CheckOrder {}
}
