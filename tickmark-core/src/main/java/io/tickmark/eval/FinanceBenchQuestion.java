package io.tickmark.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One FinanceBench question: its id, type, company, the document it cites, the question and the gold answer. */
public record FinanceBenchQuestion(String id, String type, String company, String document, String question, String answer) {

    /** Whether the question asks for a number computed or read from the statements. */
    public boolean metric() {
        return "metrics-generated".equals(type);
    }

    /** Reads {@code questions.jsonl}, one JSON object per line; a line that is not one names the file and line. */
    public static List<FinanceBenchQuestion> load(Path jsonl) throws IOException {
        return readJsonl(jsonl, n -> new FinanceBenchQuestion(text(n, "financebench_id"), text(n, "question_type"),
                text(n, "company"), text(n, "doc_name"), text(n, "question"), text(n, "answer")));
    }

    /** Each line of a JSON-lines file as the caller reads it; blank lines are skipped. */
    public static <T> List<T> readJsonl(Path jsonl, java.util.function.Function<JsonNode, T> each) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<T> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                try {
                    out.add(each.apply(json.readTree(line)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    // Jackson's own message ends with where in its buffer it stopped: the file and line say that better
                    throw new IOException(jsonl + " line " + number + ": not a JSON object (" + e.getOriginalMessage() + ")", e);
                }
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
