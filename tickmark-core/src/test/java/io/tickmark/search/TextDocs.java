package io.tickmark.search;

import io.tickmark.document.Document;
import io.tickmark.document.DocumentFormat;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;
import io.tickmark.document.Word;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Small documents made of text lines, one list of lines per page, for search tests. */
final class TextDocs {
    private TextDocs() {
    }

    static Document of(String fileName, List<List<String>> pages) throws Exception {
        List<Page> out = new ArrayList<>();
        StringBuilder all = new StringBuilder(fileName);
        for (List<String> lines : pages) {
            List<TextLine> text = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                List<Word> words = new ArrayList<>();
                float x = 20;
                for (String w : lines.get(i).split(" ")) {
                    words.add(new Word(w, x, x + 6 * w.length(), 20 + 14 * i, 30 + 14 * i, 10, false));
                    x += 6 * w.length() + 4;
                }
                text.add(new TextLine(i, 20 + 14 * i, 30 + 14 * i, words));
                all.append(lines.get(i));
            }
            out.add(new Page(out.size() + 1, 612, 792, text));
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8)));
        return new Document(fileName, sha, DocumentFormat.PDF, out);
    }
}
