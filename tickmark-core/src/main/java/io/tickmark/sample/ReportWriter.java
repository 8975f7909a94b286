package io.tickmark.sample;

import io.tickmark.facts.Period;
import io.tickmark.statement.StatementType;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Lays out the pages of one sample 10-K in filing order and collects the truth of its statements. */
final class ReportWriter {
    private static final float CENTER = PdfCanvas.WIDTH / 2;
    private static final float TEXT_WIDTH = TablePrinter.RIGHT - TablePrinter.LEFT;
    /** PDF page of the auditor's report, printed as F-1; statement pages follow in a fixed order. */
    private static final int FIRST_F_PAGE = 5;

    private final SampleCompany company;
    private final ReportStyle style;
    private final List<Figures> years;
    private final PdfCanvas canvas;
    private final StatementPrinter statements;
    private final List<PageKind> pages = new ArrayList<>();
    private final Map<StatementType, StatementTruth> truth = new EnumMap<>(StatementType.class);

    ReportWriter(SampleCompany company, PdfCanvas canvas) {
        this.company = company;
        this.style = ReportStyle.of(company);
        this.years = FinancialModel.simulate(company);
        this.canvas = canvas;
        this.statements = new StatementPrinter(canvas, company, style);
    }

    /** Writes every page to {@code out} and returns what the statements printed. */
    SampleTruth write(OutputStream out) throws IOException {
        new FrontPages(this).write();
        incomeStatement();
        comprehensiveIncome();
        balanceSheet();
        cashFlow();
        new FrontPages(this).notes();
        canvas.save(out, company.name() + " Form 10-K " + company.fiscalYear(), PdfCanvas.calendar(filingDate()), company.seed());
        return new SampleTruth(company, pages, truth);
    }

    SampleCompany company() {
        return company;
    }

    ReportStyle style() {
        return style;
    }

    PdfCanvas canvas() {
        return canvas;
    }

    /** Figures of the year {@code back} years before the latest. */
    Figures year(int back) {
        return years.get(years.size() - 1 - back);
    }

    LocalDate filingDate() {
        return company.yearEnd(0).plusDays(55);
    }

    /** Starts a page of a kind, with its footer; returns its 1-based number. */
    int page(PageKind kind, boolean seeNotes) throws IOException {
        int page = canvas.newPage();
        pages.add(kind);
        if (seeNotes) {
            canvas.centerText("See accompanying notes to consolidated financial statements.", canvas.italic, 8, CENTER, 52);
        }
        if (kind != PageKind.COVER) canvas.centerText(printedNumber(page), canvas.regular, 9, CENTER, 36);
        return page;
    }

    /** The page number printed in the footer: plain before the financial statements, "F-n" from them on. */
    static String printedNumber(int pdfPage) {
        return pdfPage < FIRST_F_PAGE ? String.valueOf(pdfPage) : "F-" + (pdfPage - FIRST_F_PAGE + 1);
    }

    /** Printed page number of the first page of a kind; the order of pages never changes. */
    static String printedNumber(PageKind kind) {
        return printedNumber(switch (kind) {
            case COVER -> 1;
            case CONTENTS -> 2;
            case SELECTED_FINANCIAL_DATA -> 3;
            case MANAGEMENT_DISCUSSION -> 4;
            case AUDITOR_REPORT -> 5;
            case INCOME_STATEMENT -> 6;
            case COMPREHENSIVE_INCOME -> 7;
            case BALANCE_SHEET -> 8;
            case CASH_FLOW -> 10;
            case NOTES -> 11;
        });
    }

    /** Writes wrapped prose from {@code y} down and returns the baseline below it. */
    float paragraph(String text, float y) throws IOException {
        for (String line : canvas.wrap(text, canvas.regular, 10, TEXT_WIDTH)) {
            canvas.text(line, canvas.regular, 10, TablePrinter.LEFT, y);
            y -= 13;
        }
        return y - 7;
    }

    private List<Figures> flowColumns() {
        List<Figures> columns = new ArrayList<>();
        for (int back = 0; back < company.years(); back++) columns.add(year(back));
        return columns;
    }

    private String units(String except) {
        return "(In " + company.scale().word() + except + ")";
    }

    private void incomeStatement() throws IOException {
        int page = page(PageKind.INCOME_STATEMENT, true);
        List<Line> lines = StatementLines.income(company.name(), FinancialModel.splitsRevenue(company));
        List<TruthLine> printed = statements.page(page, StatementType.INCOME_STATEMENT, style.operationsTitle(),
                units(", except per share amounts"), lines, company.flowPeriods(), flowColumns());
        relatedPartyFootnote(statements.lastTableY() - 8);
        truth.put(StatementType.INCOME_STATEMENT, new StatementTruth(StatementType.INCOME_STATEMENT,
                style.operationsTitle(), List.of(page), company.flowPeriods(), printed));
    }

    private void relatedPartyFootnote(float y) throws IOException {
        List<String> amounts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Figures f : flowColumns()) {
            amounts.add("$" + Amounts.whole(Math.max(1, f.get("revenue") / 50)));
            labels.add(String.valueOf(f.fiscalYear()));
        }
        String text = "(1) Includes revenue from related parties of %s for fiscal %s, respectively.".formatted(
                String.join(", ", amounts), String.join(", ", labels));
        for (String line : canvas.wrap(text, canvas.regular, 8, TEXT_WIDTH)) {
            canvas.text(line, canvas.regular, 8, TablePrinter.LEFT, y);
            y -= 10;
        }
    }

    private void comprehensiveIncome() throws IOException {
        int page = page(PageKind.COMPREHENSIVE_INCOME, true);
        statements.page(page, StatementType.INCOME_STATEMENT, "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME",
                units(""), StatementLines.comprehensiveIncome(company.name()), company.flowPeriods(), flowColumns());
    }

    private void balanceSheet() throws IOException {
        List<Figures> columns = List.of(year(0), year(1));
        List<Period> periods = company.balancePeriods();
        String title = "CONSOLIDATED BALANCE SHEETS";
        int first = page(PageKind.BALANCE_SHEET, true);
        List<TruthLine> printed = new ArrayList<>(statements.page(first, StatementType.BALANCE_SHEET, title,
                units(", except par value"), StatementLines.assets(year(0), year(1)), periods, columns));
        int second = page(PageKind.BALANCE_SHEET, true);
        printed.addAll(statements.page(second, StatementType.BALANCE_SHEET, title + " (continued)",
                units(", except par value"), StatementLines.liabilitiesAndEquity(company.name(), year(0), year(1)),
                periods, columns));
        truth.put(StatementType.BALANCE_SHEET,
                new StatementTruth(StatementType.BALANCE_SHEET, title, List.of(first, second), periods, printed));
    }

    private void cashFlow() throws IOException {
        String title = "CONSOLIDATED STATEMENTS OF CASH FLOWS";
        int page = page(PageKind.CASH_FLOW, true);
        List<TruthLine> printed = statements.page(page, StatementType.CASH_FLOW, title, units(""),
                StatementLines.cashFlow(), company.flowPeriods(), flowColumns());
        truth.put(StatementType.CASH_FLOW,
                new StatementTruth(StatementType.CASH_FLOW, title, List.of(page), company.flowPeriods(), printed));
    }
}
