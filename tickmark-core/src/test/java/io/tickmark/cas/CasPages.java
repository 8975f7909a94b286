package io.tickmark.cas;

import io.tickmark.document.Document;
import io.tickmark.document.DocumentFormat;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;
import io.tickmark.document.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds Chinese report pages in code, laid out as A-share annual reports print them: a line is its words
 * with their left edges; a CJK character is 10.5 points wide, a digit or punctuation mark 5.5.
 */
public final class CasPages {
    private final List<Page> pages = new ArrayList<>();
    private List<TextLine> lines = new ArrayList<>();

    private boolean started;

    /** Starts a new page (the first call starts page 1). */
    public CasPages page() {
        if (started) pages.add(new Page(pages.size() + 1, 595f, 842f, lines));
        lines = new ArrayList<>();
        started = true;
        return this;
    }

    /** A line of words: alternately text and left edge, e.g. {@code line("货币资金", 80, "1,234.00", 300)}. */
    public CasPages line(Object... textAndX) {
        float top = 40f + lines.size() * 15f;
        List<Word> words = new ArrayList<>();
        for (int i = 0; i + 1 < textAndX.length; i += 2) {
            String text = (String) textAndX[i];
            float x0 = ((Number) textAndX[i + 1]).floatValue();
            words.add(new Word(text, x0, x0 + width(text), top, top + 10f, 10.5f, false));
        }
        lines.add(new TextLine(lines.size(), top, top + 10f, words));
        return this;
    }

    /** The left edge of a text right-aligned at {@code right}. */
    public static float right(String text, float right) {
        return right - width(text);
    }

    static float width(String text) {
        float w = 0;
        for (int i = 0; i < text.length(); i++) w += CasText.isHan(text.charAt(i)) || text.charAt(i) > 0x3000 ? 10.5f : 5.5f;
        return w;
    }

    public Document document(String name) {
        List<Page> all = new ArrayList<>(pages);
        if (started) all.add(new Page(all.size() + 1, 595f, 842f, lines));
        return new Document(name, "0".repeat(64), DocumentFormat.PDF, all);
    }
}
