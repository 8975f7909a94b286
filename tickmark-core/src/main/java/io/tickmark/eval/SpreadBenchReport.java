package io.tickmark.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/**
 * The speed benchmark: per file the median seconds of PDFBox text extraction and of a Tickmark
 * spread; totals, pages per second and the ratio ours/PDFBox over the files that never failed, and
 * the peak heap seen between timed operations.
 */
public record SpreadBenchReport(List<FileTiming> files, int rounds, long peakHeapBytes) {
    public SpreadBenchReport {
        files = List.copyOf(files);
    }

    private List<FileTiming> measured() {
        return files.stream().filter(f -> !f.failed()).toList();
    }

    public int pages() {
        return measured().stream().mapToInt(FileTiming::pages).sum();
    }

    /** Sum over measured files of the median PDFBox seconds. */
    public double pdfboxSeconds() {
        return measured().stream().mapToDouble(FileTiming::pdfboxMedian).sum();
    }

    /** Sum over measured files of the median Tickmark seconds. */
    public double tickmarkSeconds() {
        return measured().stream().mapToDouble(FileTiming::tickmarkMedian).sum();
    }

    /** Total Tickmark time over total PDFBox time; NaN when no file was measured. */
    public double ratio() {
        return measured().isEmpty() ? Double.NaN : tickmarkSeconds() / pdfboxSeconds();
    }

    public double medianFileRatio() {
        return Ratios.median(measured().stream().mapToDouble(FileTiming::ratio).toArray());
    }

    public double pdfboxPagesPerSecond() {
        return measured().isEmpty() ? Double.NaN : pages() / pdfboxSeconds();
    }

    public double tickmarkPagesPerSecond() {
        return measured().isEmpty() ? Double.NaN : pages() / tickmarkSeconds();
    }

    public int failedFiles() {
        return (int) files.stream().filter(FileTiming::failed).count();
    }

    /** One row per file with median seconds and the ratio, then totals. */
    public String table() {
        StringBuilder out = new StringBuilder();
        String row = "%-40s %6s %10s %10s %7s%n";
        out.append(String.format(Locale.ROOT, row, "file", "pages", "pdfbox s", "tickmark s", "ratio"));
        for (FileTiming f : files) {
            out.append(String.format(Locale.ROOT, row, SpreadingEvalReport.cut(f.file(), 40), f.pages(),
                    seconds(f.pdfboxMedian()), f.failed() ? "FAILED" : seconds(f.tickmarkMedian()), f.failed() ? "-" : ratio(f.ratio())));
        }
        out.append(String.format(Locale.ROOT, row, "TOTAL " + measured().size() + " files", pages(), seconds(pdfboxSeconds()),
                seconds(tickmarkSeconds()), ratio(ratio())));
        out.append(String.format(Locale.ROOT, "pages/s: pdfbox %.1f, tickmark %.1f; median file ratio %s; %d rounds after a warm-up; peak heap %d MB%n",
                pdfboxPagesPerSecond(), tickmarkPagesPerSecond(), ratio(medianFileRatio()), rounds, peakHeapBytes >> 20));
        files.stream().filter(FileTiming::failed)
                .forEach(f -> out.append("failed: ").append(f.file()).append(": ").append(f.failure()).append(System.lineSeparator()));
        return out.toString();
    }

    /** One JSON line: {"bench":"spread","files":..,"pages":..,"pdfbox_s":..,"tickmark_s":..,"ratio":..,"median_file_ratio":..}. */
    public String json() {
        ObjectNode node = Json.object("bench", "spread");
        node.put("files", measured().size());
        node.put("failed_files", failedFiles());
        node.put("rounds", rounds);
        node.put("pages", pages());
        Json.putNumber(node, "pdfbox_s", pdfboxSeconds());
        Json.putNumber(node, "tickmark_s", tickmarkSeconds());
        Json.putNumber(node, "pdfbox_pages_per_s", pdfboxPagesPerSecond());
        Json.putNumber(node, "tickmark_pages_per_s", tickmarkPagesPerSecond());
        Json.putNumber(node, "ratio", ratio());
        Json.putNumber(node, "median_file_ratio", medianFileRatio());
        node.put("peak_heap_mb", peakHeapBytes >> 20);
        return Json.line(node);
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "-" : String.format(Locale.ROOT, "%.3f", s);
    }

    private static String ratio(double r) {
        return Double.isNaN(r) || Double.isInfinite(r) ? "-" : String.format(Locale.ROOT, "%.2f", r);
    }
}
