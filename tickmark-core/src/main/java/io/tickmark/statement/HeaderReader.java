package io.tickmark.statement;

import io.tickmark.document.TextLine;
import io.tickmark.document.Word;
import io.tickmark.facts.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a statement's header lines: the period of each value column ("2018 2017 2016" under
 * "Years ended December 31,", or "September 24, 2022" per column, or "Three Months Ended" over
 * two columns), and the scale ("in millions, except per share data").
 */
final class HeaderReader {
    private static final Pattern DURATION = Pattern.compile(
            "\\b(three|six|nine|twelve|3|6|9|12|thirteen|twenty[- ]six|thirty[- ]nine|fifty[- ]two|fifty[- ]three|13|26|39|52|53)"
                    + "[- ]?(months?|weeks?)\\b|\\b(quarters?|years?|fiscal)\\s+(ended|ending)\\b|\\bfiscal\\s+years?\\b|\\byear\\s+to\\s+date\\b",
            Pattern.CASE_INSENSITIVE);

    private HeaderReader() {
    }

    /** The multiplier the header's scale words imply, or null when it names none. */
    static BigDecimal scale(List<TextLine> lines) {
        for (TextLine line : lines) {
            String t = line.text().toLowerCase(Locale.ROOT);
            if (!(t.contains("million") || t.contains("thousand") || t.contains("billion") || t.contains("000"))) continue;
            if (t.length() > 160) continue;
            if (t.matches(".*\\b(in|dollars in|amounts in|\\$ in|usd in|in us\\$|expressed in)?\\s*\\(?\\s*(\\$|us\\$|usd)?\\s*(millions|million)\\b.*")
                    && !t.matches(".*\\$\\s*\\d.*million.*")) {
                return BigDecimal.valueOf(1_000_000);
            }
            if (t.matches(".*\\b(thousands|thousand)\\b.*") || t.contains("in 000") || t.contains("(000")) return BigDecimal.valueOf(1_000);
            if (t.matches(".*\\b(billions)\\b.*")) return BigDecimal.valueOf(1_000_000_000);
        }
        return null;
    }

    private static final Pattern SHARE_SCALE = Pattern.compile(
            "shares?\\b[^.;)]{0,60}?\\b(in\\s+)?(thousands|millions)|(thousands|millions)\\s+of\\s+shares", Pattern.CASE_INSENSITIVE);

    /** The multiplier for share counts when the header gives them their own ("shares in thousands"), or null. */
    static BigDecimal shareScale(List<TextLine> lines) {
        for (TextLine line : lines) {
            Matcher m = SHARE_SCALE.matcher(line.text());
            if (!m.find()) continue;
            String word = m.group(2) != null ? m.group(2) : m.group(3);
            return word.toLowerCase(Locale.ROOT).startsWith("thousand") ? BigDecimal.valueOf(1_000) : BigDecimal.valueOf(1_000_000);
        }
        return null;
    }

    /** A header word standing over a column. */
    private record Placed(Word word, TextLine line) {
    }

    /**
     * The period of each column ({@code null} where the header gives no year), from the header lines
     * above the first row of numbers; {@code instant} for balance sheets.
     */
    static List<Period> periods(List<TextLine> header, List<ColumnFinder.Band> bands, boolean instant, PeriodHints hints,
                                List<String> warnings, String statement) {
        int n = bands.size();
        float left = bands.get(0).x0() - 60f;
        Placed[] years = yearsOverColumns(header, bands, left);
        List<Period> periods = new ArrayList<>(n);
        int[] months = instant ? new int[n] : durations(header, bands, hints, warnings, statement);
        boolean[] printed = new boolean[1];
        for (int i = 0; i < n; i++) {
            Placed y = years[i];
            if (y == null) {
                periods.add(null);
                continue;
            }
            int year = Integer.parseInt(y.word().text().replaceAll("\\D", "").substring(0, 4));
            MonthDay md = monthDayFor(y, header, bands, i, hints, warnings, statement, printed);
            LocalDate end = Dates.dateOf(year, md);
            periods.add(instant ? Period.instant(end) : Period.duration(end, months[i]));
        }
        return printed[0] ? periods : fiscalYearLabels(periods, hints);
    }

    /**
     * Bare years under "Fiscal" may name the year a fiscal year starts in: a retailer's "Fiscal 2024" ends
     * on February 2, 2025. When the header prints no dates and the latest column ends a year before the
     * period the cover page reports on, every column moves a year on.
     */
    private static List<Period> fiscalYearLabels(List<Period> periods, PeriodHints hints) {
        LocalDate reported = hints.reportPeriodEnd();
        LocalDate latest = periods.stream().filter(java.util.Objects::nonNull).map(Period::end).max(LocalDate::compareTo).orElse(null);
        if (reported == null || latest == null) return periods;
        long gap = java.time.temporal.ChronoUnit.DAYS.between(latest.plusYears(1), reported);
        if (Math.abs(gap) > 7) return periods;
        List<Period> shifted = new ArrayList<>(periods.size());
        for (Period p : periods) shifted.add(p == null ? null : new Period(p.end().plusYears(1), p.months()));
        return shifted;
    }

    private static Placed[] yearsOverColumns(List<TextLine> header, List<ColumnFinder.Band> bands, float left) {
        int n = bands.size();
        Placed[] best = new Placed[n];
        int bestCount = 0;
        for (TextLine line : header) {
            List<Word> ys = new ArrayList<>();
            for (Word w : line.words()) if (Numbers.isYear(w.text()) && w.x1() > left) ys.add(w);
            if (ys.isEmpty()) continue;
            Placed[] placed = new Placed[n];
            if (ys.size() == n) {
                for (int i = 0; i < n; i++) placed[i] = new Placed(ys.get(i), line);
            } else {
                for (Word w : ys) {
                    int c = nearest(bands, w.centerX());
                    if (c >= 0 && placed[c] == null) placed[c] = new Placed(w, line);
                }
            }
            int count = 0;
            for (Placed p : placed) if (p != null) count++;
            if (count > bestCount) {
                bestCount = count;
                best = placed;
            }
        }
        return best;
    }

    private static int nearest(List<ColumnFinder.Band> bands, float x) {
        int best = -1;
        float d = Float.MAX_VALUE;
        for (int i = 0; i < bands.size(); i++) {
            float di = Math.abs(bands.get(i).center() - x);
            if (di < d) {
                d = di;
                best = i;
            }
        }
        float reach = 80f;
        if (bands.size() > 1) reach = Math.min(reach, (bands.get(1).center() - bands.get(0).center()));
        return d <= reach ? best : -1;
    }

    /** Month and day for a column: printed just before its year, else the one date the header names, else the report's. */
    private static MonthDay monthDayFor(Placed year, List<TextLine> header, List<ColumnFinder.Band> bands, int column,
                                        PeriodHints hints, List<String> warnings, String statement, boolean[] printed) {
        float from = column == 0 ? year.word().x0() - 140f : bands.get(column - 1).x1();
        StringBuilder before = new StringBuilder();
        for (Word w : year.line().words()) {
            if (w.x0() >= from && w.x1() <= year.word().x1()) before.append(w.text()).append(' ');
        }
        List<Dates.Found> own = Dates.find(before.toString());
        if (!own.isEmpty()) {
            printed[0] = true;
            return own.get(own.size() - 1).monthDay();
        }
        List<PlacedDate> all = new ArrayList<>();
        for (TextLine line : header) all.addAll(placedDates(line));
        if (!all.isEmpty()) {
            printed[0] = true;
            MonthDay first = all.get(0).monthDay();
            boolean same = all.stream().allMatch(d -> d.monthDay().equals(first));
            if (same) return first;
            PlacedDate best = all.get(0);
            for (PlacedDate d : all) {
                if (Math.abs(d.x() - bands.get(column).center()) < Math.abs(best.x() - bands.get(column).center())) best = d;
            }
            return best.monthDay();
        }
        if (hints.reportPeriodEnd() != null) return MonthDay.from(hints.reportPeriodEnd());
        warnings.add(statement + ": no month or day in the column header of " + year.word().text()
                + "; December 31 assumed");
        return MonthDay.of(12, 31);
    }

    private record PlacedDate(MonthDay monthDay, float x) {
    }

    private static List<PlacedDate> placedDates(TextLine line) {
        List<PlacedDate> out = new ArrayList<>();
        String text = line.text();
        List<Dates.Found> found = Dates.find(text);
        if (found.isEmpty()) return out;
        int[] starts = wordStarts(line);
        for (Dates.Found f : found) {
            Word w = wordAt(line, starts, f.start());
            out.add(new PlacedDate(f.monthDay(), w.centerX()));
        }
        return out;
    }

    private static int[] wordStarts(TextLine line) {
        int[] starts = new int[line.words().size()];
        int pos = 0;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = pos;
            pos += line.words().get(i).text().length() + 1;
        }
        return starts;
    }

    private static Word wordAt(TextLine line, int[] starts, int offset) {
        int i = 0;
        while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
        return line.words().get(i);
    }

    /** Length in months of each flow column, from phrases like "Three Months Ended" standing over it. */
    private static int[] durations(List<TextLine> header, List<ColumnFinder.Band> bands, PeriodHints hints,
                                   List<String> warnings, String statement) {
        record Phrase(int months, float x) {
        }
        List<Phrase> phrases = new ArrayList<>();
        for (TextLine line : header) {
            String text = line.text();
            int[] starts = wordStarts(line);
            Matcher m = DURATION.matcher(text);
            while (m.find()) {
                Integer months = monthsOf(m.group().toLowerCase(Locale.ROOT));
                if (months == null) continue;
                Word first = wordAt(line, starts, m.start());
                Word last = wordAt(line, starts, Math.max(m.start(), m.end() - 1));
                phrases.add(new Phrase(months, (first.x0() + last.x1()) / 2f));
            }
        }
        int[] out = new int[bands.size()];
        if (phrases.isEmpty()) {
            if (hints.defaultMonths() != 12) {
                warnings.add(statement + ": the header names no period length; " + hints.defaultMonths() + " months assumed");
            }
            java.util.Arrays.fill(out, hints.defaultMonths());
            return out;
        }
        boolean same = phrases.stream().allMatch(p -> p.months() == phrases.get(0).months());
        for (int i = 0; i < out.length; i++) {
            if (same) {
                out[i] = phrases.get(0).months();
                continue;
            }
            // the phrase nearest to the left of, or over, the column's center wins
            Phrase best = null;
            float c = bands.get(i).center();
            for (Phrase p : phrases) {
                if (best == null || score(p.x(), c) < score(best.x(), c)) best = p;
            }
            out[i] = best.months();
        }
        return out;
    }

    private static float score(float phraseX, float columnCenter) {
        float d = columnCenter - phraseX;
        return d >= -40 ? Math.abs(d) : Math.abs(d) * 3;
    }

    private static Integer monthsOf(String phrase) {
        if (phrase.startsWith("three") || phrase.startsWith("3") && !phrase.startsWith("39") || phrase.startsWith("thirteen")
                || phrase.startsWith("13") || phrase.startsWith("quarter")) {
            return 3;
        }
        if (phrase.startsWith("six") || phrase.startsWith("6") || phrase.startsWith("twenty") || phrase.startsWith("26")) return 6;
        if (phrase.startsWith("nine") || phrase.startsWith("9") || phrase.startsWith("thirty") || phrase.startsWith("39")) return 9;
        if (phrase.startsWith("twelve") || phrase.startsWith("12") || phrase.startsWith("fifty") || phrase.startsWith("52")
                || phrase.startsWith("53") || phrase.startsWith("year") || phrase.startsWith("fiscal")) {
            return 12;
        }
        return null;
    }
}
