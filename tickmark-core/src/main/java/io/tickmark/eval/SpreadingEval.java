package io.tickmark.eval;

import io.tickmark.Tickmark;
import io.tickmark.spread.Spread;
import io.tickmark.taxonomy.Taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The spreading accuracy evaluation: spreads every PDF of a folder that has XBRL truth and measures
 * core accuracy, precision and recall against it ({@link #run}); and, for folders without truth,
 * statement coverage ({@link #coverage}). A document that fails to spread is counted and the run goes on.
 */
public final class SpreadingEval {
    static final String TRUTH_DIR = "xbrl-truth";
    static final String PDF_DIR = "pdfs";
    static final String TRUTH_SUFFIX = ".facts.csv";
    private static final Pattern FORM = Pattern.compile("(10-?K|10-?Q|8-?K|EARNINGS)", Pattern.CASE_INSENSITIVE);

    private SpreadingEval() {
    }

    /**
     * Evaluates every {@code dataDir/xbrl-truth/X.facts.csv} that has a {@code dataDir/pdfs/X.pdf},
     * spreading with {@link Tickmark#spread(Path)} and the standard taxonomy.
     *
     * @param progress receives one line per document as the run goes
     * @throws NoSuchFileException when {@code dataDir} has no xbrl-truth folder
     */
    public static SpreadingEvalReport run(Path dataDir, Consumer<String> progress) throws IOException {
        return run(dataDir, progress, Spreading.STANDARD, Taxonomy.standard());
    }

    static SpreadingEvalReport run(Path dataDir, Consumer<String> progress, Spreading spreading, Taxonomy taxonomy)
            throws IOException {
        Path truthDir = dataDir.resolve(TRUTH_DIR);
        if (!Files.isDirectory(truthDir)) throw new NoSuchFileException(truthDir.toString(), null, "no XBRL truth folder");
        SpreadScorer scorer = new SpreadScorer(taxonomy);
        List<DocumentScore> scores = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Path> truths = list(truthDir, TRUTH_SUFFIX);
        for (Path truthFile : truths) {
            String name = truthFile.getFileName().toString();
            String document = name.substring(0, name.length() - TRUTH_SUFFIX.length());
            Path pdf = dataDir.resolve(PDF_DIR).resolve(document + ".pdf");
            if (!Files.isRegularFile(pdf)) {
                skip(skipped, progress, name + ": no PDF " + pdf.getFileName() + " in " + dataDir.resolve(PDF_DIR));
                continue;
            }
            XbrlTruth truth;
            try {
                truth = XbrlTruth.load(truthFile);
            } catch (IOException | RuntimeException e) {
                skip(skipped, progress, name + ": truth unreadable: " + Spreading.describe(e));
                continue;
            }
            progress.accept("spreading " + pdf.getFileName() + " (" + (scores.size() + skipped.size() + 1) + "/" + truths.size() + ")");
            DocumentScore score = evaluate(document, pdf, truth, spreading, scorer);
            scores.add(score);
            progress.accept(summary(score));
        }
        return new SpreadingEvalReport(scores, skipped);
    }

    /** Scores a spread against the XBRL truth of the same filing with the standard taxonomy. */
    public static DocumentScore score(String document, Spread spread, XbrlTruth truth) {
        return new SpreadScorer(Taxonomy.standard()).score(document, spread, truth, 0);
    }

    private static DocumentScore evaluate(String document, Path pdf, XbrlTruth truth, Spreading spreading, SpreadScorer scorer) {
        long start = System.nanoTime();
        Spreading.Read read;
        try {
            read = spreading.read(pdf);
        } catch (IOException | RuntimeException e) {
            return scorer.failed(document, Spreading.describe(e), truth, elapsedMillis(start));
        }
        return scorer.score(document, read.spread(), read.document(), truth, elapsedMillis(start));
    }

    /**
     * Spreads every PDF of a folder without truth ({@code pdfDir}, or its {@code pdfs} subfolder when it
     * has one) and reports which statements were found and whether the balance sheet balances.
     */
    public static CoverageReport coverage(Path pdfDir, Consumer<String> progress) throws IOException {
        return coverage(pdfDir, progress, Tickmark::spread);
    }

    static CoverageReport coverage(Path pdfDir, Consumer<String> progress, Spreading spreading) throws IOException {
        Path dir = Files.isDirectory(pdfDir.resolve(PDF_DIR)) ? pdfDir.resolve(PDF_DIR) : pdfDir;
        if (!Files.isDirectory(dir)) throw new NoSuchFileException(dir.toString(), null, "no folder of PDFs");
        List<Path> pdfs = list(dir, ".pdf");
        List<CoverageRow> rows = new ArrayList<>();
        for (Path pdf : pdfs) {
            progress.accept("spreading " + pdf.getFileName() + " (" + (rows.size() + 1) + "/" + pdfs.size() + ")");
            CoverageRow row = coverageRow(pdf, spreading);
            rows.add(row);
            progress.accept(row.file() + ": " + (row.failed() ? "FAILED " + row.failure()
                    : SpreadingEvalReport.statements(row.statements()) + ", balance sheet identity " + row.bsIdentity().name().toLowerCase(Locale.ROOT)));
        }
        return new CoverageReport(rows, pdfs.isEmpty() ? List.of("no PDF in " + dir) : List.of());
    }

    private static CoverageRow coverageRow(Path pdf, Spreading spreading) {
        String file = pdf.getFileName().toString();
        long start = System.nanoTime();
        try {
            Spread spread = spreading.spread(pdf);
            String type = spread.document().documentType();
            return new CoverageRow(file, "unknown".equals(type) ? typeFromName(file) : type, SpreadScorer.found(spread),
                    SpreadScorer.bsIdentity(spread.checks()), null, elapsedMillis(start));
        } catch (IOException | RuntimeException e) {
            return new CoverageRow(file, typeFromName(file), java.util.Set.of(), io.tickmark.check.CheckResult.Status.SKIPPED,
                    Spreading.describe(e), elapsedMillis(start));
        }
    }

    /** "10-K", "10-Q", "8-K", "earnings" or "unknown", from a file name like APPLE_2023Q3_10Q.pdf. */
    static String typeFromName(String file) {
        Matcher m = FORM.matcher(file);
        if (!m.find()) return "unknown";
        String form = m.group(1).toUpperCase(Locale.ROOT).replace("-", "");
        return form.equals("EARNINGS") ? "earnings" : form.substring(0, form.length() - 1) + "-" + form.charAt(form.length() - 1);
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix) && Files.isRegularFile(f))
                    .sorted().toList();
        }
    }

    private static void skip(List<String> skipped, Consumer<String> progress, String why) {
        skipped.add(why);
        progress.accept("skipping " + why);
    }

    private static String summary(DocumentScore s) {
        return String.format(Locale.ROOT, "%s: %s core %d/%d, precision %s, recall %s, %.1f s", s.document(),
                s.failed() ? "FAILED (" + s.failure() + ")," : SpreadingEvalReport.statements(s.statements()) + ",",
                s.coreCorrect(), s.coreTotal(), Ratios.format(s.precision()), Ratios.format(s.recall()), s.millis() / 1000d);
    }

    static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
