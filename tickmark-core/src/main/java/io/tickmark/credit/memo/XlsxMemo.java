package io.tickmark.credit.memo;

import io.tickmark.credit.AlignmentNote;
import io.tickmark.credit.AnalystInput;
import io.tickmark.credit.CreditAnalysis;
import io.tickmark.credit.Figure;
import io.tickmark.credit.Rating;
import io.tickmark.credit.RatioRow;
import io.tickmark.credit.RedFlag;
import io.tickmark.credit.ScoreComponent;
import io.tickmark.credit.ScoreResult;
import io.tickmark.credit.SpreadRow;
import io.tickmark.facts.Fact;
import io.tickmark.metrics.Metric;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The memo as a workbook: Summary (narrative, rating, notes), Spread (multi-year columns in millions,
 * common-size % and YoY, each figure with a comment naming its page, line and printed text and a link to
 * the report's page), Ratios (by family, with formula and reasons for n/a), Scores, Scorecard, Red flags.
 */
final class XlsxMemo implements MemoWriter {
    private XSSFWorkbook wb;
    private CreationHelper helper;
    private final Map<String, CellStyle> styles = new HashMap<>();

    @Override
    public void write(CreditAnalysis a, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            wb = workbook;
            helper = wb.getCreationHelper();
            summary(a);
            spread(a);
            ratios(a);
            scores(a);
            scorecard(a);
            flags(a);
            wb.write(out);
        }
        out.flush();
    }

    private CellStyle style(String format, boolean bold) {
        return styles.computeIfAbsent(format + bold, k -> {
            CellStyle s = wb.createCellStyle();
            if (format != null) s.setDataFormat(helper.createDataFormat().getFormat(format));
            if (bold) {
                Font f = wb.createFont();
                f.setBold(true);
                s.setFont(f);
            }
            return s;
        });
    }

    private void summary(CreditAnalysis a) {
        Sheet s = wb.createSheet("Summary");
        int r = 0;
        text(s, r++, 0, "Credit memo: " + a.company(), true);
        text(s, r++, 0, "Fiscal years: " + (a.years().isEmpty() ? "none" : a.years().get(0) + " to " + a.years().get(a.years().size() - 1))
                + "; amounts in " + a.currency() + " millions", false);
        r++;
        Rating rating = a.rating();
        if (rating != null) {
            text(s, r++, 0, "Rating FY" + rating.fiscalYear() + ": " + (rating.grade() == null ? "no grade" : rating.grade())
                    + (rating.score() == null ? "" : " (" + CreditAnalysis.points(rating.score()) + " of 5 points)"), true);
            text(s, r++, 0, rating.note(), false);
            r++;
        }
        if (a.narrative() != null) {
            for (String p : a.narrative().paragraphs()) text(s, r++, 0, p, false);
            for (String n : a.narrative().notes()) text(s, r++, 0, n, false);
        }
        r++;
        text(s, r++, 0, "How the years were lined up", true);
        for (AnalystInput in : a.inputs()) text(s, r++, 0, "analyst input: " + in.describe(a.currency()), false);
        for (AlignmentNote n : a.notes()) text(s, r++, 0, n.kind() + ": " + n.text(), false);
        for (String as : a.assumptions()) text(s, r++, 0, "assumption: " + as, false);
        r++;
        text(s, r++, 0, "Reports used", true);
        for (var d : a.documents()) text(s, r++, 0, d.fileName() + " (" + d.documentType() + ", period end " + d.periodEnd() + ")", false);
        for (var d : a.leftOut()) text(s, r++, 0, d.fileName() + " left out (" + d.documentType() + ")", false);
        s.setColumnWidth(0, 150 * 256);
    }

    private void spread(CreditAnalysis a) {
        Sheet s = wb.createSheet("Spread");
        List<Integer> years = a.years();
        int n = years.size();
        Row h = s.createRow(0);
        cell(h, 0, "Line (" + a.currency() + " millions)", style(null, true));
        cell(h, 1, "Statement", style(null, true));
        for (int i = 0; i < n; i++) {
            cell(h, 2 + i, "FY" + years.get(i), style(null, true));
            cell(h, 2 + n + i, "% FY" + years.get(i), style(null, true));
            if (i > 0) cell(h, 1 + 2 * n + i, "YoY FY" + years.get(i), style(null, true));
        }
        Drawing<?> drawing = s.createDrawingPatriarch();
        int r = 1;
        for (SpreadRow row : a.spread()) {
            Row x = s.createRow(r);
            cell(x, 0, row.label(), style(null, row.subtotal()));
            cell(x, 1, Memo.statementTitle(row.statement()), null);
            for (int i = 0; i < n; i++) {
                Fact f = row.values().get(i);
                if (f != null) {
                    Cell c = x.createCell(2 + i);
                    c.setCellValue(f.value().doubleValue() / 1e6);
                    c.setCellStyle(style("#,##0.0;(#,##0.0)", row.subtotal()));
                    comment(drawing, c, Memo.cite(f.source()) + "\n'" + f.source().rawLabel() + "' " + f.source().rawValue());
                    link(c, f.source().document() + "#page=" + f.source().page());
                }
                Double cs = row.commonSize().get(i);
                if (cs != null) number(x, 2 + n + i, cs, "0.0%");
                if (i > 0 && row.yoy().get(i) != null) number(x, 1 + 2 * n + i, row.yoy().get(i), "0.0%");
            }
            r++;
        }
        s.createFreezePane(2, 1);
        s.setColumnWidth(0, 50 * 256);
        s.setColumnWidth(1, 20 * 256);
    }

    private void ratios(CreditAnalysis a) {
        Sheet s = wb.createSheet("Ratios");
        List<Integer> years = a.years();
        Row h = s.createRow(0);
        String[] head = {"Family", "Ratio", "Variant"};
        for (int i = 0; i < head.length; i++) cell(h, i, head[i], style(null, true));
        for (int i = 0; i < years.size(); i++) cell(h, 3 + i, "FY" + years.get(i), style(null, true));
        cell(h, 3 + years.size(), "Formula", style(null, true));
        cell(h, 4 + years.size(), "Why n/a (latest year)", style(null, true));
        Drawing<?> drawing = s.createDrawingPatriarch();
        int r = 1;
        for (RatioRow row : a.ratios()) {
            Row x = s.createRow(r++);
            cell(x, 0, row.ratio().family(), null);
            cell(x, 1, row.ratio().name(), null);
            cell(x, 2, row.ratio().variant(), null);
            for (int i = 0; i < row.figures().size(); i++) {
                Figure f = row.figures().get(i);
                if (f.available()) {
                    Cell c = number(x, 3 + i, f.value().doubleValue() / (row.ratio().unit() == Metric.Unit.MONEY ? 1e6 : 1), format(row.ratio().unit()));
                    if (!f.evaluation().steps().isEmpty()) comment(drawing, c, String.join("\n", f.evaluation().steps()));
                } else {
                    Cell c = cell(x, 3 + i, "n/a", null);
                    comment(drawing, c, f.naBecause());
                }
            }
            cell(x, 3 + years.size(), row.ratio().formula().text(), null);
            Figure last = row.figures().isEmpty() ? null : row.figures().get(row.figures().size() - 1);
            if (last != null && !last.available()) cell(x, 4 + years.size(), last.naBecause(), null);
        }
        s.createFreezePane(2, 1);
        s.setColumnWidth(1, 32 * 256);
        s.setColumnWidth(3 + years.size(), 60 * 256);
    }

    private static String format(Metric.Unit unit) {
        return switch (unit) {
            case PERCENT -> "0.0%";
            case MONEY -> "#,##0.0;(#,##0.0)";
            case DAYS -> "0.0";
            default -> "0.00";
        };
    }

    private void scores(CreditAnalysis a) {
        Sheet s = wb.createSheet("Scores");
        int r = 0;
        Row h = s.createRow(r++);
        cell(h, 0, "Score", style(null, true));
        for (int i = 0; i < a.years().size(); i++) cell(h, 1 + i, "FY" + a.years().get(i), style(null, true));
        if (a.years().isEmpty()) return;
        int last = a.latestYear().orElseThrow();
        for (ScoreResult sr : a.scores(last)) {
            Row x = s.createRow(r++);
            cell(x, 0, sr.name(), null);
            for (int i = 0; i < a.years().size(); i++) {
                int y = a.years().get(i);
                ScoreResult sy = a.scores(y).stream().filter(q -> q.id().equals(sr.id())).findFirst().orElse(null);
                if (sy != null && sy.available()) number(x, 1 + i, sy.value().doubleValue(), "0.00");
                else cell(x, 1 + i, "n/a", null);
            }
        }
        r++;
        for (ScoreResult sr : a.scores(last)) {
            text(s, r++, 0, sr.name() + " FY" + last + ": " + (sr.available() ? sr.shown() + ", " + sr.zone() : sr.naBecause()), true);
            text(s, r++, 0, sr.formula() + " — " + sr.citation(), false);
            text(s, r++, 0, sr.applicability(), false);
            for (ScoreComponent c : sr.components()) {
                Row x = s.createRow(r++);
                cell(x, 0, c.name() + " (" + c.meaning() + ")", null);
                cell(x, 1, c.coefficient() == null ? c.test() : c.coefficient().toPlainString(), null);
                if (c.figure().available()) number(x, 2, c.figure().value().doubleValue(), "0.0000");
                else cell(x, 2, c.figure().naBecause(), null);
                if (c.signal() != null) number(x, 3, c.signal(), "0");
                cell(x, 4, c.figure().formula(), null);
            }
            r++;
        }
        s.setColumnWidth(0, 60 * 256);
    }

    private void scorecard(CreditAnalysis a) {
        Sheet s = wb.createSheet("Scorecard");
        Rating rating = a.rating();
        Row h = s.createRow(0);
        String[] head = {"Factor", "Measure", "Value", "Weight", "Points", "Contribution", "Rule"};
        for (int i = 0; i < head.length; i++) cell(h, i, head[i], style(null, true));
        if (rating == null) return;
        int r = 1;
        for (Rating.FactorScore f : rating.factors()) {
            Row x = s.createRow(r++);
            cell(x, 0, f.name(), null);
            cell(x, 1, f.metric(), null);
            cell(x, 2, f.figure().available() ? f.figure().shown() : f.figure().naBecause(), null);
            number(x, 3, f.weight(), "0");
            if (f.points() != null) number(x, 4, f.points(), "0");
            else cell(x, 4, "n/a", null);
            if (f.contribution() != null) number(x, 5, f.contribution(), "0.00");
            cell(x, 6, f.rule(), null);
        }
        r++;
        text(s, r++, 0, "Weighted score: " + (rating.score() == null ? "n/a" : CreditAnalysis.points(rating.score())) + "; grade: "
                + (rating.grade() == null ? "none" : rating.grade()) + ". " + rating.note(), true);
        s.setColumnWidth(0, 22 * 256);
        s.setColumnWidth(2, 40 * 256);
        s.setColumnWidth(6, 70 * 256);
    }

    private void flags(CreditAnalysis a) {
        Sheet s = wb.createSheet("Red flags");
        Row h = s.createRow(0);
        String[] head = {"Severity", "Kind", "FY", "What", "Where"};
        for (int i = 0; i < head.length; i++) cell(h, i, head[i], style(null, true));
        int r = 1;
        for (RedFlag f : a.flags()) {
            Row x = s.createRow(r++);
            cell(x, 0, f.severity().name(), null);
            cell(x, 1, f.kind(), null);
            if (f.fiscalYear() > 0) number(x, 2, f.fiscalYear(), "0");
            cell(x, 3, f.text(), null);
            cell(x, 4, String.join("; ", f.sources()), null);
        }
        s.setColumnWidth(3, 100 * 256);
        s.setColumnWidth(4, 40 * 256);
    }

    private void text(Sheet s, int row, int col, String text, boolean bold) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        cell(r, col, text, bold ? style(null, true) : null);
    }

    private static Cell cell(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text == null ? "" : text.length() > 32_000 ? text.substring(0, 32_000) : text);
        if (style != null) c.setCellStyle(style);
        return c;
    }

    private Cell number(Row row, int col, double v, String format) {
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(style(format, false));
        return c;
    }

    private void comment(Drawing<?> drawing, Cell c, String text) {
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(c.getColumnIndex() + 1);
        anchor.setCol2(c.getColumnIndex() + 5);
        anchor.setRow1(c.getRowIndex());
        anchor.setRow2(c.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor("Tickmark");
        c.setCellComment(comment);
    }

    private void link(Cell c, String address) {
        Hyperlink link = helper.createHyperlink(HyperlinkType.FILE);
        link.setAddress(address.replace(" ", "%20"));
        c.setHyperlink(link);
    }
}
