package io.tickmark.taxonomy;

import java.util.ArrayList;
import java.util.List;

/** A minimal RFC 4180 reader (quotes, doubled quotes, line breaks inside quotes, a UTF-8 BOM as Excel writes it). */
final class CsvRecords {
    /** One record and the 1-based line it starts on. */
    record Line(int number, List<String> fields) {}

    private CsvRecords() {}

    static List<Line> parse(String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(lines, start, fields);
                fields = new ArrayList<>();
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        addUnlessBlank(lines, start, fields);
        return lines;
    }

    private static void addUnlessBlank(List<Line> lines, int number, List<String> fields) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) lines.add(new Line(number, List.copyOf(fields)));
    }
}
