package io.tickmark.eval;

import io.tickmark.document.Document;
import io.tickmark.document.HtmlLayout;
import io.tickmark.document.HtmlReader;
import io.tickmark.spread.Spread;
import io.tickmark.spread.Spreader;
import io.tickmark.taxonomy.Taxonomy;
import io.tickmark.xbrl.InlineFact;
import io.tickmark.xbrl.InlineFiling;
import io.tickmark.xbrl.InlineXbrl;

import org.jsoup.nodes.Element;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The spreading evaluation over HTML filings with inline XBRL, each {@code X.html} beside its {@code X.facts.csv}
 * truth: (a) the inline XBRL path, the share of the truth's face-statement facts read with the right concept,
 * period and value; (b) the HTML table path, spreading a copy with every {@code ix:} tag stripped (in memory)
 * and scoring it as the PDF evaluation does; and the time to read the HTML against jsoup's own parse time.
 */
public final class HtmlSpreadingEval {
    static final String HTML_SUFFIX = ".html";

    private HtmlSpreadingEval() {
    }

    /** Whether the folder holds HTML filings with facts CSV truth beside them. */
    public static boolean applies(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) return false;
        return !pairs(dataDir).isEmpty();
    }

    /**
     * Evaluates every {@code X.html} of the folder that has an {@code X.facts.csv}.
     *
     * @throws NoSuchFileException when the folder holds no such pair
     */
    public static HtmlEvalReport run(Path dataDir, Consumer<String> progress) throws IOException {
        List<Path> htmls = pairs(dataDir);
        if (htmls.isEmpty()) throw new NoSuchFileException(dataDir.toString(), null, "no X.html with an X.facts.csv beside it");
        Taxonomy taxonomy = Taxonomy.standard();
        SpreadScorer scorer = new SpreadScorer(taxonomy);
        Spreader spreader = new Spreader(taxonomy);
        List<DocumentScore> table = new ArrayList<>();
        List<IxbrlScore> tagged = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path html : htmls) {
            String name = html.getFileName().toString();
            String document = name.substring(0, name.length() - HTML_SUFFIX.length());
            XbrlTruth truth;
            try {
                truth = XbrlTruth.load(html.resolveSibling(document + SpreadingEval.TRUTH_SUFFIX));
            } catch (IOException | RuntimeException e) {
                skipped.add(name + ": truth unreadable: " + Spreading.describe(e));
                progress.accept("skipping " + skipped.get(skipped.size() - 1));
                continue;
            }
            progress.accept("reading " + name + " (" + (table.size() + skipped.size() + 1) + "/" + htmls.size() + ")");
            evaluate(document, html, truth, spreader, scorer, table, tagged);
            progress.accept(summary(table.get(table.size() - 1), tagged.get(tagged.size() - 1)));
        }
        return new HtmlEvalReport(new SpreadingEvalReport(table, skipped), tagged);
    }

    private static void evaluate(String document, Path html, XbrlTruth truth, Spreader spreader, SpreadScorer scorer,
                                 List<DocumentScore> table, List<IxbrlScore> tagged) {
        long start = System.nanoTime();
        byte[] bytes;
        try {
            bytes = HtmlReader.readAllBytes(html);
        } catch (IOException e) {
            table.add(scorer.failed(document, Spreading.describe(e), truth, 0));
            tagged.add(new IxbrlScore(document, Spreading.describe(e), 0, truth.faceFacts().size(), 0, 0, 0, 0, 0));
            return;
        }
        tagged.add(inline(document, html, bytes, truth, spreader, scorer));
        start = System.nanoTime();
        try {
            Document strippedDocument = stripped(html, bytes);
            Spread spread = spreader.spread(strippedDocument);
            table.add(scorer.score(document, spread, strippedDocument, truth, SpreadingEval.elapsedMillis(start)));
        } catch (IOException | RuntimeException e) {
            table.add(scorer.failed(document, Spreading.describe(e), truth, SpreadingEval.elapsedMillis(start)));
        }
    }

    /** The inline XBRL path: facts read against the truth, and a spread that prefers the tags. */
    private static IxbrlScore inline(String document, Path html, byte[] bytes, XbrlTruth truth, Spreader spreader, SpreadScorer scorer) {
        int total = truth.faceFacts().size();
        long parse = System.nanoTime();
        try {
            HtmlReader.parse(bytes, html);
            parse = System.nanoTime() - parse;
            long read = System.nanoTime();
            InlineFiling filing = InlineXbrl.read(html, bytes);
            read = System.nanoTime() - read;
            DocumentScore withTags = scorer.score(document, spreader.spread(filing.document(), filing.facts()), filing.document(), truth, 0);
            return new IxbrlScore(document, null, correct(filing.facts(), truth), total, withTags.coreCorrect(), withTags.coreTotal(),
                    filing.document().pages().size(), parse, read);
        } catch (IOException | RuntimeException e) {
            return new IxbrlScore(document, Spreading.describe(e), 0, total, 0, 0, 0, 0, 0);
        }
    }

    /** The truth's face facts that a face fact read from the tags matches in concept, period and value. */
    static int correct(List<InlineFact> facts, XbrlTruth truth) {
        Map<String, List<InlineFact>> byConcept = new HashMap<>();
        for (InlineFact f : facts) if (f.faceStatement()) byConcept.computeIfAbsent(f.concept(), k -> new ArrayList<>()).add(f);
        int correct = 0;
        for (XbrlFact t : truth.faceFacts()) {
            boolean found = byConcept.getOrDefault(t.concept(), List.of()).stream()
                    .anyMatch(f -> f.period().equals(t.period()) && same(f.value(), t.value()));
            if (found) correct++;
        }
        return correct;
    }

    /**
     * Equal values; the truth CSV was written through binary floating point, so 2.6% reads 0.026000000000000002
     * there: a relative difference below one part in a billion is the same value.
     */
    static boolean same(BigDecimal ours, BigDecimal truth) {
        if (ours.compareTo(truth) == 0) return true;
        BigDecimal scale = ours.abs().max(truth.abs());
        return ours.subtract(truth).abs().compareTo(scale.multiply(new BigDecimal("1e-9"))) <= 0;
    }

    /** The filing laid out with every ix: element unwrapped (its text kept) and the hidden ix:header removed. */
    static Document stripped(Path html, byte[] bytes) throws IOException {
        org.jsoup.nodes.Document dom = HtmlReader.parse(bytes, html);
        List<Element> tags = new ArrayList<>();
        for (Element e : dom.getAllElements()) if (e.normalName().startsWith("ix:")) tags.add(e);
        for (Element e : tags) {
            if (e.normalName().equals("ix:header")) e.remove();
        }
        for (Element e : tags) {
            if (e.parent() != null && !e.normalName().equals("ix:header")) e.unwrap();
        }
        return HtmlReader.layout(html, bytes, dom, HtmlLayout.of(dom));
    }

    private static List<Path> pairs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(HTML_SUFFIX))
                    .filter(f -> Files.isRegularFile(f.resolveSibling(base(f) + SpreadingEval.TRUTH_SUFFIX)))
                    .sorted().toList();
        }
    }

    private static String base(Path html) {
        String name = html.getFileName().toString();
        return name.substring(0, name.length() - HTML_SUFFIX.length());
    }

    private static String summary(DocumentScore s, IxbrlScore x) {
        return String.format(Locale.ROOT, "%s: inline XBRL %d/%d%s; tables %s core %d/%d, precision %s, recall %s; read %.2f x jsoup parse",
                s.document(), x.correct(), x.truth(), x.failure() == null ? "" : " FAILED (" + x.failure() + ")",
                s.failed() ? "FAILED (" + s.failure() + ")," : SpreadingEvalReport.statements(s.statements()) + ",",
                s.coreCorrect(), s.coreTotal(), Ratios.format(s.precision()), Ratios.format(s.recall()),
                x.parseNanos() == 0 ? Double.NaN : (double) x.readNanos() / x.parseNanos());
    }
}
