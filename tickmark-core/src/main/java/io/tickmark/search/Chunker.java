package io.tickmark.search;

import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a filing into passages that follow the document: each page on its own; on a page, tables (runs of
 * lines with two or more numbers in a row) kept whole with the title lines above them, and paragraphs
 * (split on vertical gaps and on sentence ends at short lines) packed into passages of about
 * {@value #TARGET} to {@value #LIMIT} characters; each passage carries the section heading it falls under.
 */
public final class Chunker {
    /** Changes whenever the passages it makes change, so that an index built by an older chunker is rebuilt (2: list entries of notes with their page are not headings; 3: an item heading printed on two lines is read whole). */
    public static final String VERSION = "3";
    static final int TARGET = 600;
    static final int LIMIT = 1000;
    private static final int TITLE_LINES = 3;
    private static final int TITLE_LENGTH = 100;
    private static final int LABEL_ROW_LENGTH = 100;
    private static final int SMALL = 150;
    private static final Pattern NUMBER = Pattern.compile("^[($€£]*-?\\$?\\(?\\d[\\d,]*(?:\\.\\d+)?\\)?%?\\)?$|^[—–-]+$");
    private static final Pattern CURRENCY = Pattern.compile("^[$€£%)]+$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[a-z0-9%)][.!?])\\s+(?=[A-Z(\"“])");

    /** The passages of a document in reading order. */
    public List<Chunk> chunk(Document doc) {
        Sections sections = new Sections();
        List<Chunk> out = new ArrayList<>();
        for (Page page : doc.pages()) new PageCutter(doc, page, sections, out).cut();
        return out;
    }

    /** Whether a line ends in a run of two or more numbers (a table row or a column header of years). */
    static boolean tableLine(String text) {
        String[] tokens = text.strip().split("\\s+");
        int run = 0;
        for (int i = tokens.length - 1; i >= 0; i--) {
            if (CURRENCY.matcher(tokens[i]).matches()) continue;
            if (!NUMBER.matcher(tokens[i]).matches()) break;
            run++;
        }
        return run >= 2;
    }

    /** Cuts one page, adding its passages to {@code out}. */
    private static final class PageCutter {
        private final Document doc;
        private final Page page;
        private final Sections sections;
        private final List<Chunk> out;
        private final List<TextLine> lines;
        private final boolean[] table;
        private final float lineHeight;
        private final float rightEdge;
        private final StringBuilder paragraphs = new StringBuilder();
        private StringBuilder paragraph = new StringBuilder();
        private String section;

        PageCutter(Document doc, Page page, Sections sections, List<Chunk> out) {
            this.doc = doc;
            this.page = page;
            this.sections = sections;
            this.out = out;
            this.lines = page.lines();
            this.table = tableRows(lines);
            this.lineHeight = medianHeight(lines);
            this.rightEdge = (float) lines.stream().mapToDouble(TextLine::x1).max().orElse(page.width());
            this.section = sections.current();
        }

        void cut() {
            boolean contents = sections.tableOfContents(page);
            int i = 0;
            while (i < lines.size()) {
                if (table[i]) {
                    i = table(i);
                    continue;
                }
                String text = lines.get(i).text();
                if (!contents) {
                    if (sections.read(text)) {
                        endParagraph();
                        flush();
                    }
                    section = sections.current();
                }
                if (i > 0 && breaksBefore(i)) endParagraph();
                appendLine(text);
                i++;
            }
            endParagraph();
            flush();
        }

        /** Emits the table starting at line {@code start} with the title lines above it; returns the line after it. */
        private int table(int start) {
            int titleStart = titleStart(start);
            removeTitleFromParagraph(start - titleStart);
            endParagraph();
            flush();
            int end = start;
            while (end < lines.size() && (table[end] || end > start && labelRow(end))) end++;
            while (end > start + 1 && !table[end - 1]) end--;
            StringBuilder text = new StringBuilder();
            for (int j = titleStart; j < end; j++) text.append(lines.get(j).text()).append('\n');
            emit(Chunk.Kind.TABLE, text.toString().strip());
            return end;
        }

        /** A row with a label and no numbers inside a table ("Cash flows from investing activities:"). */
        private boolean labelRow(int i) {
            if (gapBefore(i) > 2.5f * lineHeight) return false;
            String text = lines.get(i).text();
            if (text.length() > LABEL_ROW_LENGTH) return false;
            for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) if (table[j]) return true;
            return false;
        }

        /** Short lines directly above a table, not ending a sentence, belong to it as its title. */
        private int titleStart(int start) {
            int first = start;
            while (first > 0 && start - first < TITLE_LINES && !table[first - 1]) {
                String text = lines.get(first - 1).text();
                if (text.length() > TITLE_LENGTH || text.endsWith(".") || gapBefore(first) > 2.5f * lineHeight) break;
                first--;
            }
            return first;
        }

        private void removeTitleFromParagraph(int titleLines) {
            for (int k = 0; k < titleLines; k++) {
                int cut = paragraph.lastIndexOf("\n");
                paragraph.setLength(Math.max(cut, 0));
            }
        }

        private boolean breaksBefore(int i) {
            if (gapBefore(i) > 0.7f * lineHeight) return true;
            TextLine previous = lines.get(i - 1);
            String p = previous.text();
            boolean sentenceEnd = p.endsWith(".") || p.endsWith(":") || p.endsWith("?");
            return sentenceEnd && previous.x1() < rightEdge - 0.15f * (rightEdge - previous.x0());
        }

        private float gapBefore(int i) {
            return i == 0 ? 0f : lines.get(i).top() - lines.get(i - 1).bottom();
        }

        private void appendLine(String text) {
            if (paragraph.length() > 0) paragraph.append('\n');
            paragraph.append(text);
        }

        /** Ends the paragraph in progress: packs it with the ones before, emitting when the passage is full. */
        private void endParagraph() {
            String p = paragraph.toString().strip();
            paragraph = new StringBuilder();
            if (p.isEmpty()) return;
            if (paragraphs.length() + p.length() > LIMIT) flush();
            if (p.length() > LIMIT) {
                for (String piece : pieces(p)) emit(Chunk.Kind.TEXT, piece);
                return;
            }
            if (paragraphs.length() > 0) paragraphs.append("\n\n");
            paragraphs.append(p);
            if (paragraphs.length() >= TARGET) flush();
        }

        private void flush() {
            if (paragraphs.length() == 0) return;
            emit(Chunk.Kind.TEXT, paragraphs.toString());
            paragraphs.setLength(0);
        }

        /**
         * Adds a passage; a small one joins the passage before it on the same page and section (a running head
         * before a table, a footnote after it) rather than standing alone.
         */
        private void emit(Chunk.Kind kind, String text) {
            if (text.isBlank()) return;
            Chunk last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean joinable = last != null && last.page() == page.number() && last.section().equals(section);
            if (joinable && text.length() < SMALL) {
                out.set(out.size() - 1, new Chunk(doc.fileName(), doc.sha256(), page.number(), last.ordinal(), last.kind(), section,
                        last.text() + "\n" + text));
            } else if (joinable && last.text().length() < SMALL) {
                Chunk.Kind joined = kind == Chunk.Kind.TABLE || last.kind() == Chunk.Kind.TABLE ? Chunk.Kind.TABLE : Chunk.Kind.TEXT;
                out.set(out.size() - 1, new Chunk(doc.fileName(), doc.sha256(), page.number(), last.ordinal(), joined, section,
                        last.text() + "\n" + text));
            } else {
                out.add(new Chunk(doc.fileName(), doc.sha256(), page.number(), out.size(), kind, section, text));
            }
        }
    }

    /** A long paragraph split at sentence ends into pieces of at most about {@value #LIMIT} characters. */
    static List<String> pieces(String paragraph) {
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String sentence : SENTENCE_END.split(paragraph)) {
            if (piece.length() > 0 && piece.length() + sentence.length() > LIMIT) {
                out.add(piece.toString());
                piece.setLength(0);
            }
            while (sentence.length() > LIMIT) {
                int cut = sentence.lastIndexOf(' ', LIMIT);
                if (cut <= 0) cut = LIMIT;
                if (piece.length() > 0) {
                    out.add(piece.toString());
                    piece.setLength(0);
                }
                out.add(sentence.substring(0, cut));
                sentence = sentence.substring(cut).strip();
            }
            if (piece.length() > 0) piece.append(' ');
            piece.append(sentence);
        }
        if (piece.length() > 0) out.add(piece.toString());
        return out;
    }

    private static boolean[] tableRows(List<TextLine> lines) {
        boolean[] rows = new boolean[lines.size()];
        for (int i = 0; i < rows.length; i++) rows[i] = tableLine(lines.get(i).text());
        return rows;
    }

    private static float medianHeight(List<TextLine> lines) {
        if (lines.isEmpty()) return 10f;
        float[] h = new float[lines.size()];
        for (int i = 0; i < h.length; i++) h[i] = Math.max(1f, lines.get(i).bottom() - lines.get(i).top());
        Arrays.sort(h);
        return h[h.length / 2];
    }
}
