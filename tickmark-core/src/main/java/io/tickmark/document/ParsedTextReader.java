package io.tickmark.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a report given as parsed text JSON (the layout of the FinGLM challenge's {@code *.official_txt.json}):
 * an object of sections, each a list of elements {@code {"content_type": "text"|"excel", "content": ...}}, a
 * table row given as a Python-style list of cell strings ({@code "['货币资金', '73,992,141.96', '63,189,391.11']"}).
 * Each section becomes a page headed by its title (the last of its {@code title_hierarchy}); a text element a line of one word; a table row a line with its cells laid out
 * in fixed columns, so the statement pipeline reads it as it reads a PDF. The JSON carries no page numbers:
 * a tick mark names the section's position instead.
 */
public final class ParsedTextReader implements DocumentReader {
    static final float LABEL_X = 40f;
    static final float LABEL_WIDTH = 240f;
    static final float COLUMN_X = 300f;
    static final float COLUMN_WIDTH = 120f;
    private static final float LINE_HEIGHT = 12f;

    /** Whether the bytes start like such a JSON document: an object whose elements carry {@code content_type}. */
    public static boolean looksLikeParsedText(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 8192), StandardCharsets.UTF_8).stripLeading();
        if (s.startsWith("\ufeff")) s = s.substring(1).stripLeading();
        return s.startsWith("{") && s.contains("\"content_type\"") && s.contains("\"content\"");
    }

    @Override
    public Document read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(file, "no such file", e);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS).readTree(bytes);
        } catch (IOException e) {
            throw new UnreadableDocumentException(file, "is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (root == null || !root.isObject()) throw new UnreadableDocumentException(file, "is JSON but not an object of report sections");
        List<Page> pages = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> sections = root.fields();
        while (sections.hasNext()) {
            JsonNode elements = sections.next().getValue();
            if (!elements.isArray()) continue;
            List<TextLine> lines = new ArrayList<>();
            JsonNode titles = elements.isEmpty() ? null : elements.get(0).path("title_hierarchy");
            if (titles != null && titles.isArray() && !titles.isEmpty()) {
                TextLine title = line(0, List.of(titles.get(titles.size() - 1).asText("")));
                if (title != null) lines.add(title);
            }
            for (JsonNode e : elements) {
                String type = e.path("content_type").asText("");
                String content = e.path("content").asText("");
                List<String> cells = "excel".equals(type) ? cells(content) : List.of(content);
                TextLine line = line(lines.size(), cells);
                if (line != null) lines.add(line);
            }
            pages.add(new Page(pages.size() + 1, 842f, Math.max(842f, (lines.size() + 2) * LINE_HEIGHT), lines));
        }
        if (pages.stream().allMatch(p -> p.lines().isEmpty())) {
            throw new UnreadableDocumentException(file, "is parsed-text JSON without any text");
        }
        return new Document(file.getFileName().toString(), Hashes.sha256(bytes), DocumentFormat.PARSED_TEXT, pages);
    }

    private static TextLine line(int index, List<String> cells) {
        float top = index * LINE_HEIGHT + 20f;
        List<Word> words = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c).strip();
            if (text.isEmpty()) continue;
            float x0;
            float x1;
            if (c == 0) {
                x0 = LABEL_X;
                x1 = LABEL_X + Math.min(LABEL_WIDTH, Math.max(6f, text.length() * 10f));
            } else {
                x1 = COLUMN_X + c * COLUMN_WIDTH;
                x0 = x1 - Math.min(COLUMN_WIDTH - 10f, Math.max(6f, text.length() * 6f));
            }
            words.add(new Word(text, x0, x1, top, top + 10f, 10f, false));
        }
        return words.isEmpty() ? null : new TextLine(index, top, top + 10f, words);
    }

    /** The cells of a Python-style list literal of strings; a text that is no such list is one cell. */
    static List<String> cells(String content) {
        String s = content.strip();
        if (!s.startsWith("[") || !s.endsWith("]")) return List.of(content);
        List<String> out = new ArrayList<>();
        int i = 1;
        int n = s.length() - 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (j < n && s.charAt(j) != c) {
                    if (s.charAt(j) == '\\' && j + 1 < n) j++;
                    sb.append(s.charAt(j++));
                }
                out.add(sb.toString());
                i = j + 1;
            } else if (c == 'N' && s.startsWith("None", i)) {
                out.add("");
                i += 4;
            } else {
                i++;
            }
        }
        return out;
    }
}
