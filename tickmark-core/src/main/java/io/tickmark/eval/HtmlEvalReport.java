package io.tickmark.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/**
 * The HTML spreading evaluation: the table path scored as the PDF evaluation scores ({@link #tables()}),
 * beside the inline XBRL path ({@link #inline()}): facts read right, core accuracy when spreading with the
 * tags, and the read time against jsoup's parse time.
 */
public record HtmlEvalReport(SpreadingEvalReport tables, List<IxbrlScore> inline) {
    public HtmlEvalReport {
        inline = List.copyOf(inline);
    }

    /** Share of the truth's face-statement facts read from the tags with the right concept, period and value. */
    public double ixbrlAccuracy() {
        return Ratios.of(inline.stream().mapToLong(IxbrlScore::correct).sum(), inline.stream().mapToLong(IxbrlScore::truth).sum());
    }

    /** Core-concept accuracy when the spread takes tagged values in preference to the table reading. */
    public double taggedCoreAccuracy() {
        return Ratios.of(inline.stream().mapToLong(IxbrlScore::taggedCoreCorrect).sum(),
                inline.stream().mapToLong(IxbrlScore::taggedCoreTotal).sum());
    }

    /** Time to read the HTML (parse, layout, facts) over jsoup's own parse time of the same files. */
    public double readToParseRatio() {
        long parse = inline.stream().mapToLong(IxbrlScore::parseNanos).sum();
        return parse == 0 ? Double.NaN : (double) inline.stream().mapToLong(IxbrlScore::readNanos).sum() / parse;
    }

    /** Pages laid out per second of read time. */
    public double pagesPerSecond() {
        long nanos = inline.stream().mapToLong(IxbrlScore::readNanos).sum();
        return nanos == 0 ? Double.NaN : inline.stream().mapToLong(IxbrlScore::pages).sum() / (nanos / 1e9);
    }

    public String table() {
        StringBuilder out = new StringBuilder("HTML table path (ix: tags stripped)").append(System.lineSeparator());
        out.append(tables.table());
        out.append(System.lineSeparator()).append("inline XBRL path").append(System.lineSeparator());
        String row = "%-32s %12s %12s %6s %8s%n";
        out.append(String.format(Locale.ROOT, row, "document", "facts", "tagged core", "pages", "read/parse"));
        for (IxbrlScore s : inline) {
            out.append(String.format(Locale.ROOT, row, SpreadingEvalReport.cut(s.document(), 32),
                    s.failure() != null ? "FAILED" : s.correct() + "/" + s.truth(), s.taggedCoreCorrect() + "/" + s.taggedCoreTotal(),
                    s.pages(), s.parseNanos() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) s.readNanos() / s.parseNanos())));
        }
        out.append(String.format(Locale.ROOT, "TOTAL facts %s, tagged core %s, read %.2f x jsoup parse, %.0f pages/s%n",
                Ratios.format(ixbrlAccuracy()), Ratios.format(taggedCoreAccuracy()), readToParseRatio(), pagesPerSecond()));
        inline.stream().filter(s -> s.failure() != null)
                .forEach(s -> out.append("failed (inline): ").append(s.document()).append(": ").append(s.failure()).append(System.lineSeparator()));
        return out.toString();
    }

    /** One JSON line: the table path's fields as in the PDF evaluation, with the inline XBRL figures beside them. */
    public String json() {
        ObjectNode node = tables.jsonNode();
        node.put("format", "html");
        Json.putNumber(node, "ixbrl_accuracy", ixbrlAccuracy());
        node.put("ixbrl_correct", inline.stream().mapToInt(IxbrlScore::correct).sum());
        node.put("ixbrl_total", inline.stream().mapToInt(IxbrlScore::truth).sum());
        Json.putNumber(node, "ixbrl_core_accuracy", taggedCoreAccuracy());
        Json.putNumber(node, "html_read_to_parse_ratio", readToParseRatio());
        Json.putNumber(node, "html_pages_per_second", pagesPerSecond());
        return Json.line(node);
    }
}
