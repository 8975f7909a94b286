package io.tickmark;

import io.tickmark.ask.Answer;
import io.tickmark.ask.Asker;
import io.tickmark.document.Document;
import io.tickmark.document.DocumentFormat;
import io.tickmark.document.Formats;
import io.tickmark.document.CsvReader;
import io.tickmark.document.HtmlReader;
import io.tickmark.document.XlsxReader;
import io.tickmark.xbrl.InlineFiling;
import io.tickmark.xbrl.InlineXbrl;
import io.tickmark.xbrl.XbrlInstance;
import io.tickmark.spread.FactSpreader;
import io.tickmark.document.ParsedTextReader;
import io.tickmark.document.PdfReader;
import io.tickmark.spread.Spread;
import io.tickmark.spread.Spreader;
import io.tickmark.store.FactStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The front door: read a report, spread its statements, open a store. Everything else in the
 * library is reachable from here.
 */
public final class Tickmark {
    private Tickmark() {
    }

    /**
     * Reads a report into pages of positioned text: a PDF, an HTML filing (inline XBRL or not), an XLSX workbook
     * or a CSV file of statements (laid out as an HTML table is), or an XBRL instance (one page, a line per fact),
     * told apart by content, not by file extension.
     *
     * @throws io.tickmark.document.UnreadableDocumentException naming the file and the reason when it can't be read
     */
    public static Document read(Path file) throws IOException {
        DocumentFormat format = Formats.require(file, Readers.head(file));
        return switch (format) {
            case PDF -> new PdfReader().read(file);
            case HTML -> new HtmlReader().read(file);
            case XLSX -> new XlsxReader().read(file);
            case CSV -> new CsvReader().read(file);
            case PARSED_TEXT -> new ParsedTextReader().read(file);
            case XBRL -> XbrlInstance.document(XbrlInstance.read(file));
        };
    }

    /**
     * Reads a report and spreads its balance sheet, income statement and cash flow statement into the
     * standard chart of accounts, with checks. A statement not found is a warning in the spread, and so is
     * what the reader met (an inline XBRL tag or workbook cell it could not read). An XBRL instance is spread
     * from its facts alone.
     *
     * @throws io.tickmark.document.UnreadableDocumentException naming the file and the reason when it can't be read
     */
    public static Spread spread(Path file) throws IOException {
        DocumentFormat format = Formats.require(file, Readers.head(file));
        if (format == DocumentFormat.HTML) {
            InlineFiling filing = InlineXbrl.read(file);
            Spread spread = Spreader.standard().spread(filing.document(), filing.facts());
            return Readers.withProblems(spread, "inline XBRL", filing.problems());
        }
        if (format == DocumentFormat.XBRL) return FactSpreader.standard().spread(XbrlInstance.read(file));
        if (format == DocumentFormat.XLSX) {
            List<String> problems = new ArrayList<>();
            Document document = new XlsxReader().read(file, problems);
            return Readers.withProblems(spread(document), "workbook", problems);
        }
        return spread(read(file));
    }

    /** Spreads an already read document. */
    public static Spread spread(Document document) {
        return Spreader.standard().spread(document);
    }

    /**
     * Answers a metric question from the facts in the store, with every input ticked to its page; or says
     * why it cannot (company not ingested, period missing, an input failed a check, question not understood).
     */
    public static Answer ask(FactStore store, String question) {
        return new Asker(store).ask(question);
    }

    /**
     * A credit analysis of one company's reports, as records: each report is read (its text scanned for
     * going-concern and audit wording) and spread, the years lined up, then ratios, scores, rating, red flags and
     * narrative, every figure ticked. Write it with {@link io.tickmark.credit.memo.MemoWriter}.
     *
     * @throws io.tickmark.document.UnreadableDocumentException naming the file and the reason when one can't be read
     */
    public static io.tickmark.credit.CreditAnalysis credit(List<Path> reports) throws IOException {
        List<Spread> spreads = new ArrayList<>();
        List<io.tickmark.facts.TextFinding> text = new ArrayList<>();
        for (Path report : reports) {
            Document document = read(report);
            text.addAll(io.tickmark.credit.TextScan.scan(document));
            spreads.add(spread(document));
        }
        return io.tickmark.credit.CreditAnalyst.standard().analyse(spreads, text);
    }

    /** A credit analysis of a company's reports in the store (name exact, or a unique part of one). */
    public static io.tickmark.credit.CreditAnalysis credit(FactStore store, String company) {
        return io.tickmark.credit.CreditAnalyst.standard().analyse(store, company);
    }

    /** Opens the store: the given JDBC URL (PostgreSQL or H2), or the embedded H2 database in {@code dataDir} when the URL is null. */
    public static FactStore openStore(String jdbcUrl, Path dataDir) {
        return jdbcUrl == null || jdbcUrl.isBlank() ? FactStore.openDefault(dataDir) : FactStore.open(jdbcUrl);
    }
}
