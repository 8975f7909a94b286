package io.tickmark.output;

import io.tickmark.facts.Unit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The cell styles of a spread workbook, made once each: a workbook holds a limited number of styles. */
final class XlsxStyles {
    static final String WHOLE_UNITS = "#,##0;(#,##0)";
    static final String PER_SHARE = "#,##0.00;(#,##0.00)";

    private final Workbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();

    XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    /**
     * The number format that shows whole-unit values in the statement's scale, one trailing comma per
     * thousand ("#,##0,,;(#,##0,,)" for millions); a scale that is no power of a thousand shows whole units.
     */
    static String scaledFormat(BigDecimal scale) {
        int thousands = powerOfThousand(scale);
        if (thousands < 0) return WHOLE_UNITS;
        String commas = ",".repeat(thousands);
        return "#,##0" + commas + ";(#,##0" + commas + ")";
    }

    /** Whether the format can show this scale, or falls back to whole units. */
    static boolean showsScale(BigDecimal scale) {
        return powerOfThousand(scale) >= 0;
    }

    private static int powerOfThousand(BigDecimal scale) {
        BigDecimal rest = scale.stripTrailingZeros();
        int power = 0;
        while (rest.compareTo(BigDecimal.ONE) > 0 && power < 5) {
            rest = rest.divide(BigDecimal.valueOf(1000));
            power++;
        }
        return rest.compareTo(BigDecimal.ONE) == 0 ? power : -1;
    }

    /** The format for a value of this unit in a statement of this scale. */
    static String valueFormat(Unit unit, BigDecimal scale) {
        return switch (unit.kind()) {
            case MONEY, SHARES -> scaledFormat(scale);
            case PER_SHARE -> PER_SHARE;
            case PURE, PERCENT -> "General";
        };
    }

    CellStyle value(String format, boolean italic) {
        return style("value|" + format + "|" + italic, s -> {
            s.setDataFormat(workbook.createDataFormat().getFormat(format));
            if (italic) s.setFont(font(false, true, false));
        });
    }

    CellStyle label(int indent, boolean italic) {
        return style("label|" + indent + "|" + italic, s -> {
            s.setIndention((short) Math.min(indent, 15));
            if (italic) s.setFont(font(false, true, false));
        });
    }

    CellStyle header() {
        return style("header", s -> {
            s.setFont(font(true, false, false));
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
        });
    }

    CellStyle bold() {
        return style("bold", s -> s.setFont(font(true, false, false)));
    }

    CellStyle failed() {
        return style("failed", s -> s.setFont(font(true, false, true)));
    }

    private CellStyle style(String key, Consumer<CellStyle> setup) {
        return styles.computeIfAbsent(key, k -> {
            CellStyle style = workbook.createCellStyle();
            setup.accept(style);
            return style;
        });
    }

    private Font font(boolean bold, boolean italic, boolean red) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setItalic(italic);
        if (red) font.setColor(IndexedColors.RED.getIndex());
        return font;
    }
}
