package io.tickmark.document;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads statements from an XLSX workbook into pages laid out as an HTML table is (see {@link GridLayout}),
 * so that the same statement pipeline spreads them: a visible sheet is a page, or a page per statement when
 * one long sheet holds several. Formulas are read as the values the workbook cached, never evaluated; a
 * formula error (#DIV/0!) is no value and a problem; hidden sheets, rows and columns are skipped; a merged
 * cell's value stands in its first cell. Zip bombs, encrypted, legacy and corrupt workbooks are refused with a
 * message naming the file. Pages are numbered in sheet order; a line's {@code top / 12} is its row number.
 */
public final class XlsxReader implements DocumentReader {
    /** Largest workbook read: statement workbooks are kilobytes; SEC's Financial_Report.xlsx a few megabytes. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Largest uncompressed part of the workbook, which bounds the memory a sheet can take. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    /** A part compressed more than 100 to 1 is taken for a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;
    private static final int MAX_ROWS = 100_000;
    private static final int MAX_PROBLEMS = 50;
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    @Override
    public Document read(Path file) throws IOException {
        return read(file, new ArrayList<>());
    }

    /** Reads the workbook; cells it cannot read (formula errors) are named in {@code problems}. */
    public Document read(Path file, List<String> problems) throws IOException {
        byte[] bytes = bytes(file);
        if (startsWith(bytes, OLE2)) throw ole2(file, bytes);
        List<Page> pages = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes)); XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) continue;
                pages.addAll(GridLayout.pages(grid(workbook.getSheetAt(i), problems), pages.size() + 1, true));
            }
        } catch (IOException | OpenXML4JException | RuntimeException e) { // POI reports corrupt parts with runtime exceptions
            throw unreadable(file, e);
        }
        if (pages.isEmpty()) throw new UnreadableDocumentException(file, "XLSX workbook has no visible cells");
        return new Document(file.getFileName().toString(), Hashes.sha256(bytes), DocumentFormat.XLSX, pages);
    }

    private static byte[] bytes(Path file) throws IOException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableDocumentException(file, "is " + size / (1024 * 1024) + " MB; workbooks over " + MAX_BYTES / (1024 * 1024) + " MB are not read");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(file, "no such file", e);
        }
    }

    /** An OLE2 file where a workbook was expected: an encrypted XLSX, or a legacy .xls. */
    private static UnreadableDocumentException ole2(Path file, byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes); POIFSFileSystem fs = new POIFSFileSystem(in)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return new UnreadableDocumentException(file, "workbook is encrypted (password-protected); save an unprotected copy to read it");
            }
            return new UnreadableDocumentException(file, "is a legacy Excel 97-2003 (.xls) workbook; save it as .xlsx to read it");
        } catch (IOException | RuntimeException e) {
            return new UnreadableDocumentException(file, "is a corrupt Office file (" + e.getMessage() + ")", e);
        }
    }

    private static UnreadableDocumentException unreadable(Path file, Exception e) {
        String message = String.valueOf(e.getMessage());
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) message = cause.getMessage();
        }
        if (message.contains("Zip bomb") || message.contains("exceeds the max") || message.contains("inflate ratio")) {
            return new UnreadableDocumentException(file, "looks like a zip bomb: a part inflates more than "
                    + Math.round(1 / MIN_INFLATE_RATIO) + " to 1 or beyond " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB; not read", e);
        }
        if (e instanceof EncryptedDocumentException) {
            return new UnreadableDocumentException(file, "workbook is encrypted (password-protected); save an unprotected copy to read it", e);
        }
        return new UnreadableDocumentException(file, "not a readable XLSX workbook (" + firstLine(message) + ")", e);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** The visible cells of a sheet, row by row; hidden rows and columns skipped. */
    static Grid grid(Sheet sheet, List<String> problems) {
        List<Grid.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getZeroHeight()) continue;
            if (row.getRowNum() >= MAX_ROWS) {
                problems.add("sheet '" + sheet.getSheetName() + "': rows after " + MAX_ROWS + " not read");
                break;
            }
            List<Grid.Cell> cells = new ArrayList<>();
            for (Cell cell : row) {
                if (sheet.isColumnHidden(cell.getColumnIndex())) continue;
                Grid.Cell c = cell(sheet, cell, problems);
                if (c != null) cells.add(c);
            }
            if (!cells.isEmpty()) rows.add(new Grid.Row(row.getRowNum() + 1, cells));
        }
        return new Grid(sheet.getSheetName(), rows);
    }

    private static Grid.Cell cell(Sheet sheet, Cell cell, List<String> problems) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        boolean bold = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
        return switch (type) {
            case NUMERIC -> number(cell, bold);
            case STRING -> text(cell, bold);
            case ERROR -> {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add("sheet '" + sheet.getSheetName() + "' cell " + new CellReference(cell).formatAsString(false) + ": "
                            + (cell.getCellType() == CellType.FORMULA ? "formula " + cell.getCellFormula() + " gives " : "") + error(cell)
                            + ", read as no value");
                }
                yield null;
            }
            default -> null;
        };
    }

    private static String error(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (IllegalArgumentException e) {
            return "an error";
        }
    }

    private static Grid.Cell number(Cell cell, boolean bold) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return new Grid.Cell(cell.getColumnIndex(), DATE.format(date), false, bold, 0);
        }
        String format = cell.getCellStyle().getDataFormatString();
        boolean percent = format != null && format.contains("%");
        return new Grid.Cell(cell.getColumnIndex(), Amounts.print(cell.getNumericCellValue(), percent), true, bold, 0);
    }

    private static Grid.Cell text(Cell cell, boolean bold) {
        String raw = cell.getStringCellValue();
        String text = Cells.normalize(raw);
        if (text.isEmpty()) return null;
        float indent = cell.getCellStyle().getIndention() * 10f + Amounts.leadingSpaces(raw) * 2.5f;
        return new Grid.Cell(cell.getColumnIndex(), text, Cells.kind(text) == HtmlTable.Kind.AMOUNT, bold, indent);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if (bytes[i] != magic[i]) return false;
        return true;
    }

    /** Whether the bytes open an OLE2 compound file: an encrypted XLSX or a legacy .xls. */
    static boolean isOle2(byte[] bytes) {
        return startsWith(bytes, OLE2);
    }
}
