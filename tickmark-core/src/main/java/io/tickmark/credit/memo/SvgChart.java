package io.tickmark.credit.memo;

import java.util.List;
import java.util.Locale;

/** A small inline SVG line chart: years along the bottom, one polyline per series, gaps where a value is n/a. */
final class SvgChart {
    static final String[] COLORS = {"#1f5fa8", "#d9822b", "#2e8b57", "#8e44ad"};
    private static final int W = 360, H = 200, LEFT = 52, RIGHT = 12, TOP = 28, BOTTOM = 44;

    private SvgChart() {
    }

    static String render(Memo.Chart chart, List<Integer> years) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" role=\"img\" aria-label=\"").append(Html.esc(chart.title())).append("\">");
        s.append("<text x=\"").append(LEFT).append("\" y=\"16\" font-size=\"13\" font-weight=\"bold\">").append(Html.esc(chart.title()))
                .append(" <tspan font-weight=\"normal\" font-size=\"11\">(").append(Html.esc(chart.unit())).append(")</tspan></text>");
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (Memo.Series ser : chart.series()) for (Double v : ser.values()) if (v != null) { min = Math.min(min, v); max = Math.max(max, v); }
        if (min == Double.MAX_VALUE) {
            s.append("<text x=\"").append(LEFT).append("\" y=\"").append(H / 2).append("\" font-size=\"11\" fill=\"#777\">no values to chart</text></svg>");
            return s.toString();
        }
        if (min > 0) min = 0;
        if (max < 0) max = 0;
        if (max == min) max = min + 1;
        double plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM;
        for (int t = 0; t <= 4; t++) {
            double v = min + (max - min) * t / 4;
            double y = TOP + plotH - plotH * (v - min) / (max - min);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>", LEFT, y, W - RIGHT, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>", LEFT - 4, y + 3, tick(v)));
        }
        int n = years.size();
        for (int i = 0; i < n; i++) {
            double x = x(i, n, plotW);
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">FY%d</text>", x, H - BOTTOM + 14, years.get(i)));
        }
        int legendX = LEFT;
        for (int k = 0; k < chart.series().size(); k++) {
            Memo.Series ser = chart.series().get(k);
            String color = COLORS[k % COLORS.length];
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < n; i++) {
                Double v = ser.values().get(i);
                if (v == null) { pen = false; continue; }
                double x = x(i, n, plotW), y = TOP + plotH - plotH * (v - min) / (max - min);
                path.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                pen = true;
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s FY%d: %s</title></circle>", x, y, color,
                        Html.esc(ser.name()), years.get(i), tick(v)));
            }
            if (!path.isEmpty()) s.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\"/>");
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"3\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>",
                    legendX, H - 14, color, legendX + 13, H - 10, Html.esc(ser.name())));
            legendX += 16 + ser.name().length() * 6;
        }
        s.append("</svg>");
        return s.toString();
    }

    private static double x(int i, int n, double plotW) {
        return n == 1 ? LEFT + plotW / 2 : LEFT + plotW * i / (n - 1);
    }

    static String tick(double v) {
        if (Math.abs(v) >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
