package io.tickmark.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickmark.check.CheckResult.Status;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Statement coverage over a folder of filings without truth: per file the statements found and the
 * balance-sheet identity; totals for all files and for the 10-K files alone.
 */
public record CoverageReport(List<CoverageRow> rows, List<String> skipped) {
    public CoverageReport {
        rows = List.copyOf(rows);
        skipped = List.copyOf(skipped);
    }

    public int count(Predicate<CoverageRow> which) {
        return (int) rows.stream().filter(which).count();
    }

    public int allThree() {
        return count(CoverageRow::allThree);
    }

    public int bsIdentityPassed() {
        return count(r -> r.bsIdentity() == Status.PASSED);
    }

    public int failed() {
        return count(CoverageRow::failed);
    }

    /** One row per file, then totals for all files and for 10-K files. */
    public String table() {
        StringBuilder out = new StringBuilder();
        String row = "%-44s %-10s %-8s %-8s %8s%n";
        out.append(String.format(Locale.ROOT, row, "file", "type", "found", "bs-id", "time s"));
        for (CoverageRow r : rows) {
            out.append(String.format(Locale.ROOT, row, SpreadingEvalReport.cut(r.file(), 44), r.documentType(),
                    r.failed() ? "FAILED" : SpreadingEvalReport.statements(r.statements()),
                    r.bsIdentity().name().toLowerCase(Locale.ROOT), SpreadingEvalReport.seconds(r.millis())));
        }
        out.append(totals("all files", r -> true)).append(totals("10-K files", CoverageRow::tenK));
        rows.stream().filter(CoverageRow::failed)
                .forEach(r -> out.append("failed: ").append(r.file()).append(": ").append(r.failure()).append(System.lineSeparator()));
        skipped.forEach(s -> out.append("skipped: ").append(s).append(System.lineSeparator()));
        return out.toString();
    }

    private String totals(String name, Predicate<CoverageRow> which) {
        int files = count(which);
        return String.format(Locale.ROOT, "%s: %d, all three statements %d, balance sheet identity passed %d, failed %d%n",
                name, files, count(which.and(CoverageRow::allThree)),
                count(which.and(r -> r.bsIdentity() == Status.PASSED)), count(which.and(CoverageRow::failed)));
    }

    /** One JSON line: {"eval":"coverage","files":..,"all_three":..,"bs_identity_pass":..,"tenk_files":..,...}. */
    public String json() {
        ObjectNode node = Json.object("eval", "coverage");
        node.put("files", rows.size());
        node.put("failed", failed());
        node.put("all_three", allThree());
        node.put("bs_identity_pass", bsIdentityPassed());
        node.put("bs_identity_fail", count(r -> r.bsIdentity() == Status.FAILED));
        Predicate<CoverageRow> tenK = CoverageRow::tenK;
        node.put("tenk_files", count(tenK));
        node.put("tenk_all_three", count(tenK.and(CoverageRow::allThree)));
        node.put("tenk_bs_identity_pass", count(tenK.and(r -> r.bsIdentity() == Status.PASSED)));
        node.put("skipped_files", skipped.size());
        Json.putNumber(node, "seconds", rows.stream().mapToLong(CoverageRow::millis).sum() / 1000d);
        return Json.line(node);
    }
}
