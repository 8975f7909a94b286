package io.tickmark.eval;

import java.util.List;

/**
 * The timed rounds of one file: seconds for plain PDFBox text extraction and for a Tickmark spread in
 * each round, its page count, and why it failed ({@code null} unless reading or spreading threw).
 */
public record FileTiming(String file, int pages, List<Double> pdfboxSeconds, List<Double> tickmarkSeconds, String failure) {
    public FileTiming {
        if (file == null || file.isBlank()) throw new IllegalArgumentException("file timing has no file name");
        if (pages < 0) throw new IllegalArgumentException("file " + file + " has " + pages + " pages; a count cannot be negative");
        pdfboxSeconds = List.copyOf(pdfboxSeconds);
        tickmarkSeconds = List.copyOf(tickmarkSeconds);
    }

    public boolean failed() {
        return failure != null;
    }

    public double pdfboxMedian() {
        return Ratios.median(pdfboxSeconds.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public double tickmarkMedian() {
        return Ratios.median(tickmarkSeconds.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** How many times longer Tickmark takes than PDFBox text extraction on this file (median rounds). */
    public double ratio() {
        return tickmarkMedian() / pdfboxMedian();
    }
}
