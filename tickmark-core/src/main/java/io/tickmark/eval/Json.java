package io.tickmark.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;

/** The one-line JSON summaries of the reports. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object(String kindField, String kind) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put(kindField, kind);
        return node;
    }

    /** A ratio or a duration rounded to four decimals, or null when it could not be measured. */
    static void putNumber(ObjectNode node, String field, double value) {
        Double rounded = Ratios.json(value);
        if (rounded == null) node.putNull(field);
        else node.put(field, rounded);
    }

    static String line(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the report summary as JSON", e);
        }
    }
}
