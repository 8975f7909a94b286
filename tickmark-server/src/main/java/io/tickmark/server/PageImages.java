package io.tickmark.server;

import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.document.PdfReader;
import io.tickmark.document.TextLine;
import io.tickmark.document.Word;
import io.tickmark.facts.Box;
import io.tickmark.facts.Source;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The page a fact was read from, rendered by PDFBox as a PNG with the fact's box highlighted. The box is
 * the tick mark's own (the printed value's rectangle, stored since migration V3); for a fact stored before
 * that, the words of the printed value found again on the fact's line, else the whole line. Rendered pages and finished images are cached; at most two
 * pages render at once, so a burst of clicks cannot exhaust memory.
 */
final class PageImages {
    static final float DPI = 110f;
    private static final float SCALE = DPI / 72f;

    private final Semaphore rendering = new Semaphore(2);
    private final Map<String, BufferedImage> pages = lru(8);
    private final Map<String, byte[]> images = lru(128);
    private final Map<String, Document> documents = lru(4);

    /** The PNG of the fact's page with its box drawn. */
    byte[] png(Path pdf, Source source) throws IOException {
        String key = source.sha256() + "/" + source.page() + "/" + source.line() + "/" + source.rawValue() + "/" + source.box();
        byte[] cached = images.get(key);
        if (cached != null) return cached;
        BufferedImage page = page(pdf, source.sha256(), source.page());
        Box box = box(pdf, source);
        return drawn(key, page, g -> {
            if (box == null) return;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int x = Math.round(box.x0() * SCALE) - 3, y = Math.round(box.top() * SCALE) - 3;
            int w = Math.round((box.x1() - box.x0()) * SCALE) + 6, h = Math.round((box.bottom() - box.top()) * SCALE) + 6;
            g.setColor(new Color(255, 221, 0, 90));
            g.fillRect(x, y, w, h);
            g.setColor(new Color(220, 30, 30));
            g.setStroke(new BasicStroke(2.5f));
            g.drawRect(x, y, w, h);
        });
    }

    /**
     * The PNG of a page with the words of a search marked, the way a passage found by evidence search is shown on its
     * page: every word whose letters and digits, lower-cased, are one of {@code terms}.
     */
    byte[] png(Path pdf, String sha, int number, java.util.Set<String> terms) throws IOException {
        String key = sha + "/" + number + "/" + new java.util.TreeSet<>(terms);
        byte[] cached = images.get(key);
        if (cached != null) return cached;
        BufferedImage page = page(pdf, sha, number);
        Document doc = document(pdf, sha);
        return drawn(key, page, g -> {
            g.setColor(new Color(255, 221, 0, 110));
            if (number > doc.pages().size()) return;
            for (TextLine line : doc.pages().get(number - 1).lines()) {
                for (Word w : line.words()) {
                    if (!terms.contains(word(w.text()))) continue;
                    g.fillRect(Math.round(w.x0() * SCALE) - 1, Math.round(w.top() * SCALE) - 1,
                            Math.round((w.x1() - w.x0()) * SCALE) + 2, Math.round((w.bottom() - w.top()) * SCALE) + 2);
                }
            }
        });
    }

    /** The page with the marks drawn over a copy of it, as PNG, kept under {@code key}. */
    private byte[] drawn(String key, BufferedImage page, java.util.function.Consumer<Graphics2D> marks) throws IOException {
        BufferedImage copy = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(page, 0, 0, null);
            marks.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(copy, "png", out);
        byte[] png = out.toByteArray();
        images.put(key, png);
        return png;
    }

    /** A word as compared with search terms: its letters and digits, lower-cased ("Capital," is "capital"). */
    static String word(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private Document document(Path pdf, String sha) throws IOException {
        Document doc = documents.get(sha);
        if (doc == null) {
            rendering.acquireUninterruptibly();
            try {
                doc = new PdfReader().read(pdf);
            } finally {
                rendering.release();
            }
            documents.put(sha, doc);
        }
        return doc;
    }

    private BufferedImage page(Path pdf, String sha, int number) throws IOException {
        String key = sha + "/" + number;
        BufferedImage cached = pages.get(key);
        if (cached != null) return cached;
        rendering.acquireUninterruptibly();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (number < 1 || number > doc.getNumberOfPages()) {
                throw ApiException.notFound("page " + number + " is not in " + pdf.getFileName() + " (" + doc.getNumberOfPages() + " pages)");
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(number - 1, DPI, ImageType.RGB);
            pages.put(key, image);
            return image;
        } finally {
            rendering.release();
        }
    }

    /** The box of the printed value: the source's own box when it has one, else found on the read page. */
    private Box box(Path pdf, Source source) throws IOException {
        if (source.box() != null) return source.box();
        Document doc = document(pdf, source.sha256());
        if (source.page() > doc.pages().size()) return null;
        return locate(doc.pages().get(source.page() - 1), source);
    }

    /** The words of the raw value on the source's line (nearest by top when the index differs), else the line. */
    static Box locate(Page page, Source source) {
        TextLine line = null;
        for (TextLine l : page.lines()) {
            if (l.index() == source.line() && Math.abs(l.top() - source.top()) < 3) line = l;
        }
        if (line == null) {
            for (TextLine l : page.lines()) {
                if (line == null || Math.abs(l.top() - source.top()) < Math.abs(line.top() - source.top())) line = l;
            }
        }
        if (line == null) return null;
        String wanted = digits(source.rawValue());
        if (!wanted.isEmpty()) {
            List<Word> words = line.words();
            for (int i = words.size() - 1; i >= 0; i--) {
                StringBuilder joined = new StringBuilder();
                for (int j = i; j < words.size() && j < i + 4; j++) {
                    joined.append(digits(words.get(j).text()));
                    if (joined.toString().equals(wanted)) {
                        return new Box(words.get(i).x0(), Math.min(words.get(i).top(), words.get(j).top()), words.get(j).x1(),
                                Math.max(words.get(i).bottom(), words.get(j).bottom()));
                    }
                    if (!wanted.startsWith(joined.toString())) break;
                }
            }
        }
        return new Box(line.x0(), line.top(), line.x1(), line.bottom());
    }

    private static String digits(String s) {
        return s == null ? "" : s.replaceAll("[^0-9.]", "");
    }

    private static <V> Map<String, V> lru(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        });
    }
}
