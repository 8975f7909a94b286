package io.tickmark.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/** Short lists (sections, pages, check concepts) kept as JSON arrays in one text column. */
final class TextLists {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() {};

    private TextLists() {}

    static String write(List<?> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write list " + list + " as JSON", e);
        }
    }

    static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    static List<Integer> integers(String json) {
        return read(json, INTEGERS);
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        try {
            return List.copyOf(JSON.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not a JSON array: " + json, e);
        }
    }
}
