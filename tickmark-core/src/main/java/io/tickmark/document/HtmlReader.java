package io.tickmark.document;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an HTML filing (an EDGAR 10-K or 10-Q, with or without inline XBRL) into pages of lines, laid out
 * by {@link HtmlLayout} so that the statement pipeline written for PDFs reads it as it reads a PDF. jsoup
 * resolves no external entity or DTD, so a hostile document cannot reach the file system or network.
 */
public final class HtmlReader implements DocumentReader {
    /** Largest HTML file read: the biggest EDGAR primary documents are tens of megabytes. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    @Override
    public Document read(Path file) throws IOException {
        byte[] bytes = readAllBytes(file);
        return read(file, bytes);
    }

    /** Reads HTML already in memory; {@code file} names it in the document and in messages. */
    public Document read(Path file, byte[] bytes) throws IOException {
        if (!Formats.looksLikeHtml(bytes)) throw new UnreadableDocumentException(file, "not an HTML document (no <html> or XHTML root)");
        return layout(file, bytes, parse(bytes, file));
    }

    /** Lays out a document already parsed (by {@link #parse}); the bytes give its hash. */
    public static Document layout(Path file, byte[] bytes, org.jsoup.nodes.Document dom) throws UnreadableDocumentException {
        return layout(file, bytes, dom, HtmlLayout.of(dom));
    }

    /** A document of the pages already laid out; the bytes give its hash. */
    public static Document layout(Path file, byte[] bytes, org.jsoup.nodes.Document dom, HtmlLayout layout) throws UnreadableDocumentException {
        if (layout.pages().stream().allMatch(p -> p.lines().isEmpty())) {
            throw new UnreadableDocumentException(file, "HTML document has no visible text");
        }
        return new Document(file.getFileName().toString(), Hashes.sha256(bytes), DocumentFormat.HTML, layout.pages());
    }

    /**
     * Parses HTML bytes with jsoup: XHTML (inline XBRL filings start with {@code <?xml}) with the XML parser so
     * that self-closed elements like {@code <td/>} stay empty, other HTML with the HTML parser.
     */
    public static org.jsoup.nodes.Document parse(byte[] bytes, Path file) throws UnreadableDocumentException {
        String text = new String(bytes, Formats.charset(bytes));
        try {
            Parser parser = Formats.isXhtml(bytes) ? Parser.xmlParser() : Parser.htmlParser();
            return Jsoup.parse(text, "", parser);
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException(file, "HTML could not be parsed (" + e.getMessage() + ")", e);
        }
    }

    /** The file's bytes, refusing files too large to be a filing and naming a missing file. */
    public static byte[] readAllBytes(Path file) throws IOException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableDocumentException(file, "is " + size / (1024 * 1024) + " MB; files over " + MAX_BYTES / (1024 * 1024) + " MB are not read");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(file, "no such file", e);
        }
    }

    static String ascii(byte[] bytes, int limit) {
        return new String(bytes, 0, Math.min(bytes.length, limit), StandardCharsets.ISO_8859_1);
    }
}
