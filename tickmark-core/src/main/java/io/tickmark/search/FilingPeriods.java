package io.tickmark.search;

import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;
import io.tickmark.statement.Dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which part of its fiscal year a filing reports on and the date it was filed or issued, from what the
 * filing prints; either is unknown (empty, null) when it does not say. Generic rules only:
 * <ul>
 * <li>period: an annual report's form, or a Chinese report's title (年度报告, 半年度报告, 第一季度报告, 第三季度报告) is the
 * full year, the first half or a quarter; a quarterly report's statements give the quarter by the longest period
 * they cover ("three and six months ended": the second quarter, and its first half; "nine months" or "thirty-nine
 * weeks": the third); an earnings release's headline names its quarter and says whether it also covers the full
 * year ("fourth quarter and full year 2022", "fiscal 2023 results"). A current report (8-K) reports an event, not a
 * period: unknown.</li>
 * <li>filing date: the date beside the signatures ("Pursuant to the requirements of the Securities Exchange Act
 * ... duly caused this report to be signed ... Date: February 7, 2019"), else a current report's "Date of Report",
 * else a release's dateline ("NEW BRUNSWICK, N.J., January 24, 2023 –"), else a Chinese report's board date
 * (董事会 ... 2023年3月28日, 批准报送日期). A signature date before the period end, or more than
 * {@value #LATEST_FILING_DAYS} days after it, is not taken (a date in the text, not a filing date).</li>
 * </ul>
 */
final class FilingPeriods {
    private FilingPeriods() {
    }

    /** The most days after its period end that a filing is believed filed (annual reports are due within months). */
    static final int LATEST_FILING_DAYS = 400;
    /** How many pages of a quarterly report are read for the periods its statements cover. */
    private static final int STATEMENT_PAGES = 15;
    private static final int HEADLINE_LINES = 20;
    private static final int DATELINE_LINES = 25;

    /** "three and six months ended", "Six Months Ended", "3 months ended": the months a column covers. */
    private static final Pattern MONTHS_ENDED = Pattern.compile(
            "(?i)\\b((?:three|six|nine|[369])(?:\\s*(?:,|and|&)\\s*(?:three|six|nine|[369]))*)[\\s-]+months?\\s+(?:period\\s+)?ended\\b");
    /** "Thirteen Weeks Ended", "26 weeks ended", "twelve and twenty-four weeks ended" (52-53 week years). */
    private static final Pattern WEEKS_ENDED = Pattern.compile(
            "(?i)\\b((?:twelve|thirteen|twenty[\\s-]four|twenty[\\s-]six|thirty[\\s-]six|thirty[\\s-]nine|1[23]|2[46]|3[69])"
                    + "(?:\\s*(?:,|and|&)\\s*(?:twelve|thirteen|twenty[\\s-]four|twenty[\\s-]six|thirty[\\s-]six|thirty[\\s-]nine|1[23]|2[46]|3[69]))*)"
                    + "[\\s-]+weeks?\\s+(?:period\\s+)?ended\\b");
    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)twenty[\\s-]four|twenty[\\s-]six|thirty[\\s-]six|thirty[\\s-]nine|twelve|thirteen|three|six|nine|\\d+");
    /** "Fourth Quarter", "fourth-quarter", "Q2", "2Q23", "second quarter" in a release headline. */
    private static final Pattern HEADLINE_QUARTER = Pattern.compile(
            "(?i)\\b(first|second|third|fourth)[\\s-]quarter\\b|\\bQ([1-4])\\b|\\b([1-4])Q(?:\\s?'?\\d{2})?\\b");
    /**
     * A release about the whole year: "fourth quarter and full year 2022", "2022 Full-Year reported sales", "fiscal 2023
     * results", "annual results"; not "raises 2023 full-year guidance" (a quarter's release looking ahead).
     */
    private static final Pattern HEADLINE_YEAR = Pattern.compile(
            "(?i)\\b(?:full|fiscal)[\\s-]year(?:\\s+(?:19|20)\\d{2})?+\\b(?!\\s*(?:guidance|outlook|expectations?|forecasts?|targets?|estimates?|view)\\b)"
                    + "|\\bfiscal\\s+(?:19|20)\\d{2}\\s+(?:financial\\s+)?(?:results|earnings)\\b|\\bannual\\s+results\\b"
                    + "|\\bquarter\\s+and\\s+(?:the\\s+)?(?:fiscal\\s+)?year\\s+ended\\b");
    /** "first half", "half-year results", "H1 2023", "six months ended" in a release headline. */
    private static final Pattern HEADLINE_HALF = Pattern.compile("(?i)\\bfirst[\\s-]half\\b|\\bhalf[\\s-]year\\b|\\bH1\\b|\\b1H\\b|\\bsix\\s+months\\b");
    /** A Chinese report's title: 年度报告 (annual), 半年度报告 (half year), 第一季度报告 / 一季度报告 (quarter). */
    private static final Pattern CHINESE_TITLE = Pattern.compile("(半年度|第?[一二三四]季度|年度)\\s*报告");
    /**
     * The signature block of an SEC report: "Pursuant to (Under) the requirements of Section 13 or 15(d) of the Securities
     * Exchange Act ... has duly caused this report (this Annual Report on Form 10-K) to be signed" / "this report has
     * been (was) signed".
     */
    private static final Pattern SIGNED = Pattern.compile(
            "(?i)(?:pursuant\\s+to|under)\\s+the\\s+requirements\\s+of\\s+(?:section\\s+13\\s+or\\s+15\\s*\\(d\\)\\s+of\\s+)?the\\s+securities\\s+exchange\\s+act"
                    + "[^.]{0,120}?\\b(?:duly\\s+caused\\s+this\\b[^.]{0,60}?\\bto\\s+be\\s+signed|(?:has\\s+been|was)\\s+signed)");
    /** "on the 15th day of February, 2023": a date as some signature blocks write it. */
    private static final Pattern DAY_OF = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+day\\s+of\\s+([A-Z][a-z]+\\.?)\\s*,?\\s+((?:19|20)\\d{2})\\b");
    /** How far after the signature phrase its date is looked for (characters). */
    private static final int SIGNATURE_SPAN = 1500;
    /** "Date of Report (Date of earliest event reported): July 1, 2022" on a current report's cover. */
    private static final Pattern DATE_OF_REPORT = Pattern.compile("(?i)date\\s+of\\s+report\\b");
    /** A Chinese report's board date: "董事会批准报送日期：2020年4月2日", or the board's signature "xx股份有限公司董事会 2023年4月28日". */
    private static final Pattern CHINESE_BOARD_DATE = Pattern.compile(
            "董事会(?:批准报送日期)?\\s*[：:]?\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CHINESE_REPORT_DATE = Pattern.compile(
            "(?:批准报送日期|报告披露日期|披露日期)\\s*[：:]?\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /** What may stand before a dateline's date: a place in capitalised words ("NEW BRUNSWICK, N.J.,", "Zurich, Switzerland;"). */
    private static final Pattern PLACE = Pattern.compile("^(?:[\\p{Lu}][\\p{L}.'’]*[\\s,;.-]*){0,6}\\(?\\s*$");
    /** What may follow a dateline's date: a dash, a slash (/PRNewswire/), a parenthesis (Business Wire), or nothing; "(July 20, 2023) –" too. */
    private static final Pattern AFTER_DATELINE = Pattern.compile("^\\s*\\)?\\s*(?:$|[-–—/(:]|--)");

    /** The parts of the fiscal year the filing reports on, the one it is about first; empty when it does not say. */
    static List<FiscalPeriod> periods(Document doc, String type, String firstPage) {
        List<FiscalPeriod> chinese = chinese(doc);
        if (!chinese.isEmpty()) return chinese;
        if (Filing.ANNUAL.contains(type)) return List.of(FiscalPeriod.FY);
        if ("10-Q".equals(type) || "10-QT".equals(type) || "quarterly report".equals(type)) return quarterly(doc);
        if (Filing.RELEASE.equals(type) || !Filing.ANNUAL.contains(type) && !"8-K".equals(type) && !"6-K".equals(type) && Filing.release(firstPage)) {
            return headline(doc);
        }
        return List.of();
    }

    /** The date the filing was signed, reported or issued; null when it prints none that fits its period. */
    static LocalDate filed(Document doc, String type, LocalDate periodEnd, String firstPage) {
        LocalDate signed = signed(doc, periodEnd);
        if (signed != null) return signed;
        if ("8-K".equals(type) || "6-K".equals(type)) {
            LocalDate reported = dateOfReport(doc);
            if (reported != null) return reported;
        }
        LocalDate board = chineseDate(doc, periodEnd);
        if (board != null) return board;
        // only a release has a dateline: a report's cover printing its period end alone on a line is no filing date
        boolean release = Filing.RELEASE.equals(type) || !Filing.ANNUAL.contains(type) && !"10-Q".equals(type) && !"10-QT".equals(type)
                && !"8-K".equals(type) && !"6-K".equals(type) && Filing.release(firstPage);
        return release ? dateline(doc, periodEnd) : null;
    }

    private static List<FiscalPeriod> chinese(Document doc) {
        for (Page p : doc.pages().subList(0, Math.min(2, doc.pages().size()))) {
            Matcher m = CHINESE_TITLE.matcher(p.text());
            if (!m.find()) continue;
            String kind = m.group(1);
            if (kind.startsWith("半")) return List.of(FiscalPeriod.H1);
            if (kind.contains("季度")) {
                int q = "一二三四".indexOf(kind.charAt(kind.length() - 3)) + 1;
                return q == 2 ? List.of(FiscalPeriod.Q2, FiscalPeriod.H1) : List.of(FiscalPeriod.quarter(q));
            }
            return List.of(FiscalPeriod.FY);
        }
        return List.of();
    }

    /** A quarterly report's quarter: the longest period its statements' columns cover (3, 6 or 9 months). */
    private static List<FiscalPeriod> quarterly(Document doc) {
        int longest = 0;
        for (Page p : doc.pages().subList(0, Math.min(STATEMENT_PAGES, doc.pages().size()))) {
            String text = p.text().replaceAll("\\s+", " ");
            Matcher m = MONTHS_ENDED.matcher(text);
            while (m.find()) longest = Math.max(longest, longest(m.group(1), 3));
            Matcher w = WEEKS_ENDED.matcher(text);
            while (w.find()) longest = Math.max(longest, longest(w.group(1), 13));
        }
        return switch (longest) {
            case 1 -> List.of(FiscalPeriod.Q1);
            case 2 -> List.of(FiscalPeriod.Q2, FiscalPeriod.H1);
            case 3 -> List.of(FiscalPeriod.Q3);
            default -> List.of();
        };
    }

    /** The largest number of quarters in a run such as "three and six" (months) or "13 and 26" (weeks), by a quarter's length. */
    private static int longest(String run, int perQuarter) {
        int out = 0;
        Matcher n = NUMBER_WORD.matcher(run);
        while (n.find()) {
            int v = number(n.group());
            int quarters = Math.round(v / (float) perQuarter);
            if (quarters >= 1 && quarters <= 3 && Math.abs(v - quarters * perQuarter) <= quarters) out = Math.max(out, quarters);
        }
        return out;
    }

    private static int number(String w) {
        String k = w.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "");
        return switch (k) {
            case "three" -> 3;
            case "six" -> 6;
            case "nine" -> 9;
            case "twelve" -> 12;
            case "thirteen" -> 13;
            case "twentyfour" -> 24;
            case "twentysix" -> 26;
            case "thirtysix" -> 36;
            case "thirtynine" -> 39;
            default -> Integer.parseInt(k);
        };
    }

    /** A release's periods from its headline: the quarter it names, the first half, and the full year when it reports on it. */
    private static List<FiscalPeriod> headline(Document doc) {
        if (doc.pages().isEmpty()) return List.of();
        List<TextLine> lines = doc.pages().get(0).lines();
        StringBuilder head = new StringBuilder();
        for (TextLine l : lines.subList(0, Math.min(HEADLINE_LINES, lines.size()))) head.append(l.text()).append(' ');
        String text = head.toString().replaceAll("\\s+", " ");
        Set<FiscalPeriod> out = new LinkedHashSet<>();
        Matcher q = HEADLINE_QUARTER.matcher(text);
        if (q.find()) {
            int n = q.group(1) != null ? List.of("first", "second", "third", "fourth").indexOf(q.group(1).toLowerCase(Locale.ROOT)) + 1
                    : Integer.parseInt(q.group(2) != null ? q.group(2) : q.group(3));
            out.add(FiscalPeriod.quarter(n));
        }
        if (HEADLINE_YEAR.matcher(text).find()) out.add(FiscalPeriod.FY);
        else if (out.contains(FiscalPeriod.Q2) && HEADLINE_HALF.matcher(text).find()) out.add(FiscalPeriod.H1);
        // a release on the full year is also the last quarter's, but which quarter that is it need not say
        return new ArrayList<>(out);
    }

    /** The first date after the signature phrase of an SEC report that fits its period end. */
    private static LocalDate signed(Document doc, LocalDate periodEnd) {
        List<Page> pages = doc.pages();
        for (int i = 0; i < pages.size(); i++) {
            String text = pages.get(i).text().replaceAll("\\s+", " ");
            Matcher m = SIGNED.matcher(text);
            if (!m.find()) continue;
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + SIGNATURE_SPAN));
            if (after.length() < SIGNATURE_SPAN && i + 1 < pages.size()) {
                String next = pages.get(i + 1).text().replaceAll("\\s+", " ");
                after = after + " " + next.substring(0, Math.min(next.length(), SIGNATURE_SPAN - after.length()));
            }
            for (LocalDate d : dates(after)) if (fits(d, periodEnd)) return d;
        }
        return null;
    }

    /** The full dates a text prints, left to right: "February 7, 2019", "Feb. 7, 2019" and "the 15th day of February, 2023". */
    private static List<LocalDate> dates(String text) {
        java.util.TreeMap<Integer, LocalDate> at = new java.util.TreeMap<>();
        for (Dates.Found f : Dates.find(text)) if (f.date() != null) at.put(f.start(), f.date());
        Matcher m = DAY_OF.matcher(text);
        while (m.find()) {
            List<Dates.Found> month = Dates.find(m.group(2) + " " + m.group(1) + ", " + m.group(3));
            if (!month.isEmpty() && month.get(0).date() != null) at.put(m.start(), month.get(0).date());
        }
        return new ArrayList<>(at.values());
    }

    /** The date printed beside "Date of Report" on a current report's first page. */
    private static LocalDate dateOfReport(Document doc) {
        if (doc.pages().isEmpty()) return null;
        String text = doc.pages().get(0).text().replaceAll("\\s+", " ");
        Matcher m = DATE_OF_REPORT.matcher(text);
        if (!m.find()) return null;
        // the date follows the label, or stands on the line above it
        for (Dates.Found f : Dates.find(text.substring(m.end(), Math.min(text.length(), m.end() + 120)))) if (f.date() != null) return f.date();
        List<Dates.Found> before = Dates.find(text.substring(Math.max(0, m.start() - 60), m.start()));
        for (int i = before.size() - 1; i >= 0; i--) if (before.get(i).date() != null) return before.get(i).date();
        return null;
    }

    /** A Chinese report's approval or board signature date. */
    private static LocalDate chineseDate(Document doc, LocalDate periodEnd) {
        for (Pattern p : List.of(CHINESE_REPORT_DATE, CHINESE_BOARD_DATE)) {
            for (Page page : doc.pages()) {
                Matcher m = p.matcher(page.text());
                while (m.find()) {
                    try {
                        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                        if (fits(d, periodEnd)) return d;
                    } catch (DateTimeException e) {
                        // "2月30日" is no date
                    }
                }
            }
        }
        return null;
    }

    /** A release's dateline: a date near the top of its first page, after nothing but a place and before a dash or the wire's name. */
    private static LocalDate dateline(Document doc, LocalDate periodEnd) {
        if (doc.pages().isEmpty()) return null;
        List<TextLine> lines = doc.pages().get(0).lines();
        for (TextLine line : lines.subList(0, Math.min(DATELINE_LINES, lines.size()))) {
            String t = line.text().replace('\u00a0', ' ');
            for (Dates.Found f : Dates.find(t)) {
                if (f.date() == null) continue;
                if (PLACE.matcher(t.substring(0, f.start())).matches() && AFTER_DATELINE.matcher(t.substring(f.end())).find()
                        && fits(f.date(), periodEnd)) {
                    return f.date();
                }
            }
        }
        return null;
    }

    /** Whether a date may be the filing date of a filing whose period ends on {@code periodEnd} (unknown: any date). */
    private static boolean fits(LocalDate d, LocalDate periodEnd) {
        return periodEnd == null || !d.isBefore(periodEnd) && !d.isAfter(periodEnd.plusDays(LATEST_FILING_DAYS));
    }
}
