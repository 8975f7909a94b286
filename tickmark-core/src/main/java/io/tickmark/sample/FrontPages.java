package io.tickmark.sample;

import io.tickmark.sample.TablePrinter.Style;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages around the statements that carry statement words and numbers without being statements:
 * cover, contents, selected financial data, MD&amp;A, auditor's report and notes. They are the decoys
 * an extractor must pass over.
 */
final class FrontPages {
    private static final float CENTER = PdfCanvas.WIDTH / 2;
    private static final float LEFT = TablePrinter.LEFT;
    private static final float RIGHT = TablePrinter.RIGHT;

    private final ReportWriter report;
    private final PdfCanvas canvas;
    private final SampleCompany company;

    FrontPages(ReportWriter report) {
        this.report = report;
        this.canvas = report.canvas();
        this.company = report.company();
    }

    void write() throws IOException {
        cover();
        contents();
        selectedData();
        discussion();
        auditorReport();
    }

    private String fiscalYearEnded() {
        return Amounts.longDate(company.yearEnd(0));
    }

    private String money(long printed) {
        return "$" + Amounts.whole(printed) + " " + (company.scale() == Scale.MILLIONS ? "million" : "thousand");
    }

    private void cover() throws IOException {
        report.page(PageKind.COVER, false);
        center("UNITED STATES", canvas.bold, 12, 740);
        center("SECURITIES AND EXCHANGE COMMISSION", canvas.bold, 12, 725);
        center("Washington, D.C. 20549", canvas.regular, 10, 711);
        center("FORM 10-K", canvas.bold, 16, 684);
        canvas.text("(Mark One)", canvas.regular, 9, LEFT, 662);
        canvas.text("[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
                canvas.bold, 9, LEFT, 648);
        center("For the fiscal year ended " + fiscalYearEnded(), canvas.regular, 10, 632);
        center("OR", canvas.regular, 10, 617);
        canvas.text("[  ]  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
                canvas.bold, 9, LEFT, 602);
        center("For the transition period from ________ to ________", canvas.regular, 10, 587);
        center("Commission File Number 001-" + (30000 + Math.floorMod(company.seed(), 9000)), canvas.regular, 10, 570);
        center(company.name().toUpperCase(), canvas.bold, 15, 540);
        center("(Exact name of registrant as specified in its charter)", canvas.italic, 9, 527);
        registrantDetails();
        coverFacts();
    }

    private void registrantDetails() throws IOException {
        canvas.centerText("Delaware", canvas.regular, 10, 180, 500);
        canvas.centerText("%02d-%07d".formatted(10 + Math.floorMod(company.seed(), 89), Math.floorMod(company.seed() * 7919, 9_999_999)),
                canvas.regular, 10, 430, 500);
        canvas.centerText("(State or other jurisdiction of incorporation or organization)", canvas.italic, 8, 180, 488);
        canvas.centerText("(I.R.S. Employer Identification No.)", canvas.italic, 8, 430, 488);
        center("1200 Harbor Point Drive, Suite 400, Springfield, Illinois 62701", canvas.regular, 10, 466);
        center("(Address of principal executive offices) (Zip Code)", canvas.italic, 8, 454);
        center("(555) 010-" + (2000 + Math.floorMod(company.seed(), 7000)), canvas.regular, 10, 436);
        center("(Registrant's telephone number, including area code)", canvas.italic, 8, 424);
        canvas.text("Securities registered pursuant to Section 12(b) of the Act:", canvas.regular, 9, LEFT, 402);
        canvas.text("Title of each class", canvas.bold, 9, LEFT, 386);
        canvas.text("Trading Symbol(s)", canvas.bold, 9, 270, 386);
        canvas.text("Name of each exchange on which registered", canvas.bold, 9, 370, 386);
        canvas.text("Common Stock, $0.01 par value", canvas.regular, 9, LEFT, 372);
        canvas.text(company.ticker(), canvas.regular, 9, 270, 372);
        canvas.text("New York Stock Exchange", canvas.regular, 9, 370, 372);
    }

    private void coverFacts() throws IOException {
        Figures latest = report.year(0);
        long marketValue = Math.max(1, latest.get("ni_company")) * 18;
        long sharesOutstanding = latest.get("shares_outstanding") * company.scale().factor()
                + Math.floorMod(company.seed() * 104_729, company.scale().factor());
        float y = report.paragraph("Indicate by check mark if the registrant is a well-known seasoned issuer, as defined "
                + "in Rule 405 of the Securities Act. Yes [X] No [  ]", 346);
        y = report.paragraph("The aggregate market value of the voting stock held by non-affiliates of the registrant was "
                + "approximately " + money(marketValue) + " based on the closing price of its common stock on the last "
                + "business day of its most recently completed second fiscal quarter.", y);
        y = report.paragraph("As of " + Amounts.longDate(report.filingDate().minusDays(10)) + ", there were "
                + Amounts.whole(sharesOutstanding) + " shares of the registrant's common stock outstanding.", y);
        y = report.paragraph("DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy "
                + "statement for its " + (company.fiscalYear() + 1) + " annual meeting of shareholders are incorporated "
                + "by reference into Part III of this Annual Report on Form 10-K.", y);
        report.paragraph("Date: " + Amounts.longDate(report.filingDate()) + "    By: /s/ Jordan A. Example, "
                + "Chief Executive Officer", y - 10);
    }

    private void contents() throws IOException {
        report.page(PageKind.CONTENTS, false);
        center("TABLE OF CONTENTS", canvas.bold, 12, 740);
        canvas.rightText("Page", canvas.bold, 9, RIGHT, 716);
        float y = 700;
        y = entry("PART II", null, 0, y, true);
        y = entry("Item 5.  Market for Registrant's Common Equity and Related Stockholder Matters",
                PageKind.SELECTED_FINANCIAL_DATA, 0, y, false);
        y = entry("Item 6.  Selected Financial Data", PageKind.SELECTED_FINANCIAL_DATA, 0, y, false);
        y = entry("Item 7.  Management's Discussion and Analysis of Financial Condition and Results of Operations",
                PageKind.MANAGEMENT_DISCUSSION, 0, y, false);
        y = entry("Item 8.  Financial Statements and Supplementary Data", PageKind.AUDITOR_REPORT, 0, y, false);
        y = entry("Report of Independent Registered Public Accounting Firm", PageKind.AUDITOR_REPORT, 1, y, false);
        y = entry(report.style().operationsName(), PageKind.INCOME_STATEMENT, 1, y, false);
        y = entry("Consolidated Statements of Comprehensive Income", PageKind.COMPREHENSIVE_INCOME, 1, y, false);
        y = entry("Consolidated Balance Sheets", PageKind.BALANCE_SHEET, 1, y, false);
        y = entry("Consolidated Statements of Cash Flows", PageKind.CASH_FLOW, 1, y, false);
        entry("Notes to Consolidated Financial Statements", PageKind.NOTES, 1, y, false);
    }

    private float entry(String label, PageKind target, int level, float y, boolean bold) throws IOException {
        float x = LEFT + level * 18;
        canvas.text(label, bold ? canvas.bold : canvas.regular, 10, x, y);
        if (target != null) {
            String number = ReportWriter.printedNumber(target);
            float start = x + canvas.width(label, canvas.regular, 10) + 4;
            float end = RIGHT - canvas.width(number, canvas.regular, 10) - 6;
            int dots = (int) ((end - start) / canvas.width(". ", canvas.regular, 10));
            if (dots > 2) canvas.text(". ".repeat(dots).trim(), canvas.regular, 10, start, y);
            canvas.rightText(number, canvas.regular, 10, RIGHT, y);
        }
        return y - 18;
    }

    private void selectedData() throws IOException {
        report.page(PageKind.SELECTED_FINANCIAL_DATA, false);
        canvas.text("Item 5. Market for Registrant's Common Equity and Related Stockholder Matters", canvas.bold, 11, LEFT, 740);
        float y = report.paragraph("Our common stock is traded on the New York Stock Exchange under the symbol "
                + company.ticker() + ". Dividends declared per share are shown in the table below.", 722);
        canvas.text("Item 6. Selected Financial Data", canvas.bold, 11, LEFT, y - 6);
        y = report.paragraph("The following selected financial data should be read together with the consolidated "
                + "financial statements and notes in Item 8. (In " + company.scale().word()
                + ", except per share amounts)", y - 24);
        TablePrinter table = new TablePrinter(canvas, FinancialModel.HISTORY, 60, y - 8);
        table.spanHeader(company.fiscalYearEnd().weekBased() ? "Fiscal Year" : "Year Ended " + Amounts.monthDay(company.yearEnd(0)));
        List<List<String>> headers = new ArrayList<>();
        for (int back = 0; back < FinancialModel.HISTORY; back++) headers.add(List.of(String.valueOf(report.year(back).fiscalYear())));
        table.columnHeaders(headers);
        table.row("Statement of operations data:", 0, Style.HEADING, false, List.of());
        fiveYears(table, "Revenue", "revenue", true, false);
        fiveYears(table, "Gross profit", "gross_profit", false, false);
        fiveYears(table, "Operating income", "operating_income", false, false);
        fiveYears(table, "Net income attributable to " + company.name(), "ni_company", false, false);
        fiveYears(table, "Diluted earnings per share", "eps_diluted", true, true);
        fiveYears(table, "Cash dividends declared per share", "dividends_per_share", true, true);
        table.row("Balance sheet data (at year end):", 0, Style.HEADING, false, List.of());
        fiveYears(table, "Total assets", "total_assets", true, false);
        fiveYears(table, "Long-term debt", "long_term_debt", false, false);
        fiveYears(table, "Total equity", "total_equity", false, false);
    }

    private void fiveYears(TablePrinter table, String label, String key, boolean dollar, boolean cents) throws IOException {
        List<String> cells = new ArrayList<>();
        for (int back = 0; back < FinancialModel.HISTORY; back++) {
            long value = report.year(back).get(key);
            cells.add(cents ? Amounts.cents(value) : Amounts.whole(value));
        }
        table.row(label, 1, Style.ITEM, dollar, cells);
    }

    private void discussion() throws IOException {
        report.page(PageKind.MANAGEMENT_DISCUSSION, false);
        Figures now = report.year(0);
        Figures before = report.year(1);
        canvas.text("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations",
                canvas.bold, 10.5f, LEFT, 740);
        float y = report.paragraph("Revenue was " + money(now.get("revenue")) + " in fiscal " + now.fiscalYear()
                + ", a change of " + Amounts.percent(change(now, before, "revenue")) + " compared with "
                + money(before.get("revenue")) + " in fiscal " + before.fiscalYear() + ". Gross profit, operating "
                + "income and net income are discussed below; see the Consolidated Statements of Operations in Item 8.", 718);
        canvas.text("Results of Operations", canvas.bold, 10, LEFT, y);
        TablePrinter table = new TablePrinter(canvas, 3, 80, y - 20);
        table.columnHeaders(List.of(List.of(String.valueOf(now.fiscalYear())), List.of(String.valueOf(before.fiscalYear())),
                List.of("Change")));
        for (String[] row : new String[][] {{"Revenue", "revenue"}, {"Cost of revenue", "cost_of_revenue"},
                {"Gross profit", "gross_profit"}, {"Operating income", "operating_income"}, {"Net income", "net_income"}}) {
            table.row(row[0], 0, Style.ITEM, row[1].equals("revenue"), List.of(Amounts.whole(now.get(row[1])),
                    Amounts.whole(before.get(row[1])), Amounts.percent(change(now, before, row[1]))));
        }
        table.row("Gross margin", 0, Style.ITEM, false, List.of(Amounts.percent(margin(now)), Amounts.percent(margin(before)), ""));
        liquidity(table.y() - 16, now, before);
    }

    private void liquidity(float y, Figures now, Figures before) throws IOException {
        canvas.text("Liquidity and Capital Resources", canvas.bold, 10, LEFT, y);
        y = report.paragraph("Cash and cash equivalents were " + money(now.get("cash")) + " at the end of fiscal "
                + now.fiscalYear() + ". The following table summarizes our cash flows:", y - 16);
        TablePrinter table = new TablePrinter(canvas, 2, 95, y - 6);
        table.columnHeaders(List.of(List.of(String.valueOf(now.fiscalYear())), List.of(String.valueOf(before.fiscalYear()))));
        for (String[] row : new String[][] {{"Net cash provided by operating activities", "cash_from_operations"},
                {"Net cash used in investing activities", "cash_from_investing"},
                {"Net cash provided by (used in) financing activities", "cash_from_financing"},
                {"Capital expenditures", "capex"}}) {
            table.row(row[0], 0, Style.ITEM, row[1].equals("cash_from_operations"),
                    List.of(Amounts.whole(now.get(row[1])), Amounts.whole(before.get(row[1]))));
        }
    }

    private static double change(Figures now, Figures before, String key) {
        long base = before.get(key);
        return base == 0 ? 0 : (double) (now.get(key) - base) / Math.abs(base);
    }

    private static double margin(Figures f) {
        return (double) f.get("gross_profit") / f.get("revenue");
    }

    private void auditorReport() throws IOException {
        report.page(PageKind.AUDITOR_REPORT, false);
        center("REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM", canvas.bold, 11, 740);
        float y = report.paragraph("To the Shareholders and the Board of Directors of " + company.name(), 712);
        y = report.paragraph("Opinion on the Financial Statements. We have audited the accompanying consolidated balance "
                + "sheets of " + company.name() + " (the Company) as of " + fiscalYearEnded() + " and "
                + Amounts.longDate(company.yearEnd(1)) + ", the related consolidated statements of operations, "
                + "comprehensive income, shareholders' equity and cash flows for each of the " + company.years()
                + " years in the period ended " + fiscalYearEnded() + ", and the related notes. In our opinion, the "
                + "consolidated financial statements present fairly, in all material respects, the financial position "
                + "of the Company and the results of its operations and its cash flows, in conformity with U.S. "
                + "generally accepted accounting principles.", y);
        y = report.paragraph("Basis for Opinion. These financial statements are the responsibility of the Company's "
                + "management. Our responsibility is to express an opinion on these financial statements based on our "
                + "audits. We conducted our audits in accordance with the standards of the Public Company Accounting "
                + "Oversight Board (United States).", y);
        y = report.paragraph("Sample & Partners LLP", y - 10);
        report.paragraph("We have served as the Company's auditor since 2009. " + Amounts.longDate(report.filingDate()), y);
    }

    void notes() throws IOException {
        report.page(PageKind.NOTES, false);
        Figures now = report.year(0);
        Figures before = report.year(1);
        center("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", canvas.bold, 11, 742);
        canvas.text("Note 4. Accounts Receivable", canvas.bold, 10, LEFT, 716);
        TablePrinter table = new TablePrinter(canvas, 2, 95, 700);
        table.columnHeaders(List.of(List.of(Amounts.longDate(company.yearEnd(0))), List.of(Amounts.longDate(company.yearEnd(1)))));
        noteRow(table, "Accounts receivable", "ar_gross", Style.ITEM, true, now, before);
        noteRow(table, "Less: allowance for credit losses", "ar_allowance", Style.ITEM, false, now, before);
        noteRow(table, "Accounts receivable, net", "accounts_receivable", Style.TOTAL, true, now, before);
        canvas.text("Note 5. Property, Plant and Equipment", canvas.bold, 10, LEFT, table.y() - 12);
        table.skip(40);
        noteRow(table, "Land", "ppe_land", Style.ITEM, true, now, before);
        noteRow(table, "Buildings and improvements", "ppe_buildings", Style.ITEM, false, now, before);
        noteRow(table, "Machinery and equipment", "ppe_machinery", Style.ITEM, false, now, before);
        noteRow(table, "Construction in progress", "ppe_construction", Style.ITEM, false, now, before);
        noteRow(table, "Property, plant and equipment, gross", "ppe_gross", Style.SUBTOTAL, false, now, before);
        noteRow(table, "Less: accumulated depreciation", "accumulated_depreciation", Style.ITEM, false, now, before);
        noteRow(table, "Property, plant and equipment, net", "ppe_net", Style.TOTAL, true, now, before);
        canvas.text("Note 12. Commitments and Contingencies", canvas.bold, 10, LEFT, table.y() - 12);
        report.paragraph("The Company is subject to legal proceedings arising in the ordinary course of business. "
                + "Management does not expect their outcome to have a material effect on the consolidated balance "
                + "sheets or statements of operations.", table.y() - 30);
    }

    private void noteRow(TablePrinter table, String label, String key, Style style, boolean dollar, Figures now, Figures before)
            throws IOException {
        table.row(label, 0, style, dollar, List.of(Amounts.whole(now.get(key)), Amounts.whole(before.get(key))));
    }

    private void center(String text, PDFont font, float size, float y) throws IOException {
        canvas.centerText(text, font, size, CENTER, y);
    }
}
