package io.tickmark.statement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds dates as reports print them: "December 31, 2022", "Dec. 31, 2022", "September 24,". */
public final class Dates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})\\b(?!\\d)(?:\\s*,)?(?:\\s*((?:19|20)\\d\\d)\\b)?",
            Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** A month and day with the year when printed, at a character offset of the text. */
    public record Found(MonthDay monthDay, Integer year, int start, int end) {
        public LocalDate date() {
            return year == null ? null : dateOf(year, monthDay);
        }
    }

    /** Every month-day phrase in the text, left to right. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            int month = MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
            int day = Integer.parseInt(m.group(2));
            try {
                MonthDay md = MonthDay.of(month, day);
                Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
                found.add(new Found(md, year, m.start(), m.end()));
            } catch (DateTimeException e) {
                // "June 31" is not a date; skip it
            }
        }
        return found;
    }

    /** The first full date ("September 24, 2022") in the text, or null. */
    public static LocalDate firstDate(String text) {
        for (Found f : find(text)) if (f.year() != null) return f.date();
        return null;
    }

    /** The date of a month-day in a year; February 29 falls back to the 28th in common years. */
    public static LocalDate dateOf(int year, MonthDay md) {
        return md.isValidYear(year) ? md.atYear(year) : LocalDate.of(year, md.getMonth(), 28);
    }
}
