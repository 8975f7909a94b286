package io.tickmark.output;

import io.tickmark.facts.Fact;
import io.tickmark.facts.Source;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One statement as a worksheet: a header block, a row per line and a column per period, each value
 * an exact whole-unit number shown in the statement's scale and carrying its tick mark as a comment.
 */
final class StatementSheet {
    static final int HEADER_ROW = 6;
    static final int FIRST_VALUE_COLUMN = 2;

    private final Sheet sheet;
    private final XlsxStyles styles;
    private final CreationHelper helper;
    private final Drawing<?> drawing;
    private final ColumnWidths widths = new ColumnWidths();

    StatementSheet(Sheet sheet, XlsxStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.helper = sheet.getWorkbook().getCreationHelper();
        this.drawing = sheet.createDrawingPatriarch();
    }

    void write(DocumentInfo document, StatementSpread statement) {
        writeHeaderBlock(document, statement);
        writeColumnHeaders(statement);
        BigDecimal scale = Display.scale(statement);
        for (int i = 0; i < statement.lines().size(); i++) {
            writeLine(sheet.createRow(HEADER_ROW + 1 + i), statement.lines().get(i), scale);
        }
        sheet.createFreezePane(1, HEADER_ROW + 1);
        widths.apply(sheet);
    }

    private void writeHeaderBlock(DocumentInfo document, StatementSpread statement) {
        String title = statement.title() == null || statement.title().isBlank() ? typeTitle(statement) : statement.title();
        headerPair(0, "Company", document.company());
        headerPair(1, "Document", document.fileName() + " (" + document.documentType() + ")");
        headerPair(2, "Statement", title);
        headerPair(3, "Scale", scaleNote(statement));
        headerPair(4, "Currency", statement.currency() == null ? "" : statement.currency());
        headerPair(5, "Pages", statement.pages().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    private static String typeTitle(StatementSpread statement) {
        return statement.type() == null ? "Statement" : statement.type().title();
    }

    private static String scaleNote(StatementSpread statement) {
        BigDecimal scale = Display.scale(statement);
        String shown = XlsxStyles.showsScale(scale) ? "shown in that scale" : "shown in whole units";
        return Display.scaleNote(statement) + "; cells hold exact whole units, " + shown;
    }

    private void headerPair(int rowIndex, String name, String value) {
        Row row = sheet.createRow(rowIndex);
        Cell nameCell = row.createCell(0);
        nameCell.setCellValue(name);
        nameCell.setCellStyle(styles.bold());
        row.createCell(1).setCellValue(value);
    }

    private void writeColumnHeaders(StatementSpread statement) {
        Row row = sheet.createRow(HEADER_ROW);
        headerCell(row, 0, "Line");
        headerCell(row, 1, "Concept");
        List<String> headers = Display.periodHeaders(statement.periods());
        for (int c = 0; c < headers.size(); c++) {
            String label = statement.periods().get(c).label();
            headerCell(row, FIRST_VALUE_COLUMN + c, headers.get(c).equals(label) ? label : headers.get(c) + "\n" + label);
        }
        row.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints());
    }

    private void headerCell(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header());
        widths.fit(column, text);
    }

    private void writeLine(Row row, SpreadLine line, BigDecimal scale) {
        boolean italic = !line.mapped();
        Cell label = row.createCell(0);
        label.setCellValue(line.label());
        label.setCellStyle(styles.label(line.sections().size(), italic));
        widths.fit(0, "  ".repeat(line.sections().size()) + line.label());
        if (line.mapped()) {
            row.createCell(1).setCellValue(line.concept());
            widths.fit(1, line.concept());
        }
        for (int c = 0; c < line.values().size(); c++) {
            Fact fact = line.values().get(c);
            if (fact != null) writeValue(row.createCell(FIRST_VALUE_COLUMN + c), fact, scale, italic);
        }
    }

    private void writeValue(Cell cell, Fact fact, BigDecimal scale, boolean italic) {
        cell.setCellValue(fact.value().doubleValue());
        cell.setCellStyle(styles.value(XlsxStyles.valueFormat(fact.unit(), scale), italic));
        cell.setCellComment(comment(cell, tickText(fact)));
        widths.fit(cell.getColumnIndex(), Display.value(fact, scale, 0) + "  ");
    }

    /** The tick mark as a comment: "file.pdf p.60 l.12", the text as printed, and the confidence. */
    static String tickText(Fact fact) {
        Source source = fact.source();
        StringBuilder text = new StringBuilder(source.cite());
        if (source.derived()) {
            text.append("\nderived: no statement prints this value");
        } else if (source.rawLabel() != null || source.rawValue() != null) {
            text.append("\nprinted: ").append(nullToEmpty(source.rawLabel())).append(" | ").append(nullToEmpty(source.rawValue()));
        }
        return text.append("\nconfidence ").append(fact.confidence()).toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private Comment comment(Cell cell, String text) {
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor("Tickmark");
        return comment;
    }
}
