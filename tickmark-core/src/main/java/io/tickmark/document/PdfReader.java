package io.tickmark.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PDF's text layer with PDFBox into pages of positioned lines and words. Glyphs are
 * grouped by baseline and split into words at spaces and visible gaps; PDFBox's own line
 * sorting and text writing are skipped, so this costs no more than a plain text extraction.
 */
public final class PdfReader implements DocumentReader {

    @Override
    public Document read(Path file) throws IOException {
        byte[] bytes = readBytes(file);
        if (!looksLikePdf(bytes)) {
            throw new UnreadableDocumentException(file, "not a PDF (no %PDF header)");
        }
        String sha = Hashes.sha256(bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<Page> pages = new PageCollector().collect(pdf);
            if (pages.stream().allMatch(p -> p.lines().isEmpty())) {
                throw new UnreadableDocumentException(file,
                        "has no text layer (a scanned PDF?); OCR it first, Tickmark reads text, it does not guess");
            }
            return new Document(file.getFileName().toString(), sha, DocumentFormat.PDF, pages);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(file, "is encrypted with a password", e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(file, "is a corrupt or truncated PDF (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] readBytes(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(file, "no such file", e);
        }
    }

    static boolean looksLikePdf(byte[] bytes) {
        int limit = Math.min(bytes.length - 4, 1024);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F') return true;
        }
        return false;
    }

    /** Collects glyph positions page by page and groups them into lines and words. */
    private static final class PageCollector extends PDFTextStripper {
        private final List<Page> pages = new ArrayList<>();

        PageCollector() throws IOException {
            setSortByPosition(false);
        }

        List<Page> collect(PDDocument pdf) throws IOException {
            setStartPage(1);
            setEndPage(pdf.getNumberOfPages());
            writeText(pdf, Writer.NULL);
            return pages;
        }

        @Override
        protected void writePage() {
            List<TextPosition> glyphs = new ArrayList<>();
            for (List<TextPosition> article : charactersByArticle) glyphs.addAll(article);
            var box = getCurrentPage().getCropBox();
            boolean rotated = getCurrentPage().getRotation() % 180 != 0;
            float width = rotated ? box.getHeight() : box.getWidth();
            float height = rotated ? box.getWidth() : box.getHeight();
            pages.add(new Page(getCurrentPageNo(), width, height, LineBuilder.lines(glyphs)));
        }
    }

    /** A writer that drops everything: the stripper's own text output is not needed. */
    private static final class Writer extends java.io.Writer {
        static final Writer NULL = new Writer();

        @Override
        public void write(char[] cbuf, int off, int len) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Groups glyphs into lines by baseline and lines into words by gaps. */
    static final class LineBuilder {
        private LineBuilder() {
        }

        static List<TextLine> lines(List<TextPosition> glyphs) {
            List<TextPosition> sorted = new ArrayList<>(glyphs.size());
            for (TextPosition g : glyphs) {
                if (g.getUnicode() != null && !g.getUnicode().isEmpty()) sorted.add(g);
            }
            sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
            List<List<TextPosition>> rows = new ArrayList<>();
            List<TextPosition> current = new ArrayList<>();
            float baseline = Float.NaN;
            for (TextPosition g : sorted) {
                float y = g.getYDirAdj();
                if (!current.isEmpty() && y - baseline > Math.max(1f, 0.15f * fontSize(g))) {
                    mergeOrAdd(rows, current);
                    current = new ArrayList<>();
                }
                if (current.isEmpty()) baseline = y;
                current.add(g);
            }
            mergeOrAdd(rows, current);
            List<TextLine> lines = new ArrayList<>();
            for (List<TextPosition> row : rows) addLine(lines, row);
            return lines;
        }

        /**
         * Adds a run of glyphs sharing a baseline as a new row, or joins it to the previous row when the two
         * sit less than half a font size apart and do not overlap horizontally: a label and its numbers
         * printed a point or two apart belong to one line, two tightly set lines of text do not.
         */
        private static void mergeOrAdd(List<List<TextPosition>> rows, List<TextPosition> run) {
            if (run.isEmpty()) return;
            if (!rows.isEmpty()) {
                List<TextPosition> prev = rows.get(rows.size() - 1);
                float dy = run.get(0).getYDirAdj() - prev.get(0).getYDirAdj();
                if (dy < 0.5f * fontSize(run.get(0)) && !overlaps(prev, run)) {
                    prev.addAll(run);
                    return;
                }
            }
            rows.add(run);
        }

        private static boolean overlaps(List<TextPosition> a, List<TextPosition> b) {
            for (TextPosition x : b) {
                if (isSpace(x.getUnicode())) continue;
                float x0 = x.getXDirAdj() + 0.5f;
                float x1 = x.getXDirAdj() + x.getWidthDirAdj() - 0.5f;
                for (TextPosition y : a) {
                    if (isSpace(y.getUnicode())) continue;
                    if (x0 < y.getXDirAdj() + y.getWidthDirAdj() && y.getXDirAdj() < x1) return true;
                }
            }
            return false;
        }

        private static void addLine(List<TextLine> lines, List<TextPosition> glyphs) {
            if (glyphs.isEmpty()) return;
            glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            List<Word> words = words(glyphs);
            if (words.isEmpty()) return;
            float top = Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (Word w : words) {
                top = Math.min(top, w.top());
                bottom = Math.max(bottom, w.bottom());
            }
            lines.add(new TextLine(lines.size(), top, bottom, words));
        }

        private static List<Word> words(List<TextPosition> glyphs) {
            Map<Style, Float> tracking = tracking(glyphs);
            List<Word> words = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            TextPosition first = null;
            TextPosition last = null;
            boolean bold = false;
            for (int i = 0; i < glyphs.size(); i++) {
                TextPosition g = glyphs.get(i);
                String u = g.getUnicode();
                boolean space = isSpace(u);
                if (space && text.length() > 0) {
                    TextPosition next = nextLetter(glyphs, i);
                    if (next != null) {
                        float across = next.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                        // a space with no room of its own between the letters around it is not printed as one: a
                        // second layer of spaces over a letter-spaced heading, or a space of the line below drawn
                        // a few points lower at the same x. Only the visible gap decides there. The room is judged
                        // against the space glyph's own printed width too, as the font size operand can be wrong
                        // by a factor where a producer scales the whole page.
                        float room = across - (tracking.isEmpty() ? 0f : tracking.getOrDefault(style(next), 0f));
                        if (room <= Math.min(0.08f * fontSize(next), 0.25f * g.getWidthDirAdj())) continue;
                        // fake small capitals: some producers print the big initial, a space at its size, then the
                        // smaller rest ("R ESORTS"); the space belongs to the faking, not to the text
                        if (i + 1 < glyphs.size() && glyphs.get(i + 1) == next && smallCaps(text, last, next, across)) continue;
                    }
                }
                float advance = last == null ? 0 : g.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                float spacing = last == null || tracking.isEmpty() ? 0 : tracking.getOrDefault(style(g), 0f);
                boolean gap = last != null && advance - spacing > 0.15f * fontSize(g) && !kerned(text, u, advance, fontSize(g))
                        && !smallCaps(text, last, g, advance);
                if ((space || gap) && first != null) {
                    words.add(word(text, first, last, bold));
                    text.setLength(0);
                    first = null;
                    bold = false;
                }
                if (space) {
                    last = g;
                    continue;
                }
                if (first == null) first = g;
                text.append(u);
                bold |= isBold(g);
                last = g;
            }
            if (first != null) words.add(word(text, first, last, bold));
            return words;
        }

        private static TextPosition nextLetter(List<TextPosition> glyphs, int from) {
            for (int j = from + 1; j < glyphs.size(); j++) {
                if (!isSpace(glyphs.get(j).getUnicode())) return glyphs.get(j);
            }
            return null;
        }

        /**
         * The letter spacing of each style (font and size) on a line. A heading set with tracking ("B A L A N C E")
         * has every letter the same distance from the next; its word space is that distance plus a space's width,
         * so gaps are measured beyond the tracking. Only gaps between two letters count (figures in table columns
         * are apart by design), and a style has tracking only when most of its letter gaps agree on one positive
         * value: in text set without tracking the typical gap is about zero and nothing changes.
         */
        private static Map<Style, Float> tracking(List<TextPosition> glyphs) {
            // most lines are set without tracking: no two letters of one style stand apart, and nothing is to measure
            if (!letterGaps(glyphs, null)) return Map.of();
            Map<Style, List<Float>> gaps = new HashMap<>();
            letterGaps(glyphs, gaps);
            Map<Style, Float> tracking = new HashMap<>();
            gaps.forEach((style, list) -> {
                if (list.size() < 4) return;
                Collections.sort(list);
                float median = list.get(list.size() / 2);
                float size = style.size();
                if (median <= 0.05f * size || median > size) return;
                int agree = 0;
                for (float gap : list) if (Math.abs(gap - median) <= 0.1f * size) agree++;
                if (agree >= 0.6f * list.size()) tracking.put(style, median);
            });
            return tracking;
        }

        /**
         * Visits the gaps between neighbouring letters of one style (spaces stepped over: some producers lay a space
         * between every letter of a spaced heading). With {@code into} null, only says whether any such gap is wider
         * than a twentieth of the font size; otherwise collects every gap by style.
         */
        private static boolean letterGaps(List<TextPosition> glyphs, Map<Style, List<Float>> into) {
            TextPosition prev = null;
            Style prevStyle = null;
            for (TextPosition g : glyphs) {
                if (isSpace(g.getUnicode())) continue;
                if (!isLetter(g)) {
                    prev = null;
                    continue;
                }
                Style style = style(g);
                if (prev != null && style.equals(prevStyle)) {
                    float gap = g.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
                    if (into == null) {
                        if (gap > 0.05f * style.size()) return true;
                    } else {
                        into.computeIfAbsent(style, k -> new ArrayList<>()).add(gap);
                    }
                }
                prev = g;
                prevStyle = style;
            }
            return false;
        }

        private static boolean isLetter(TextPosition g) {
            String u = g.getUnicode();
            return u.length() == 1 && Character.isLetter(u.charAt(0));
        }

        /** A glyph's font (by name) and size in tenths of a point. */
        private record Style(String font, int tenths) {
            float size() {
                return tenths / 10f;
            }
        }

        private static Style style(TextPosition g) {
            var font = g.getFont();
            return new Style(font == null ? "" : font.getName(), Math.round(fontSize(g) * 10));
        }

        /** "T otal": a lone capital kerned away from the lower-case rest of its word is not a word of its own. */
        private static boolean kerned(StringBuilder text, String next, float space, float size) {
            return text.length() == 1 && Character.isUpperCase(text.charAt(0)) && text.charAt(0) != 'A' && text.charAt(0) != 'I'
                    && Character.isLowerCase(next.charAt(0)) && space < 0.5f * size;
        }

        /**
         * "R ESORTS" set in small capitals: a lone full-size capital followed within a space of its size by capitals
         * 50-95% of its size is one word. A real one-letter word before a small-caps word would start that word with
         * a full-size capital too, so the size drop right after a lone capital marks the faking, not a word break.
         */
        private static boolean smallCaps(StringBuilder text, TextPosition last, TextPosition next, float advance) {
            if (text.length() != 1 || !Character.isUpperCase(text.charAt(0))) return false;
            char c = next.getUnicode().charAt(0);
            float big = fontSize(last);
            float small = fontSize(next);
            return Character.isUpperCase(c) && small < 0.95f * big && small > 0.5f * big && advance < 0.35f * big;
        }

        private static Word word(StringBuilder text, TextPosition first, TextPosition last, boolean bold) {
            float size = fontSize(first);
            float bottom = first.getYDirAdj();
            float top = bottom - Math.max(first.getHeightDir(), 0.7f * size);
            float x1 = Math.max(first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj());
            return new Word(text.toString(), first.getXDirAdj(), x1, top, bottom, size, bold);
        }

        private static boolean isSpace(String u) {
            for (int i = 0; i < u.length(); i++) {
                char c = u.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
            }
            return true;
        }

        private static float fontSize(TextPosition g) {
            // Some producers set font size 1 and scale the text matrix, others the reverse: trust only sane sizes.
            float size = g.getFontSizeInPt();
            if (size >= 2f && size <= 48f) return size;
            float scale = g.getYScale();
            if (scale >= 2f && scale <= 48f) return scale;
            return Math.max(g.getHeightDir() / 0.7f, 4f);
        }

        private static boolean isBold(TextPosition g) {
            var font = g.getFont();
            if (font == null) return false;
            String name = font.getName();
            if (name != null && (name.contains("Bold") || name.contains("bold") || name.contains("Black") || name.contains("Heavy"))) return true;
            var descriptor = font.getFontDescriptor();
            return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 700);
        }
    }
}
