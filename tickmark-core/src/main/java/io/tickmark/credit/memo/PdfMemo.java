package io.tickmark.credit.memo;

import io.tickmark.credit.AlignmentNote;
import io.tickmark.credit.AnalystInput;
import io.tickmark.credit.CreditAnalysis;
import io.tickmark.credit.Figure;
import io.tickmark.credit.Rating;
import io.tickmark.credit.RatioCatalog;
import io.tickmark.credit.RatioRow;
import io.tickmark.credit.RedFlag;
import io.tickmark.credit.ScoreResult;
import io.tickmark.credit.SpreadRow;
import io.tickmark.facts.Fact;
import io.tickmark.spread.DocumentInfo;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The memo as a PDF drawn with PDFBox: summary, rating with each factor's contribution, red flags,
 * line charts, scores, the ratio pack and the spread, each spread figure with the page it was read from
 * and each ratio with the pages of its inputs. Standard fonts only (no CJK).
 */
final class PdfMemo implements MemoWriter {
    private static final float SMALL = 7.5f, BODY = 9.5f;
    private static final Color GREY = new Color(90, 90, 90);

    @Override
    public void write(CreditAnalysis a, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            try (PdfPages p = new PdfPages(doc, "Credit memo: " + a.company() + " - Tickmark")) {
                p.heading("Credit memo: " + a.company(), 16);
                p.paragraph("Fiscal years " + (a.years().isEmpty() ? "none" : "FY" + a.years().get(0) + " to FY" + a.years().get(a.years().size() - 1))
                        + " - amounts in " + a.currency() + " millions - narrative: " + (a.narrative() == null ? "" : a.narrative().author()), SMALL, GREY);
                for (DocumentInfo d : a.documents()) p.paragraph("Report: " + d.fileName() + " (" + d.documentType() + ", period end " + d.periodEnd() + ", " + d.pageCount() + " pages)", SMALL, GREY);
                for (DocumentInfo d : a.leftOut()) p.paragraph("Left out: " + d.fileName() + " (" + d.documentType() + ")", SMALL, GREY);
                p.heading("Summary", 12);
                if (a.narrative() != null) {
                    for (String para : a.narrative().paragraphs()) p.paragraph(para, BODY, Color.BLACK);
                    for (String n : a.narrative().notes()) p.paragraph(n, SMALL, GREY);
                }
                if (!a.notes().isEmpty() || !a.assumptions().isEmpty() || !a.inputs().isEmpty()) {
                    p.heading("How the years were lined up", 11);
                    for (AnalystInput in : a.inputs()) p.paragraph("analyst input: " + in.describe(a.currency()), SMALL, Color.BLACK);
                    for (AlignmentNote n : a.notes()) p.paragraph(n.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + n.text(), SMALL, Color.BLACK);
                    for (String s : a.assumptions()) p.paragraph("assumption: " + s, SMALL, Color.BLACK);
                }
                rating(p, a);
                flags(p, a);
                if (!a.years().isEmpty()) {
                    charts(p, a);
                    scores(p, a);
                    ratios(p, a);
                    spread(p, a);
                }
            }
            doc.save(out);
        }
        out.flush();
    }

    private static void rating(PdfPages p, CreditAnalysis a) throws IOException {
        Rating r = a.rating();
        if (r == null) return;
        p.heading("Risk rating FY" + r.fiscalYear() + ": " + (r.grade() == null ? "no grade" : r.grade())
                + (r.score() == null ? "" : " (" + CreditAnalysis.points(r.score()) + " of 5 points)"), 12);
        p.paragraph((r.gradeDescription() == null ? "" : r.gradeDescription() + " ") + r.note() + " Scorecard: " + r.scorecard(), SMALL, GREY);
        float m = PdfPages.MARGIN;
        float[] xs = {m, m + 95, m + 200, m + 270, m + 305, m + 340, m + 390};
        boolean[] right = {false, false, true, true, true, true, false};
        p.row(xs, right, new String[]{"factor", "measure", "value", "weight", "points", "contrib.", "rule"}, SMALL, true);
        p.rule();
        for (Rating.FactorScore f : r.factors()) {
            p.row(xs, right, new String[]{f.name(), f.metric(), f.figure().shown(), String.format(Locale.ROOT, "%.0f", f.weight()),
                    f.points() == null ? "n/a" : String.valueOf(f.points()), f.contribution() == null ? "" : String.format(Locale.ROOT, "%.2f", f.contribution()),
                    f.figure().available() ? f.rule() : f.figure().naBecause()}, SMALL, false);
        }
    }

    private static void flags(PdfPages p, CreditAnalysis a) throws IOException {
        p.heading("Red flags", 12);
        if (a.flags().isEmpty()) p.paragraph("None raised.", BODY, Color.BLACK);
        for (RedFlag f : a.flags()) {
            Color c = f.severity() == RedFlag.Severity.HIGH ? new Color(176, 0, 32) : f.severity() == RedFlag.Severity.MEDIUM ? new Color(179, 98, 0) : GREY;
            p.paragraph(f.severity() + ": " + f.text() + (f.sources().isEmpty() ? "" : " [" + String.join("; ", f.sources()) + "]"), SMALL + 0.5f, c);
        }
    }

    private static void charts(PdfPages p, CreditAnalysis a) throws IOException {
        p.heading("Trends", 12);
        List<Memo.Chart> charts = Memo.charts(a);
        float w = (p.width() - 20) / 2, h = 150;
        for (int i = 0; i < charts.size(); i += 2) {
            p.ensure(h + 10);
            float top = p.y;
            PdfChart.draw(p, charts.get(i), a.years(), PdfPages.MARGIN, top - h, w, h);
            if (i + 1 < charts.size()) PdfChart.draw(p, charts.get(i + 1), a.years(), PdfPages.MARGIN + w + 20, top - h, w, h);
            p.y = top - h - 10;
        }
    }

    private static float[] yearColumns(int years, float first, float col) {
        float[] xs = new float[years + 2];
        xs[0] = PdfPages.MARGIN;
        for (int i = 0; i <= years; i++) xs[i + 1] = PdfPages.MARGIN + first + i * col;
        return xs;
    }

    private static void scores(PdfPages p, CreditAnalysis a) throws IOException {
        p.heading("Scores", 12);
        int n = a.years().size();
        float[] xs = yearColumns(n, 170, 55);
        boolean[] right = new boolean[n + 2];
        for (int i = 1; i <= n; i++) right[i] = true;
        String[] head = new String[n + 2];
        head[0] = "score";
        for (int i = 0; i < n; i++) head[i + 1] = "FY" + a.years().get(i);
        head[n + 1] = "zone (latest)";
        p.row(xs, right, head, SMALL, true);
        p.rule();
        int last = a.latestYear().orElseThrow();
        for (ScoreResult s : a.scores(last)) {
            String[] cells = new String[n + 2];
            cells[0] = s.name();
            for (int i = 0; i < n; i++) {
                int y = a.years().get(i);
                cells[i + 1] = a.scores(y).stream().filter(q -> q.id().equals(s.id())).findFirst().map(ScoreResult::shown).orElse("");
            }
            cells[n + 1] = s.zone() == null ? "" : s.zone();
            p.row(xs, right, cells, SMALL, false);
        }
        for (ScoreResult s : a.scores(last)) {
            p.paragraph(s.name() + ": " + s.formula() + ". " + s.citation() + ". " + (s.available() ? "" : s.naBecause() + ". ") + s.applicability(), SMALL - 0.5f, GREY);
        }
    }

    private static void ratios(PdfPages p, CreditAnalysis a) throws IOException {
        p.heading("Ratio pack", 12);
        int n = a.years().size();
        float[] xs = yearColumns(n, 150, 52);
        boolean[] right = new boolean[n + 2];
        for (int i = 1; i <= n; i++) right[i] = true;
        int last = a.latestYear().orElseThrow();
        for (String family : RatioCatalog.FAMILIES) {
            List<RatioRow> rows = a.ratios().stream().filter(r -> r.ratio().family().equals(family)).toList();
            if (rows.isEmpty()) continue;
            String[] head = new String[n + 2];
            head[0] = Memo.familyTitle(family);
            for (int i = 0; i < n; i++) head[i + 1] = "FY" + a.years().get(i);
            head[n + 1] = "inputs FY" + last + " / why n/a";
            p.ensure(40);
            p.row(xs, right, head, SMALL, true);
            p.rule();
            for (RatioRow r : rows) {
                String[] cells = new String[n + 2];
                cells[0] = r.ratio().name();
                for (int i = 0; i < n; i++) cells[i + 1] = r.figures().get(i).shown();
                Figure f = r.year(last).orElse(null);
                cells[n + 1] = f == null ? "" : f.available() ? String.join("; ", f.sources()) : f.naBecause();
                p.row(xs, right, cells, SMALL, false);
            }
            p.y -= 4;
        }
    }

    private static void spread(PdfPages p, CreditAnalysis a) throws IOException {
        p.heading("Spread (" + a.currency() + " millions)", 12);
        int n = a.years().size();
        float[] xs = new float[n + 4];
        xs[0] = PdfPages.MARGIN;
        for (int i = 0; i < n; i++) xs[i + 1] = PdfPages.MARGIN + 175 + i * 55;
        xs[n + 1] = PdfPages.MARGIN + 175 + n * 55;
        xs[n + 2] = xs[n + 1] + 40;
        xs[n + 3] = xs[n + 2] + 40;
        boolean[] right = new boolean[n + 4];
        for (int i = 1; i <= n + 2; i++) right[i] = true;
        String statement = null;
        for (SpreadRow r : a.spread()) {
            if (!r.statement().equals(statement)) {
                statement = r.statement();
                p.ensure(50);
                p.y -= 6;
                String[] head = new String[n + 4];
                head[0] = Memo.statementTitle(statement);
                for (int i = 0; i < n; i++) head[i + 1] = "FY" + a.years().get(i);
                head[n + 1] = "% last";
                head[n + 2] = "YoY";
                head[n + 3] = "source (latest)";
                p.row(xs, right, head, SMALL, true);
                p.rule();
            }
            String[] cells = new String[n + 4];
            cells[0] = r.label();
            Fact latest = null;
            for (int i = 0; i < n; i++) {
                Fact f = r.values().get(i);
                cells[i + 1] = f == null ? "-" : Memo.money(f.value());
                if (f != null) latest = f;
            }
            cells[n + 1] = Memo.percent(r.commonSize().get(n - 1));
            cells[n + 2] = Memo.percent(r.yoy().get(n - 1));
            cells[n + 3] = latest == null ? "" : Memo.cite(latest.source()).replaceFirst("^.* p\\.", "p.");
            p.row(xs, right, cells, SMALL, r.subtotal());
        }
        p.paragraph("Sources: " + String.join("; ", a.documents().stream().map(DocumentInfo::fileName).toList()) + ". Pages and lines are those of the report each figure was read from.", SMALL - 0.5f, GREY);
    }
}
