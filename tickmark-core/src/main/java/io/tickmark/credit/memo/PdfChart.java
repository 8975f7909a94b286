package io.tickmark.credit.memo;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** A line chart drawn with PDFBox paths: axes, four gridlines with labels, one line per series, a legend. */
final class PdfChart {
    private static final Color[] COLORS = {new Color(31, 95, 168), new Color(217, 130, 43), new Color(46, 139, 87), new Color(142, 68, 173)};

    private PdfChart() {
    }

    static void draw(PdfPages p, Memo.Chart chart, List<Integer> years, float x, float y, float w, float h) throws IOException {
        var s = p.stream;
        p.text(x, y + h - 10, p.bold, 9, chart.title() + " (" + chart.unit() + ")", Color.BLACK);
        float left = x + 36, bottom = y + 26, top = y + h - 18, right = x + w - 6;
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (Memo.Series ser : chart.series()) for (Double v : ser.values()) if (v != null) { min = Math.min(min, v); max = Math.max(max, v); }
        if (min == Double.MAX_VALUE) {
            p.text(left, (bottom + top) / 2, p.regular, 7, "no values to chart", Color.GRAY);
            return;
        }
        if (min > 0) min = 0;
        if (max < 0) max = 0;
        if (max == min) max = min + 1;
        s.setLineWidth(0.4f);
        for (int t = 0; t <= 4; t++) {
            double v = min + (max - min) * t / 4;
            float gy = (float) (bottom + (top - bottom) * (v - min) / (max - min));
            s.setStrokingColor(Color.LIGHT_GRAY);
            s.moveTo(left, gy);
            s.lineTo(right, gy);
            s.stroke();
            String label = SvgChart.tick(v);
            p.text(left - 3 - p.textWidth(label, p.regular, 6), gy - 2, p.regular, 6, label, Color.DARK_GRAY);
        }
        int n = years.size();
        for (int i = 0; i < n; i++) {
            float px = px(i, n, left, right);
            String label = "FY" + years.get(i);
            p.text(px - p.textWidth(label, p.regular, 6) / 2, bottom - 9, p.regular, 6, label, Color.DARK_GRAY);
        }
        float legendX = left;
        s.setLineWidth(1.5f);
        for (int k = 0; k < chart.series().size(); k++) {
            Memo.Series ser = chart.series().get(k);
            Color c = COLORS[k % COLORS.length];
            s.setStrokingColor(c);
            s.setNonStrokingColor(c);
            boolean pen = false;
            for (int i = 0; i < n; i++) {
                Double v = ser.values().get(i);
                if (v == null) { pen = false; continue; }
                float px = px(i, n, left, right), py = (float) (bottom + (top - bottom) * (v - min) / (max - min));
                if (pen) s.lineTo(px, py); else s.moveTo(px, py);
                pen = true;
            }
            s.stroke();
            for (int i = 0; i < n; i++) {
                Double v = ser.values().get(i);
                if (v == null) continue;
                float px = px(i, n, left, right), py = (float) (bottom + (top - bottom) * (v - min) / (max - min));
                s.addRect(px - 1.5f, py - 1.5f, 3, 3);
                s.fill();
            }
            s.addRect(legendX, y + 6, 8, 3);
            s.fill();
            p.text(legendX + 10, y + 4, p.regular, 6, ser.name(), Color.BLACK);
            legendX += 16 + p.textWidth(ser.name(), p.regular, 6);
        }
        s.setStrokingColor(Color.BLACK);
        s.setNonStrokingColor(Color.BLACK);
        s.setLineWidth(1f);
    }

    private static float px(int i, int n, float left, float right) {
        return n == 1 ? (left + right) / 2 : left + (right - left) * i / (n - 1);
    }
}
