package io.tickmark.search;

import io.tickmark.cas.CasCompany;
import io.tickmark.cas.CasCover;
import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;
import io.tickmark.spread.CasSpreader;
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
 * belong to, its page count, the parts of the fiscal year it reports on (quarter, first half, full year; the one
 * it is about first, empty when it does not say) and the date it was filed or issued (null when it does not say);
 * see {@link FilingPeriods} for how the last two are read.
 *
 * <p>An annual report belongs to the year its period ends in (a year ending in the first week of January
 * belongs to the year before). Any other filing may belong to the calendar year of its date or the next,
 * because a quarter's fiscal year depends on where the company's year ends, which a 10-Q does not say; one
 * dated in the first quarter may also report on the year before (a fourth-quarter earnings release).
 */
public record Filing(String fileName, String sha256, String company, List<String> tickers, String documentType,
                     LocalDate periodEnd, List<Integer> fiscalYears, int pages, List<FiscalPeriod> periods, LocalDate filed) {
    static final Set<String> ANNUAL = Set.of("10-K", "10-KT", "20-F", "40-F", "annual report");
    /** Interim filings and releases: quarterly reports, current reports and their exhibits. */
    static final Set<String> INTERIM = Set.of("10-Q", "10-QT", "8-K", "6-K", "earnings release");
    private static final Pattern TICKER = Pattern.compile(
            "(?:^|\\s)([A-Z]{1,5}(?:\\.[A-Z])?)\\s+(?:The\\s+)?(?:New\\s+York\\s+Stock\\s+Exchange|NYSE|Nasdaq|NASDAQ|The\\s+Nasdaq)");
    private static final Set<String> NOT_TICKERS = Set.of("LLC", "INC", "THE", "NYSE", "NA", "N", "A", "I", "PLC", "LTD");

    private static final String UNKNOWN = new DocumentInfo("x", null, null, null, null, null, 0).company();

    public Filing {
        if (fileName == null || fileName.isBlank()) throw new IllegalArgumentException("filing has no file name");
        if (sha256 == null || sha256.length() != 64) throw new IllegalArgumentException("filing " + fileName + " has no SHA-256");
        tickers = List.copyOf(tickers);
        fiscalYears = List.copyOf(fiscalYears);
        periods = periods == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(periods));
    }

    /** A filing whose period and filing date are not known. */
    public Filing(String fileName, String sha256, String company, List<String> tickers, String documentType,
                  LocalDate periodEnd, List<Integer> fiscalYears, int pages) {
        this(fileName, sha256, company, tickers, documentType, periodEnd, fiscalYears, pages, List.of(), null);
    }

    /** Whether the filing reports on that part of the year, or does not say which it reports on (unknown is not another period). */
    public boolean mayCover(FiscalPeriod period) {
        return periods.isEmpty() || periods.contains(period);
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
        String firstPage = doc.pages().isEmpty() ? "" : doc.pages().get(0).text().replace('\u00a0', ' ');
        String company = info.company();
        Set<String> tickers = new LinkedHashSet<>(tickers(doc));
        Matcher symbol = SYMBOL.matcher(firstPage);
        while (symbol.find()) tickers.add(symbol.group(1));
        Matcher listed = LISTED_AS.matcher(firstPage);
        String listedName = listed.find() ? listed.group(1).strip() : null;
        if (UNKNOWN.equals(company) && listedName != null) company = listedName;
        String type = info.documentType();
        if (UNKNOWN.equals(company) && CasSpreader.isChinese(doc)) {
            // a Chinese report: its cover and company profile name it (全称, 简称, 股票代码); its title says which report it is
            CasCompany cas = CasCover.read(doc);
            if (cas.fullName() != null) company = cas.fullName();
            tickers.addAll(cas.shortNames());
            tickers.addAll(cas.stockCodes());
            if ("unknown".equals(type)) type = chineseType(FilingPeriods.periods(doc, type, firstPage));
            if (info.periodEnd() == null && cas.fiscalYear() != null) {
                // CAS fiscal years are calendar years; an interim report's date stays the one it prints
                if (ANNUAL.contains(type)) date = LocalDate.of(cas.fiscalYear(), 12, 31);
            }
        }
        if (UNKNOWN.equals(company)) company = printed(doc, knownCompanies, company);
        if (UNKNOWN.equals(company)) company = mostNamed(doc, company);
        List<Integer> years = new ArrayList<>(fiscalYears(type, date));
        if (!ANNUAL.contains(type) && release(firstPage)) {
            if ("unknown".equals(type)) type = RELEASE;
            for (int y : headlineYears(doc)) if (!years.contains(y)) years.add(y);
        }
        return new Filing(doc.fileName(), doc.sha256(), company, new ArrayList<>(tickers), type, date,
                years, doc.pages().size(), FilingPeriods.periods(doc, type, firstPage), FilingPeriods.filed(doc, type, date, firstPage));
    }

    /** A Chinese report's form by the part of the year its title names: 年度报告, 半年度报告, 季度报告. */
    private static String chineseType(List<FiscalPeriod> periods) {
        if (periods.contains(FiscalPeriod.FY)) return "annual report";
        if (periods.equals(List.of(FiscalPeriod.H1))) return "semi-annual report";
        if (!periods.isEmpty()) return "quarterly report";
        return "unknown";
    }

    /** The form given to a press release about results that is not filed under its own cover (an 8-K exhibit). */
    public static final String RELEASE = "earnings release";
    /** "Johnson & Johnson (NYSE: JNJ)": the name and symbol a press release gives its issuer. */
    private static final Pattern LISTED_AS = Pattern.compile(
            "((?:[A-Z][\\w.&'’-]*|&)(?:[ \\t]+(?:[A-Z][\\w.&'’-]*|&|of|and)){0,5}),?[ \\t]*\\((?:NYSE|Nasdaq|NASDAQ|Nasdaq\\s*GS|NYSE\\s+American|ASX|LSE|TSX)\\s*:\\s*([A-Z]{1,5}(?:\\.[A-Z])?)\\)");
    /** "(NYSE: JNJ)": a symbol as a press release prints it. */
    private static final Pattern SYMBOL = Pattern.compile(
            "\\((?:NYSE|Nasdaq|NASDAQ|Nasdaq\\s*GS|NYSE\\s+American|ASX|LSE|TSX)\\s*:\\s*([A-Z]{1,5}(?:\\.[A-Z])?)\\)");
    /** A press release: the release line, or a headline or first sentence saying the company reports or announces results. */
    private static final Pattern RELEASE_MARK = Pattern.compile(
            "(?i)\\b(?:for\\s+immediate\\s+release|press\\s+release|news\\s+release|earnings\\s+release|"
                    + "reports?\\s+[^.\\n]{0,60}\\bresults|today\\s+(?:announced|reported)\\s+[^.]{0,60}\\bresults)\\b");
    /** Years a results headline names: "fiscal 2023 results", "2022 Fourth-Quarter", "full year 2022", "year ended December 31, 2022". */
    private static final Pattern HEADLINE_YEAR = Pattern.compile(
            "(?i)(?:\\b(?:fiscal(?:\\s+year)?|full[- ]year|quarter(?:\\s+and\\s+(?:the\\s+)?(?:full\\s+)?year)?|year\\s+ended\\s+[A-Z][a-z]+\\.?\\s+\\d{1,2},?)\\s+((?:19|20)\\d{2})\\b"
                    + "|\\b((?:19|20)\\d{2})\\s+(?:first|second|third|fourth|full)[- ](?:quarter|year)|\\b[1-4]Q\\s?((?:19|20)?\\d{2})\\b|\\bQ[1-4]\\s?((?:19|20)\\d{2})\\b)");
    private static final int HEADLINE_LINES = 20;
    /** "The Coca-Cola Company", "Acme Widgets, Inc.": a name with its legal form, as the text of a filing prints its registrant. */
    private static final Pattern LEGAL_NAME = Pattern.compile(
            "\\b((?:The\\s+)?[A-Z][\\w&'’.-]*(?:\\s+[A-Z&][\\w&'’.-]*){0,3},?\\s+(?:Inc\\.|Incorporated|Corporation|Company|plc|PLC|N\\.V\\.|Ltd\\.|Limited))");
    private static final int NAMED_PAGES = 6;
    private static final int NAMED_AT_LEAST = 2;
    /** Words that start a phrase about "the company" rather than a name ("Our Company", "Each Company"). */
    private static final Set<String> NOT_NAMES = Set.of("our", "the", "this", "that", "such", "each", "any", "parent", "a", "an", "its", "your");

    /** Whether the first page reads as a press release. */
    static boolean release(String firstPage) {
        return RELEASE_MARK.matcher(firstPage).find();
    }

    /** The fiscal years the headline and first paragraph of a release report on. */
    private static List<Integer> headlineYears(Document doc) {
        if (doc.pages().isEmpty()) return List.of();
        List<TextLine> lines = doc.pages().get(0).lines();
        StringBuilder head = new StringBuilder();
        for (TextLine l : lines.subList(0, Math.min(HEADLINE_LINES, lines.size()))) head.append(l.text()).append(' ');
        Set<Integer> out = new LinkedHashSet<>();
        Matcher m = HEADLINE_YEAR.matcher(head.toString().replaceAll("\\s+", " "));
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) == null) continue;
                int y = Integer.parseInt(m.group(g));
                out.add(y < 100 ? 2000 + y : y);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The registrant named most often with its legal form in the first pages ("The Coca-Cola Company"), when the
     * cover prints none (a name set as a picture); at least {@value #NAMED_AT_LEAST} times, else the fallback.
     */
    private static String mostNamed(Document doc, String fallback) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, String> shown = new java.util.HashMap<>();
        for (Page p : doc.pages().subList(0, Math.min(NAMED_PAGES, doc.pages().size()))) {
            Matcher m = LEGAL_NAME.matcher(p.text().replace('\u00a0', ' '));
            while (m.find()) {
                String key = Names.key(m.group(1));
                List<String> words = Names.words(m.group(1));
                if (key.length() < 3 || words.isEmpty() || NOT_NAMES.contains(words.get(0))) continue;
                counts.merge(key, 1, Integer::sum);
                shown.putIfAbsent(key, m.group(1).replaceAll("\\s+", " "));
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= NAMED_AT_LEAST)
                .max(java.util.Map.Entry.comparingByValue()).map(e -> shown.get(e.getKey())).orElse(fallback);
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

    /** Whether this is a quarterly report, a current report (8-K, 6-K) or an earnings release. */
    public boolean interim() {
        return INTERIM.contains(documentType);
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
