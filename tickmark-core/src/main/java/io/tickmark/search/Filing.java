package io.tickmark.search;

import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;
import io.tickmark.spread.Covers;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.statement.Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the index keeps about one filing: file, SHA-256, company and ticker symbols from the cover, form,
 * period end (or the first date on the first page for releases without one), the fiscal years it may
 * belong to, and its page count.
 *
 * <p>An annual report belongs to the year its period ends in (a year ending in the first week of January
 * belongs to the year before). Any other filing may belong to the calendar year of its date or the next,
 * because a quarter's fiscal year depends on where the company's year ends, which a 10-Q does not say; one
 * dated in the first quarter may also report on the year before (a fourth-quarter earnings release).
 */
public record Filing(String fileName, String sha256, String company, List<String> tickers, String documentType,
                     LocalDate periodEnd, List<Integer> fiscalYears, int pages) {
    private static final Set<String> ANNUAL = Set.of("10-K", "10-KT", "20-F", "40-F", "annual report");
    private static final Pattern TICKER = Pattern.compile(
            "(?:^|\\s)([A-Z]{1,5}(?:\\.[A-Z])?)\\s+(?:The\\s+)?(?:New\\s+York\\s+Stock\\s+Exchange|NYSE|Nasdaq|NASDAQ|The\\s+Nasdaq)");
    private static final Set<String> NOT_TICKERS = Set.of("LLC", "INC", "THE", "NYSE", "NA", "N", "A", "I", "PLC", "LTD");

    private static final String UNKNOWN = new DocumentInfo("x", null, null, null, null, null, 0).company();

    public Filing {
        if (fileName == null || fileName.isBlank()) throw new IllegalArgumentException("filing has no file name");
        if (sha256 == null || sha256.length() != 64) throw new IllegalArgumentException("filing " + fileName + " has no SHA-256");
        tickers = List.copyOf(tickers);
        fiscalYears = List.copyOf(fiscalYears);
    }

    /** Reads the cover of a document; never fails on an odd cover (unknown parts stay null or empty). */
    public static Filing of(Document doc) {
        return of(doc, List.of());
    }

    /**
     * Reads the cover of a document; when the cover names no registrant (a press release), the first of the
     * known companies whose name the first pages print is taken.
     */
    public static Filing of(Document doc, List<String> knownCompanies) {
        DocumentInfo info = Covers.read(doc);
        LocalDate date = info.periodEnd() != null ? info.periodEnd() : firstDate(doc);
        String company = info.company();
        if (UNKNOWN.equals(company)) company = printed(doc, knownCompanies, company);
        return new Filing(doc.fileName(), doc.sha256(), company, tickers(doc), info.documentType(), date,
                fiscalYears(info.documentType(), date), doc.pages().size());
    }

    private static String printed(Document doc, List<String> known, String fallback) {
        StringBuilder text = new StringBuilder();
        for (Page p : doc.pages().subList(0, Math.min(2, doc.pages().size()))) text.append(p.text()).append(' ');
        String key = Names.key(text.toString());
        for (String name : known) {
            String k = Names.key(name);
            if (k.length() >= 3 && key.contains(k)) return name;
        }
        return fallback;
    }

    /** Whether this is an annual report (10-K, 20-F, 40-F, annual report). */
    public boolean annual() {
        return ANNUAL.contains(documentType);
    }

    static List<Integer> fiscalYears(String type, LocalDate date) {
        if (date == null) return List.of();
        if (ANNUAL.contains(type)) {
            boolean firstWeek = date.getMonthValue() == 1 && date.getDayOfMonth() <= 7;
            return List.of(firstWeek ? date.getYear() - 1 : date.getYear());
        }
        if (date.getMonthValue() <= 3) return List.of(date.getYear() - 1, date.getYear(), date.getYear() + 1);
        return List.of(date.getYear(), date.getYear() + 1);
    }

    private static LocalDate firstDate(Document doc) {
        for (Page p : doc.pages().subList(0, Math.min(1, doc.pages().size()))) {
            for (TextLine line : p.lines()) {
                LocalDate d = Dates.firstDate(line.text());
                if (d != null) return d;
            }
        }
        return null;
    }

    /** Trading symbols printed beside the exchange on the cover ("MMM New York Stock Exchange"). */
    private static List<String> tickers(Document doc) {
        Set<String> found = new LinkedHashSet<>();
        for (Page p : doc.pages().subList(0, Math.min(2, doc.pages().size()))) {
            for (TextLine line : p.lines()) {
                Matcher m = TICKER.matcher(line.text());
                while (m.find()) {
                    String t = m.group(1);
                    if (!NOT_TICKERS.contains(t.toUpperCase(Locale.ROOT))) found.add(t);
                }
            }
        }
        return new ArrayList<>(found);
    }
}
