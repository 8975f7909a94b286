package io.tickmark.output;

import io.tickmark.check.CheckResult;
import io.tickmark.facts.Fact;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A terminal table per statement in the printed scale, each line with the tick mark of its first
 * value, then the checks and warnings; UTF-8 text meant for people, not for parsing.
 */
final class TableWriter implements SpreadWriter {
    static final int LABEL_WIDTH = 60;
    static final String UNMAPPED = "~";
    private static final String GAP = "  ";

    @Override
    public void write(List<Spread> spreads, OutputStream out) throws IOException {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (int i = 0; i < spreads.size(); i++) {
            if (i > 0) writer.print("\n\n");
            writeSpread(spreads.get(i), writer);
        }
        writer.flush();
        if (writer.checkError()) throw new IOException("could not write the spread table");
    }

    private void writeSpread(Spread spread, PrintWriter writer) {
        String heading = documentHeading(spread.document());
        writer.print(heading + "\n" + "═".repeat(Display.width(heading)) + "\n");
        if (spread.statements().isEmpty()) writer.print("\nNo statements found.\n");
        spread.statements().forEach(statement -> writeStatement(statement, writer));
        if (hasUnmapped(spread)) writer.print("\n" + UNMAPPED + " kept under its printed label: no standard concept\n");
        writeChecks(spread.checks(), writer);
        writeWarnings(spread.warnings(), writer);
    }

    private static String documentHeading(DocumentInfo info) {
        List<String> parts = new ArrayList<>(List.of(info.company(), info.documentType(), info.fileName()));
        if (info.periodEnd() != null) parts.add("period end " + info.periodEnd());
        if (info.filingDate() != null) parts.add("filed " + info.filingDate());
        return String.join(" · ", parts);
    }

    private void writeStatement(StatementSpread statement, PrintWriter writer) {
        writer.print("\n" + statementHeading(statement) + "\n");
        String note = Stream.of(Display.scaleNote(statement), Display.pages(statement.pages()))
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
        writer.print(note + "\n\n");
        printAligned(statementRows(statement), statement.periods().size(), writer);
    }

    private static String statementHeading(StatementSpread statement) {
        String type = statement.type() == null ? "Statement" : statement.type().title();
        boolean titled = statement.title() != null && !statement.title().isBlank()
                && !statement.title().equalsIgnoreCase(type);
        return titled ? type + " — " + statement.title() : type;
    }

    private static List<String[]> statementRows(StatementSpread statement) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        Display.periodHeaders(statement.periods()).forEach(h -> header.add(alignSign(h)));
        header.add("tick");
        rows.add(header.toArray(String[]::new));
        BigDecimal scale = Display.scale(statement);
        statement.lines().forEach(line -> rows.add(lineRow(line, statement.periods().size(), scale, Display.decimals(line, scale))));
        return rows;
    }

    private static String[] lineRow(SpreadLine line, int columns, BigDecimal scale, int decimals) {
        String[] row = new String[columns + 2];
        row[0] = label(line);
        for (int c = 0; c < columns; c++) {
            Fact fact = c < line.values().size() ? line.values().get(c) : null;
            row[c + 1] = fact == null ? "" : alignSign(Display.value(fact, scale, decimals));
        }
        Fact first = Display.firstValue(line);
        row[columns + 1] = first == null ? "" : Display.tick(first.source());
        return row;
    }

    /** Unmapped lines start with "~"; each section heading above the line indents it two spaces. */
    static String label(SpreadLine line) {
        String marker = line.mapped() ? "  " : UNMAPPED + " ";
        return Display.truncate(marker + "  ".repeat(line.sections().size()) + line.label(), LABEL_WIDTH);
    }

    /** Positive values get a trailing space so their digits line up with those of "(1,234)". */
    private static String alignSign(String value) {
        return value.endsWith(")") ? value : value + " ";
    }

    private static void printAligned(List<String[]> rows, int valueColumns, PrintWriter writer) {
        int[] widths = new int[valueColumns + 2];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) widths[c] = Math.max(widths[c], Display.width(row[c]));
        }
        for (String[] row : rows) {
            StringBuilder text = new StringBuilder(pad(row[0], widths[0], false));
            for (int c = 1; c <= valueColumns; c++) text.append(GAP).append(pad(row[c], widths[c], true));
            text.append(GAP).append(row[valueColumns + 1]);
            writer.print(text.toString().stripTrailing() + "\n");
        }
    }

    private static String pad(String text, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - Display.width(text)));
        return right ? fill + text : text + fill;
    }

    private static boolean hasUnmapped(Spread spread) {
        return spread.statements().stream().flatMap(s -> s.lines().stream()).anyMatch(l -> !l.mapped());
    }

    private static void writeChecks(List<CheckResult> checks, PrintWriter writer) {
        writer.print("\nChecks\n");
        if (checks.isEmpty()) writer.print("  none run\n");
        checks.forEach(check -> writer.print("  " + checkLine(check) + "\n"));
    }

    /** "✓ name period rule", "✗ … left ≠ right (off by d)", "– … message" for a skipped check. */
    static String checkLine(CheckResult check) {
        String period = check.period() == null ? "" : " " + check.period().label();
        String head = symbol(check.status()) + " " + check.name() + period;
        String rule = check.rule() == null ? "" : check.rule();
        String message = check.message() == null || check.message().isBlank() ? "" : " — " + check.message();
        return switch (check.status()) {
            case PASSED -> (head + "  " + rule).stripTrailing();
            case FAILED -> head + "  " + rule + ": " + numbers(check) + message;
            case SKIPPED -> head + "  " + (message.isEmpty() ? rule : message.substring(3));
        };
    }

    private static String symbol(CheckResult.Status status) {
        return switch (status) {
            case PASSED -> "✓";
            case FAILED -> "✗";
            case SKIPPED -> "–";
        };
    }

    private static String numbers(CheckResult check) {
        if (check.left() == null || check.right() == null) return amountOrUnknown(check.left()) + " ≠ " + amountOrUnknown(check.right());
        BigDecimal off = check.left().subtract(check.right());
        return Display.amount(check.left()) + " ≠ " + Display.amount(check.right()) + " (off by " + Display.amount(off) + ")";
    }

    private static String amountOrUnknown(BigDecimal value) {
        return value == null ? "?" : Display.amount(value);
    }

    private static void writeWarnings(List<String> warnings, PrintWriter writer) {
        if (warnings.isEmpty()) return;
        writer.print("\nWarnings\n");
        warnings.forEach(warning -> writer.print("  ! " + warning + "\n"));
    }
}
