package io.tickmark.eval;

import io.tickmark.Tickmark;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The speed benchmark: how long a Tickmark spread takes next to the floor of plain PDFBox text
 * extraction of the same file. One untimed warm-up round, then {@code rounds} timed rounds; within a
 * round the two alternate which goes first from file to file and round to round, so neither always
 * runs on a warm cache. Peak heap is the most used heap seen after each timed operation.
 */
public final class SpreadBench {
    private final Spreading spreading;
    private final Consumer<String> progress;
    private long peakHeap;
    private long sink;

    private SpreadBench(Spreading spreading, Consumer<String> progress) {
        this.spreading = spreading;
        this.progress = progress;
    }

    /**
     * Benchmarks {@link Tickmark#spread(Path)} against PDFBox text extraction on the files.
     *
     * @param rounds timed rounds after the warm-up, at least 1
     */
    public static SpreadBenchReport run(List<Path> pdfs, int rounds, Consumer<String> progress) {
        return run(pdfs, rounds, progress, Tickmark::spread);
    }

    static SpreadBenchReport run(List<Path> pdfs, int rounds, Consumer<String> progress, Spreading spreading) {
        if (rounds < 1) throw new IllegalArgumentException("benchmark rounds " + rounds + " must be at least 1");
        if (pdfs.isEmpty()) throw new IllegalArgumentException("the benchmark needs at least one PDF");
        return new SpreadBench(spreading, progress).run(pdfs, rounds);
    }

    private SpreadBenchReport run(List<Path> pdfs, int rounds) {
        List<Timings> timings = pdfs.stream().map(Timings::new).toList();
        progress.accept("warm-up round over " + pdfs.size() + " files");
        round(timings, 0, false);
        for (int r = 1; r <= rounds; r++) {
            progress.accept("round " + r + " of " + rounds);
            round(timings, r, true);
        }
        return new SpreadBenchReport(timings.stream().map(Timings::result).toList(), rounds, peakHeap);
    }

    private void round(List<Timings> timings, int round, boolean record) {
        for (int i = 0; i < timings.size(); i++) {
            Timings t = timings.get(i);
            if ((i + round) % 2 == 0) {
                extract(t, record);
                spread(t, record);
            } else {
                spread(t, record);
                extract(t, record);
            }
        }
    }

    private void extract(Timings t, boolean record) {
        long start = System.nanoTime();
        try (PDDocument document = Loader.loadPDF(t.file.toFile())) {
            sink += new PDFTextStripper().getText(document).length();
            t.pages = document.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            t.fail("PDFBox: " + Spreading.describe(e));
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampleHeap();
        if (record) t.pdfbox.add(seconds);
    }

    private void spread(Timings t, boolean record) {
        long start = System.nanoTime();
        try {
            sink += spreading.spread(t.file).facts().size();
        } catch (IOException | RuntimeException e) {
            t.fail(Spreading.describe(e));
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampleHeap();
        if (record) t.tickmark.add(seconds);
    }

    private void sampleHeap() {
        Runtime runtime = Runtime.getRuntime();
        peakHeap = Math.max(peakHeap, runtime.totalMemory() - runtime.freeMemory());
    }

    /** What one file collects over the rounds. */
    private static final class Timings {
        final Path file;
        final List<Double> pdfbox = new ArrayList<>();
        final List<Double> tickmark = new ArrayList<>();
        int pages;
        String failure;

        Timings(Path file) {
            this.file = file;
        }

        void fail(String why) {
            if (failure == null) failure = why;
        }

        FileTiming result() {
            return new FileTiming(file.getFileName().toString(), pages, pdfbox, tickmark, failure);
        }
    }
}
