package io.tickmark.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickmark.check.CheckResult.Status;
import io.tickmark.statement.StatementType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spreading accuracy evaluation over a folder of filings with XBRL truth: one score per document,
 * the files left out and why, totals (core accuracy, precision, recall, statements found, balance
 * sheet identity), a fixed-width {@link #table()} for people and a one-line {@link #json()} for machines.
 */
public record SpreadingEvalReport(List<DocumentScore> documents, List<String> skipped) {
    /** How many unmatched numbers {@link #table()} lists for debugging. */
    public static final int EXAMPLES = 20;

    public SpreadingEvalReport {
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
    }

    public int failedDocs() {
        return (int) documents.stream().filter(DocumentScore::failed).count();
    }

    public int coreCorrect() {
        return documents.stream().mapToInt(DocumentScore::coreCorrect).sum();
    }

    public int coreTotal() {
        return documents.stream().mapToInt(DocumentScore::coreTotal).sum();
    }

    /** Over every document, failed ones included (their core facts all count as wrong). */
    public double coreAccuracy() {
        return Ratios.of(coreCorrect(), coreTotal());
    }

    public int printedCoreCorrect() {
        return documents.stream().mapToInt(DocumentScore::printedCoreCorrect).sum();
    }

    public int printedCoreTotal() {
        return documents.stream().mapToInt(DocumentScore::printedCoreTotal).sum();
    }

    /**
     * Core accuracy over the face-statement facts only: the truth pairs whose value is printed on the located
     * statement pages ({@link CoreOutcome#printed()}); {@link #coreAccuracy()} counts every pair.
     */
    public double printedCoreAccuracy() {
        return Ratios.of(printedCoreCorrect(), printedCoreTotal());
    }

    public double precision() {
        return Ratios.of(documents.stream().mapToLong(DocumentScore::factsMatched).sum(),
                documents.stream().mapToLong(DocumentScore::factsTotal).sum());
    }

    public double recall() {
        return Ratios.of(documents.stream().mapToLong(DocumentScore::truthFound).sum(),
                documents.stream().mapToLong(DocumentScore::truthTotal).sum());
    }

    /** Statements found over all documents (at most three per document). */
    public int statementsFound() {
        return documents.stream().mapToInt(d -> d.statements().size()).sum();
    }

    public int bsIdentityPassed() {
        return (int) documents.stream().filter(d -> d.bsIdentity() == Status.PASSED).count();
    }

    public int bsIdentityFailed() {
        return (int) documents.stream().filter(d -> d.bsIdentity() == Status.FAILED).count();
    }

    /** Accuracy per core concept, in taxonomy order, over the documents whose truth has it. */
    public List<ConceptAccuracy> conceptAccuracy() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        documents.stream().flatMap(d -> d.core().stream()).forEach(o -> {
            int[] c = counts.computeIfAbsent(o.concept(), k -> new int[2]);
            if (o.correct()) c[0]++;
            c[1]++;
        });
        List<ConceptAccuracy> result = new ArrayList<>();
        counts.forEach((concept, c) -> result.add(new ConceptAccuracy(concept, c[0], c[1])));
        return result;
    }

    /** The per-document table, totals, per-concept accuracy, failures, skipped files and up to {@link #EXAMPLES} unmatched numbers. */
    public String table() {
        return table(EXAMPLES);
    }

    /** As {@link #table()}, listing up to {@code examples} numbers no truth fact confirms. */
    public String table(int examples) {
        StringBuilder out = new StringBuilder();
        String row = "%-32s %-8s %-8s %14s %6s %6s %8s%n";
        out.append(String.format(Locale.ROOT, row, "document", "found", "bs-id", "core", "prec", "recall", "time s"));
        for (DocumentScore d : documents) {
            out.append(String.format(Locale.ROOT, row, cut(d.document(), 32), d.failed() ? "FAILED" : statements(d.statements()),
                    d.bsIdentity().name().toLowerCase(Locale.ROOT), d.coreCorrect() + "/" + d.coreTotal(),
                    Ratios.format(d.precision()), Ratios.format(d.recall()), seconds(d.millis())));
        }
        out.append(String.format(Locale.ROOT, row, "TOTAL " + documents.size() + " docs, " + failedDocs() + " failed",
                statementsFound() + "/" + 3 * documents.size(), bsIdentityPassed() + " pass",
                coreCorrect() + "/" + coreTotal() + " " + Ratios.format(coreAccuracy()), Ratios.format(precision()),
                Ratios.format(recall()), seconds(documents.stream().mapToLong(DocumentScore::millis).sum())));
        out.append(String.format(Locale.ROOT, "core on the face statements (truth value printed on a located statement page): %d/%d %s"
                        + " (%d truth pairs printed on none)%n", printedCoreCorrect(), printedCoreTotal(),
                Ratios.format(printedCoreAccuracy()), coreTotal() - printedCoreTotal()));
        appendConcepts(out);
        appendCoreMisses(out);
        appendFailures(out);
        appendUnmatched(out, examples);
        return out.toString();
    }

    private void appendConcepts(StringBuilder out) {
        out.append(System.lineSeparator()).append("core concept accuracy").append(System.lineSeparator());
        for (ConceptAccuracy c : conceptAccuracy()) {
            out.append(String.format(Locale.ROOT, "  %-32s %4d/%-4d %s%n", c.concept(), c.correct(), c.total(), Ratios.format(c.accuracy())));
        }
    }

    /** Every core concept the spread missed or got wrong, with the truth's element, so a person can judge each. */
    private void appendCoreMisses(StringBuilder out) {
        List<CoreOutcome> misses = documents.stream().flatMap(d -> d.core().stream()).filter(c -> !c.correct()).toList();
        if (misses.isEmpty()) return;
        out.append(System.lineSeparator()).append("core concepts missed or wrong (").append(misses.size()).append(')')
                .append(System.lineSeparator());
        for (CoreOutcome c : misses) {
            out.append(String.format(Locale.ROOT, "  %-24s %-28s %-18s %18s %18s  %s%s%n", cut(c.document(), 24), cut(c.concept(), 28),
                    c.period(), c.truth().toPlainString(), c.found() == null ? "(none)" : c.found().toPlainString(), c.element(),
                    c.printed() ? "" : "  [not printed on the statement pages]"));
        }
    }

    private void appendFailures(StringBuilder out) {
        documents.stream().filter(DocumentScore::failed)
                .forEach(d -> out.append("failed: ").append(d.document()).append(": ").append(d.failure()).append(System.lineSeparator()));
        skipped.forEach(s -> out.append("skipped: ").append(s).append(System.lineSeparator()));
    }

    private void appendUnmatched(StringBuilder out, int limit) {
        List<UnmatchedNumber> examples = documents.stream().flatMap(d -> d.unmatched().stream()).limit(Math.max(0, limit)).toList();
        if (examples.isEmpty()) return;
        out.append(System.lineSeparator()).append("numbers no truth fact confirms (first ").append(examples.size()).append(')')
                .append(System.lineSeparator());
        for (UnmatchedNumber u : examples) {
            out.append(String.format(Locale.ROOT, "  %-24s p.%-4d %-40s %14s %s%n", cut(u.document(), 24), u.page(),
                    cut(u.label(), 40), u.rawValue(), u.period()));
        }
    }

    /** One JSON line: {"eval":"spreading","docs":..,"failed_docs":..,"core_accuracy":..,...}. */
    public String json() {
        return Json.line(jsonNode());
    }

    /** The fields of {@link #json()}, for reports that add their own. */
    ObjectNode jsonNode() {
        ObjectNode node = Json.object("eval", "spreading");
        node.put("docs", documents.size());
        node.put("failed_docs", failedDocs());
        node.put("skipped_files", skipped.size());
        Json.putNumber(node, "core_accuracy", coreAccuracy());
        node.put("core_correct", coreCorrect());
        node.put("core_total", coreTotal());
        Json.putNumber(node, "face_core_accuracy", printedCoreAccuracy());
        node.put("face_core_correct", printedCoreCorrect());
        node.put("face_core_total", printedCoreTotal());
        Json.putNumber(node, "precision", precision());
        node.put("facts", documents.stream().mapToInt(DocumentScore::factsTotal).sum());
        Json.putNumber(node, "recall", recall());
        node.put("truth_facts", documents.stream().mapToInt(DocumentScore::truthTotal).sum());
        node.put("statements_found", statementsFound());
        node.put("bs_identity_pass", bsIdentityPassed());
        node.put("bs_identity_fail", bsIdentityFailed());
        Json.putNumber(node, "seconds", documents.stream().mapToLong(DocumentScore::millis).sum() / 1000d);
        return node;
    }

    static String statements(java.util.Set<StatementType> found) {
        StringBuilder s = new StringBuilder();
        s.append(found.contains(StatementType.BALANCE_SHEET) ? "BS" : "--");
        s.append(found.contains(StatementType.INCOME_STATEMENT) ? "IS" : "--");
        s.append(found.contains(StatementType.CASH_FLOW) ? "CF" : "--");
        return s.toString();
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000d);
    }

    static String cut(String text, int width) {
        if (text == null) return "";
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
