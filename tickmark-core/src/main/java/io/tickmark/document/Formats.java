package io.tickmark.document;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells file formats apart by their first bytes, never by file extension: {@code %PDF}, a zip's {@code PK}
 * (an XLSX workbook), HTML or XHTML (inline XBRL filings are XHTML with the {@code ix} namespace), an XBRL
 * instance ({@code <xbrli:xbrl>} or {@code <xbrl>} root), or CSV text (comma, semicolon or tab separated; any
 * text file named {@code .csv} when nothing else matches).
 */
public final class Formats {
    private static final int SNIFF = 8192;
    private static final Pattern XBRL_ROOT = Pattern.compile("<(?:[a-z0-9_.-]+:)?xbrl[\\s>]");
    private static final Pattern CHARSET = Pattern.compile("(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)");

    private Formats() {
    }

    /** The format of the bytes, or empty when Tickmark reads no such format. */
    public static Optional<DocumentFormat> detect(byte[] bytes) {
        if (bytes.length >= 4 && PdfReader.looksLikePdf(bytes)) return Optional.of(DocumentFormat.PDF);
        if (isZip(bytes)) return isWorkbook(bytes) ? Optional.of(DocumentFormat.XLSX) : Optional.empty();
        if (XlsxReader.isOle2(bytes)) return Optional.of(DocumentFormat.XLSX); // an encrypted or legacy workbook: the reader says which
        if (looksLikeHtml(bytes)) return Optional.of(DocumentFormat.HTML);
        if (ParsedTextReader.looksLikeParsedText(bytes)) return Optional.of(DocumentFormat.PARSED_TEXT);
        String head = head(bytes);
        if (head.startsWith("<") && XBRL_ROOT.matcher(head).find()) return Optional.of(DocumentFormat.XBRL);
        if (isText(head) && CsvReader.looksLikeTable(head)) return Optional.of(DocumentFormat.CSV);
        return Optional.empty();
    }

    /** The format, reading a text file named {@code .csv} as CSV when its content matches no other format. */
    public static Optional<DocumentFormat> detect(Path file, byte[] bytes) {
        Optional<DocumentFormat> format = detect(bytes);
        if (format.isPresent() || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) return format;
        return bytes.length > 0 && isText(head(bytes)) ? Optional.of(DocumentFormat.CSV) : Optional.empty();
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** A zip whose first entries (their names stand uncompressed in the local headers) are an Office workbook's. */
    private static boolean isWorkbook(byte[] bytes) {
        String names = HtmlReader.ascii(bytes, SNIFF);
        return names.contains("xl/") || names.contains("[Content_Types].xml");
    }

    /** The format, or an exception naming the file and what its first bytes look like. */
    public static DocumentFormat require(Path file, byte[] bytes) throws IOException {
        return detect(file, bytes).orElseThrow(() -> new UnreadableDocumentException(file, isZip(bytes)
                ? "a zip archive but not an XLSX workbook (no xl/ parts): no format Tickmark reads"
                : "not a PDF, HTML filing, XBRL instance, XLSX workbook or CSV file: no format Tickmark reads (it starts with '"
                + printable(bytes) + "')"));
    }

    /** HTML or XHTML: the first markup is a doctype, an {@code <html>} root, or an XML prolog followed by one. */
    static boolean looksLikeHtml(byte[] bytes) {
        String head = head(bytes);
        if (!head.startsWith("<")) return false;
        return head.contains("<!doctype html") || head.contains("<html") || head.startsWith("<body") || head.startsWith("<div")
                || head.startsWith("<table") || head.startsWith("<p") || head.startsWith("<head");
    }

    /** XHTML, to be parsed as XML: an XML prolog or the XHTML namespace on the root. */
    static boolean isXhtml(byte[] bytes) {
        String head = head(bytes);
        return head.startsWith("<?xml") || head.contains("xmlns=\"http://www.w3.org/1999/xhtml\"")
                || head.contains("xmlns='http://www.w3.org/1999/xhtml'");
    }

    /** Whether the root declares the inline XBRL namespace. */
    public static boolean hasInlineXbrl(byte[] bytes) {
        return head(bytes).contains("http://www.xbrl.org/2013/inlinexbrl");
    }

    /** The charset the document declares, UTF-8 when it declares none or one the JVM lacks. */
    static Charset charset(byte[] bytes) {
        Matcher m = CHARSET.matcher(HtmlReader.ascii(bytes, 2048));
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The first bytes as lower-case text, a byte-order mark, leading white space and comments skipped. */
    private static String head(byte[] bytes) {
        String s = HtmlReader.ascii(bytes, SNIFF).toLowerCase(Locale.ROOT);
        if (s.startsWith("\u00ef\u00bb\u00bf")) s = s.substring(3);
        s = s.stripLeading();
        while (s.startsWith("<!--")) {
            int end = s.indexOf("-->");
            if (end < 0) return s;
            s = s.substring(end + 3).stripLeading();
        }
        return s;
    }

    private static boolean isText(String head) {
        return !head.isEmpty() && head.chars().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || c >= 0x20 && c < 0x7f || c >= 0x80);
    }

    private static String printable(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 16); i++) {
            int b = bytes[i] & 0xff;
            sb.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return sb.toString();
    }
}
