package io.tickmark.spread;

import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;
import io.tickmark.statement.Dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a filing's cover page says: the registrant, the form and the period it reports on. */
final class CoverPage {
    private static final Pattern FORM = Pattern.compile("\\bFORM\\s+(10-K|10-Q|8-K|20-F|40-F|10-KT|10-QT|6-K)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD = Pattern.compile(
            "for\\s+the\\s+(fiscal\\s+year|year|quarterly\\s+period|quarter|period|transition\\s+period)\\s+ended\\s*:?\\s*(.{0,40})",
            Pattern.CASE_INSENSITIVE);
    private static final int COVER_PAGES = 2;

    private CoverPage() {
    }

    static DocumentInfo read(Document doc) {
        List<Page> cover = doc.pages().subList(0, Math.min(COVER_PAGES, doc.pages().size()));
        StringBuilder text = new StringBuilder();
        for (Page p : cover) text.append(p.text()).append('\n');
        String all = text.toString().replace('\u00a0', ' ');
        String form = form(all);
        LocalDate end = periodEnd(all);
        return new DocumentInfo(doc.fileName(), doc.sha256(), company(cover), form, end, signed(doc), doc.pages().size(),
                fiscalYearLabel(doc, end));
    }

    private static final Pattern SIGNATURE_DATE = Pattern.compile("^\\s*(date|dated)\\s*:?\\s+(.{6,30})$", Pattern.CASE_INSENSITIVE);
    private static final int SIGNATURE_PAGES = 12;

    /** The date on the signature page ("Date: February 7, 2019"), which is when the report was signed and filed. */
    private static LocalDate signed(Document doc) {
        List<Page> pages = doc.pages();
        for (int i = pages.size() - 1; i >= Math.max(0, pages.size() - SIGNATURE_PAGES); i--) {
            for (TextLine line : pages.get(i).lines()) {
                Matcher m = SIGNATURE_DATE.matcher(line.text());
                if (!m.matches()) continue;
                LocalDate d = Dates.firstDate(m.group(2));
                if (d != null) return d;
            }
        }
        return null;
    }

    private static final Pattern LABEL_THEN_DATE = Pattern.compile(
            "fiscal\\s+(?:year\\s+)?((?:19|20)\\d\\d)\\W{0,3}\\s*(?:\\(|,)?\\s*(?:which\\s+|that\\s+)?(?:fiscal\\s+year\\s+|year\\s+)?"
                    + "(?:ended|ends|ending)\\s+(?:on\\s+)?(.{6,25})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_THEN_LABEL = Pattern.compile(
            "(?:ended|ending)\\s+(?:on\\s+)?([A-Z][a-z]+\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d)\\s*\\(\\W?\\s*fiscal\\s+(?:year\\s+)?((?:19|20)\\d\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM_HEADER = Pattern.compile("fiscal\\s+((?:19|20)\\d\\d)\\s+form\\s+10-k", Pattern.CASE_INSENSITIVE);
    private static final int LABEL_PAGES = 60;

    /**
     * The fiscal year the report calls the period ending {@code end}, when its text says so: "fiscal 2024
     * ended February 2, 2025" or "the year ended February 2, 2025 ("fiscal 2024")". Null when it never does.
     */
    static Integer fiscalYearLabel(Document doc, LocalDate end) {
        if (end == null) return null;
        for (Page p : doc.pages().subList(0, Math.min(LABEL_PAGES, doc.pages().size()))) {
            String text = p.text().replace('\n', ' ').replace('\u00a0', ' ');
            Matcher m = LABEL_THEN_DATE.matcher(text);
            while (m.find()) {
                LocalDate d = Dates.firstDate(m.group(2));
                if (d != null && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(d, end)) <= 7) return Integer.valueOf(m.group(1));
            }
            m = DATE_THEN_LABEL.matcher(text);
            while (m.find()) {
                LocalDate d = Dates.firstDate(m.group(1));
                if (d != null && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(d, end)) <= 7) return Integer.valueOf(m.group(2));
            }
        }
        return runningHeaderLabel(doc, end);
    }

    /**
     * "FISCAL 2017 FORM 10-K" printed as a short running head on page after page names the report's year;
     * the same words inside a sentence ("in our fiscal 2018 Form 10-K") may cite last year's report.
     */
    private static Integer runningHeaderLabel(Document doc, LocalDate end) {
        java.util.Map<Integer, Integer> pages = new java.util.HashMap<>();
        for (Page p : doc.pages().subList(0, Math.min(LABEL_PAGES, doc.pages().size()))) {
            java.util.Set<Integer> onPage = new java.util.HashSet<>();
            for (TextLine line : p.lines()) {
                String t = line.text();
                if (t.length() > 60) continue;
                Matcher m = FORM_HEADER.matcher(t);
                if (m.find()) onPage.add(Integer.valueOf(m.group(1)));
            }
            onPage.forEach(y -> pages.merge(y, 1, Integer::sum));
        }
        int endYear = io.tickmark.facts.Period.instant(end).fiscalYear();
        Integer best = null;
        int most = 2;
        boolean tie = false;
        for (var e : pages.entrySet()) {
            if (e.getKey() != endYear && e.getKey() != endYear - 1) continue;
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most && best != null) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static String form(String text) {
        Matcher m = FORM.matcher(text);
        if (m.find()) return m.group(1).toUpperCase(Locale.ROOT);
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("annual report")) return "annual report";
        if (lower.contains("quarterly report")) return "quarterly report";
        return null;
    }

    private static LocalDate periodEnd(String text) {
        Matcher m = PERIOD.matcher(text.replace('\n', ' '));
        while (m.find()) {
            LocalDate d = Dates.firstDate(m.group(2));
            if (d != null) return d;
        }
        return null;
    }

    /** The line printed above "(Exact name of registrant as specified in its charter)", as most US filings have it. */
    private static String company(List<Page> cover) {
        for (Page p : cover) {
            List<TextLine> lines = p.lines();
            for (int i = 0; i < lines.size(); i++) {
                String t = lines.get(i).text().toLowerCase(Locale.ROOT);
                if (!t.contains("exact name of registrant")) continue;
                String sameLine = lines.get(i).text().replaceAll("(?i)\\(?\\s*exact name of registrant.*$", "").strip();
                if (sameLine.length() > 2) return clean(sameLine);
                for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                    String candidate = clean(lines.get(j).text());
                    if (candidate.length() > 2 && !boilerplate(candidate)) return candidate;
                }
            }
        }
        return afterFileNumber(cover);
    }

    /** Covers without the "exact name" caption print the name right under the Commission file number. */
    private static String afterFileNumber(List<Page> cover) {
        for (Page p : cover) {
            List<TextLine> lines = p.lines();
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (!lines.get(i).text().toLowerCase(Locale.ROOT).contains("commission file")) continue;
                String next = clean(lines.get(i + 1).text());
                String lower = next.toLowerCase(Locale.ROOT);
                if (next.length() > 2 && next.length() < 80 && !lower.contains("incorporation") && !lower.contains("state or other")
                        && !lower.contains("exact name") && !boilerplate(next)) {
                    return next;
                }
            }
        }
        return null;
    }

    /** Cover-page lines that are never a company name (when the name is printed as a logo). */
    private static boolean boilerplate(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.contains("commission file") || l.contains("transition period") || l.contains("fiscal year")
                || l.contains("securities") || l.contains("form 10-") || l.contains("pursuant") || l.contains("quarterly period")
                || l.matches(".*\\d{3}-\\d{5}.*");
    }

    /**
     * When the cover prints the name as an image, the statements still carry it above their titles:
     * "THE COCA-COLA COMPANY AND SUBSIDIARIES" over "CONSOLIDATED BALANCE SHEETS".
     */
    static String fromStatementPage(Document doc, int page, int titleLine) {
        List<TextLine> lines = doc.page(page).lines();
        for (int j = titleLine - 1; j >= Math.max(0, titleLine - 2); j--) {
            String t = lines.get(j).text().strip();
            String l = t.toLowerCase(Locale.ROOT);
            if (l.endsWith("and subsidiaries") || l.endsWith("and consolidated subsidiaries")) {
                return clean(t.replaceAll("(?i)\\s+and\\s+(consolidated\\s+)?subsidiaries$", ""));
            }
        }
        return null;
    }

    private static String clean(String name) {
        return name.replaceAll("\\s+", " ").replaceAll("[,;]$", "").strip();
    }
}
