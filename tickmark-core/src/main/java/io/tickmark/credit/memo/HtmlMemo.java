package io.tickmark.credit.memo;

import io.tickmark.credit.AlignmentNote;
import io.tickmark.credit.AnalystInput;
import io.tickmark.credit.CreditAnalysis;
import io.tickmark.credit.Figure;
import io.tickmark.credit.Rating;
import io.tickmark.credit.RatioCatalog;
import io.tickmark.credit.RatioRow;
import io.tickmark.credit.RedFlag;
import io.tickmark.credit.ScoreComponent;
import io.tickmark.credit.ScoreResult;
import io.tickmark.credit.SpreadRow;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Source;
import io.tickmark.metrics.Evaluation;
import io.tickmark.spread.DocumentInfo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The memo as one self-contained HTML file: no script, no external style or image; charts as inline
 * SVG. Every spread figure links to its document and page (#page=N, which PDF viewers follow when the
 * memo sits beside the reports) and says the line and the text as printed; every ratio and score links
 * to its derivation: formula, ticked inputs, arithmetic.
 */
final class HtmlMemo implements MemoWriter {
    private static final String STYLE = """
            body{font:14px/1.45 -apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
            h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #1f5fa8;padding-bottom:.2em;margin-top:1.8em}h3{margin-bottom:.3em}
            table{border-collapse:collapse;margin:.5em 0 1em;font-size:13px}th,td{padding:3px 8px;border-bottom:1px solid #e3e3e3;vertical-align:top}
            th{background:#f3f6fa;text-align:left}td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}td.na{color:#999;text-align:right}
            tr.sub td{font-weight:bold}.muted{color:#777;font-size:12px}.flag-HIGH{color:#b00020;font-weight:bold}.flag-MEDIUM{color:#b36200}
            .grade{font-size:2em;font-weight:bold;color:#1f5fa8}.charts{display:flex;flex-wrap:wrap;gap:12px}.note{background:#fff8e1;padding:.4em .8em;border-left:3px solid #d9822b;margin:.3em 0}
            a{color:#1f5fa8;text-decoration:none}a:hover{text-decoration:underline}details{margin:.2em 0}code{font-size:12px}
            """;

    @Override
    public void write(CreditAnalysis a, OutputStream out) throws IOException {
        StringBuilder h = new StringBuilder(200_000);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Credit memo: ").append(Html.esc(a.company()))
                .append("</title><style>").append(STYLE).append("</style></head><body>");
        h.append("<h1>Credit memo: ").append(Html.esc(a.company())).append("</h1>");
        h.append("<p class=\"muted\">Fiscal years ").append(a.years().isEmpty() ? "none" : "FY" + a.years().get(0) + " to FY" + a.years().get(a.years().size() - 1))
                .append(" · amounts in ").append(Html.esc(a.currency())).append(" millions · every figure links to its source · written by Tickmark from templates (")
                .append(Html.esc(a.narrative() == null ? "" : a.narrative().author())).append(")</p>");
        documents(h, a);
        narrative(h, a);
        alignment(h, a);
        rating(h, a);
        flags(h, a);
        charts(h, a);
        scores(h, a);
        ratios(h, a);
        spread(h, a);
        derivations(h, a);
        h.append("</body></html>\n");
        out.write(h.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void documents(StringBuilder h, CreditAnalysis a) {
        h.append("<h2>Reports</h2><table><tr><th>report</th><th>form</th><th>period end</th><th>pages</th><th>used</th></tr>");
        for (DocumentInfo d : a.documents()) doc(h, d, "yes");
        for (DocumentInfo d : a.leftOut()) doc(h, d, "left out (see notes)");
        h.append("</table>");
    }

    private static void doc(StringBuilder h, DocumentInfo d, String used) {
        h.append("<tr><td><a href=\"").append(Html.esc(d.fileName())).append("\">").append(Html.esc(d.fileName())).append("</a></td><td>")
                .append(Html.esc(d.documentType())).append("</td><td>").append(d.periodEnd() == null ? "" : d.periodEnd()).append("</td><td class=\"n\">")
                .append(d.pageCount()).append("</td><td>").append(used).append("</td></tr>");
    }

    private static void narrative(StringBuilder h, CreditAnalysis a) {
        h.append("<h2>Summary</h2>");
        if (a.narrative() == null) return;
        for (String p : a.narrative().paragraphs()) h.append("<p>").append(Html.esc(p)).append("</p>");
        for (String n : a.narrative().notes()) h.append("<div class=\"note\">").append(Html.esc(n)).append("</div>");
    }

    private static void alignment(StringBuilder h, CreditAnalysis a) {
        if (a.notes().isEmpty() && a.assumptions().isEmpty() && a.inputs().isEmpty()) return;
        h.append("<h2>How the years were lined up</h2>");
        for (AnalystInput in : a.inputs()) h.append("<div class=\"note\"><b>analyst input:</b> ").append(Html.esc(in.describe(a.currency()))).append("</div>");
        for (AlignmentNote n : a.notes()) h.append("<div class=\"note\"><b>").append(n.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(":</b> ").append(Html.esc(n.text())).append("</div>");
        for (String s : a.assumptions()) h.append("<div class=\"note\"><b>assumption:</b> ").append(Html.esc(s)).append("</div>");
    }

    private static void rating(StringBuilder h, CreditAnalysis a) {
        Rating r = a.rating();
        if (r == null) return;
        h.append("<h2>Risk rating FY").append(r.fiscalYear()).append("</h2>");
        h.append("<p><span class=\"grade\">").append(r.grade() == null ? "no grade" : Html.esc(r.grade())).append("</span> ");
        if (r.score() != null) h.append(CreditAnalysis.points(r.score())).append(" of 5 points · ");
        h.append(Html.esc(r.gradeDescription() == null ? "" : r.gradeDescription())).append(" <span class=\"muted\">").append(Html.esc(r.note()))
                .append(" Scorecard: ").append(Html.esc(r.scorecard())).append("</span></p>");
        h.append("<table><tr><th>factor</th><th>measure</th><th>value</th><th>weight</th><th>points</th><th>contribution</th><th>rule</th></tr>");
        for (Rating.FactorScore f : r.factors()) {
            h.append("<tr><td>").append(Html.esc(f.name())).append("</td><td><code>").append(Html.esc(f.metric())).append("</code></td>");
            figureCell(h, f.figure(), f.metric());
            h.append("<td class=\"n\">").append(String.format(Locale.ROOT, "%.0f", f.weight())).append("</td><td class=\"n\">")
                    .append(f.points() == null ? "n/a" : f.points()).append("</td><td class=\"n\">")
                    .append(f.contribution() == null ? "" : String.format(Locale.ROOT, "%.2f", f.contribution())).append("</td><td class=\"muted\">")
                    .append(Html.esc(f.rule())).append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void flags(StringBuilder h, CreditAnalysis a) {
        h.append("<h2>Red flags</h2>");
        if (a.flags().isEmpty()) {
            h.append("<p>None raised.</p>");
            return;
        }
        h.append("<ul>");
        for (RedFlag f : a.flags()) {
            h.append("<li class=\"flag-").append(f.severity()).append("\">").append(Html.esc(f.text()));
            if (!f.sources().isEmpty()) h.append(" <span class=\"muted\">[").append(Html.esc(String.join("; ", f.sources()))).append("]</span>");
            h.append("</li>");
        }
        h.append("</ul>");
    }

    private static void charts(StringBuilder h, CreditAnalysis a) {
        if (a.years().isEmpty()) return;
        h.append("<h2>Trends</h2><div class=\"charts\">");
        for (Memo.Chart c : Memo.charts(a)) h.append(SvgChart.render(c, a.years()));
        h.append("</div><p class=\"muted\">Points are the figures of the tables below, each with its source; a gap is a year where the figure is n/a.</p>");
    }

    private static void scores(StringBuilder h, CreditAnalysis a) {
        if (a.years().isEmpty()) return;
        h.append("<h2>Scores</h2><table><tr><th>score</th>");
        for (int y : a.years()) h.append("<th>FY").append(y).append("</th>");
        h.append("<th>zone (latest)</th></tr>");
        int last = a.latestYear().orElseThrow();
        for (ScoreResult s : a.scores(last)) {
            h.append("<tr><td>").append(Html.esc(s.name())).append("</td>");
            for (int y : a.years()) {
                ScoreResult sy = a.scores(y).stream().filter(x -> x.id().equals(s.id())).findFirst().orElse(null);
                if (sy == null || !sy.available()) {
                    h.append("<td class=\"na\" title=\"").append(Html.esc(sy == null ? "" : sy.naBecause())).append("\"><a href=\"#s-").append(s.id()).append('-').append(y).append("\">n/a</a></td>");
                } else {
                    h.append("<td class=\"n\"><a href=\"#s-").append(s.id()).append('-').append(y).append("\">").append(Html.esc(sy.shown())).append("</a></td>");
                }
            }
            h.append("<td>").append(Html.esc(s.zone() == null ? "" : s.zone())).append("</td></tr>");
        }
        h.append("</table>");
        for (ScoreResult s : a.scores(last)) {
            h.append("<p class=\"muted\"><b>").append(Html.esc(s.name())).append("</b>: <code>").append(Html.esc(s.formula())).append("</code>. ")
                    .append(Html.esc(s.citation())).append(". ").append(Html.esc(s.applicability())).append("</p>");
        }
    }

    private static void ratios(StringBuilder h, CreditAnalysis a) {
        if (a.years().isEmpty()) return;
        h.append("<h2>Ratio pack</h2>");
        for (String family : RatioCatalog.FAMILIES) {
            List<RatioRow> rows = a.ratios().stream().filter(r -> r.ratio().family().equals(family)).toList();
            if (rows.isEmpty()) continue;
            h.append("<h3>").append(Memo.familyTitle(family)).append("</h3><table><tr><th>ratio</th>");
            for (int y : a.years()) h.append("<th>FY").append(y).append("</th>");
            h.append("<th>formula</th></tr>");
            for (RatioRow r : rows) {
                h.append("<tr><td title=\"").append(Html.esc(r.ratio().description())).append("\">").append(Html.esc(r.ratio().name())).append("</td>");
                for (Figure f : r.figures()) figureCell(h, f, r.ratio().id());
                h.append("<td class=\"muted\"><code>").append(Html.esc(r.ratio().formula().text())).append("</code></td></tr>");
            }
            h.append("</table>");
        }
        List<RatioRow> others = a.ratios().stream().filter(r -> !RatioCatalog.FAMILIES.contains(r.ratio().family())).toList();
        if (!others.isEmpty()) {
            h.append("<h3>Other</h3><table>");
            for (RatioRow r : others) {
                h.append("<tr><td>").append(Html.esc(r.ratio().name())).append("</td>");
                for (Figure f : r.figures()) figureCell(h, f, r.ratio().id());
                h.append("</tr>");
            }
            h.append("</table>");
        }
    }

    private static void figureCell(StringBuilder h, Figure f, String id) {
        String anchor = "#r-" + id + "-" + f.fiscalYear();
        if (!f.available()) {
            h.append("<td class=\"na\" title=\"").append(Html.esc(f.naBecause())).append("\"><a href=\"").append(anchor).append("\">n/a</a></td>");
            return;
        }
        String title = f.formula() + (f.sources().isEmpty() ? "" : " · " + String.join("; ", f.sources()));
        h.append("<td class=\"n\" title=\"").append(Html.esc(title)).append("\"><a href=\"").append(anchor).append("\">").append(Html.esc(f.shown())).append("</a>")
                .append(f.cautions().isEmpty() ? "" : " ⚠").append("</td>");
    }

    private static void spread(StringBuilder h, CreditAnalysis a) {
        if (a.years().isEmpty()) return;
        h.append("<h2>Spread</h2><p class=\"muted\">In ").append(Html.esc(a.currency()))
                .append(" millions; % is of revenue (income and cash flow) or of total assets (balance sheet); YoY is the change on the year before. Hover a figure for its line and printed text; click to open the report at its page.</p>");
        String statement = null;
        for (SpreadRow r : a.spread()) {
            if (!r.statement().equals(statement)) {
                if (statement != null) h.append("</table>");
                statement = r.statement();
                h.append("<h3>").append(Html.esc(Memo.statementTitle(statement))).append("</h3><table><tr><th>line</th>");
                for (int y : a.years()) h.append("<th>FY").append(y).append("</th>");
                for (int y : a.years()) h.append("<th>%</th>");
                for (int i = 1; i < a.years().size(); i++) h.append("<th>YoY FY").append(a.years().get(i)).append("</th>");
                h.append("</tr>");
            }
            h.append(r.subtotal() ? "<tr class=\"sub\">" : "<tr>").append("<td>").append(Html.esc(r.label())).append("</td>");
            for (Fact f : r.values()) {
                if (f == null) {
                    h.append("<td class=\"na\">-</td>");
                    continue;
                }
                Source s = f.source();
                h.append("<td class=\"n\"><a href=\"").append(Html.esc(s.document())).append("#page=").append(s.page()).append("\" title=\"")
                        .append(Html.esc(Memo.cite(s) + ": '" + nz(s.rawLabel()) + "' " + nz(s.rawValue()))).append("\">").append(Memo.money(f.value())).append("</a></td>");
            }
            for (Double d : r.commonSize()) h.append("<td class=\"n muted\">").append(Memo.percent(d)).append("</td>");
            for (int i = 1; i < r.yoy().size(); i++) h.append("<td class=\"n muted\">").append(Memo.percent(r.yoy().get(i))).append("</td>");
            h.append("</tr>");
        }
        if (statement != null) h.append("</table>");
    }

    private static void derivations(StringBuilder h, CreditAnalysis a) {
        if (a.years().isEmpty()) return;
        h.append("<h2>Derivations</h2><p class=\"muted\">Each ratio and score with its formula, ticked inputs and arithmetic, or why it is n/a.</p>");
        for (RatioRow r : a.ratios()) {
            for (Figure f : r.figures()) derivation(h, "r-" + r.ratio().id() + "-" + f.fiscalYear(), r.ratio().name() + " FY" + f.fiscalYear(), f);
        }
        for (ScoreResult s : a.scores()) {
            h.append("<details id=\"s-").append(s.id()).append('-').append(s.fiscalYear()).append("\"><summary>").append(Html.esc(s.name())).append(" FY")
                    .append(s.fiscalYear()).append(": ").append(Html.esc(s.available() ? s.shown() + ", " + s.zone() : s.naBecause())).append("</summary><p><code>")
                    .append(Html.esc(s.formula())).append("</code></p><ul>");
            for (ScoreComponent c : s.components()) {
                h.append("<li>").append(Html.esc(c.name())).append(" (").append(Html.esc(c.meaning())).append(")")
                        .append(c.coefficient() == null ? " test " + Html.esc(c.test()) : " × " + c.coefficient().toPlainString()).append(": ")
                        .append(Html.esc(c.figure().available() ? c.figure().shown() : c.figure().naBecause()))
                        .append(c.signal() == null ? "" : " → " + c.signal()).append(steps(c.figure().evaluation())).append("</li>");
            }
            h.append("</ul></details>");
        }
    }

    private static void derivation(StringBuilder h, String id, String title, Figure f) {
        h.append("<details id=\"").append(id).append("\"><summary>").append(Html.esc(title)).append(": ")
                .append(Html.esc(f.available() ? f.shown() : f.naBecause())).append("</summary><p><code>").append(Html.esc(f.formula())).append("</code></p>")
                .append(steps(f.evaluation()));
        for (String c : f.cautions()) h.append("<div class=\"note\">").append(Html.esc(c)).append("</div>");
        h.append("</details>");
    }

    private static String steps(Evaluation e) {
        if (e == null || e.steps().isEmpty()) return "";
        StringBuilder s = new StringBuilder("<ol class=\"muted\">");
        for (String step : e.steps()) s.append("<li><code>").append(Html.esc(step)).append("</code></li>");
        for (Evaluation.Input i : e.inputs()) {
            Source src = i.fact().source();
            s.append("<li>").append(Html.esc(i.concept())).append(" FY").append(i.fiscalYear()).append(": <a href=\"").append(Html.esc(src.document()))
                    .append("#page=").append(src.page()).append("\">").append(Html.esc(Memo.cite(src))).append("</a> '").append(Html.esc(nz(src.rawLabel())))
                    .append("' ").append(Html.esc(nz(src.rawValue()))).append("</li>");
        }
        return s.append("</ol>").toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
