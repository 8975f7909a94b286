package io.tickmark.ask;

import io.tickmark.ask.ParsedQuestion.Shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the asked fiscal year Y and the period shape from the question sentence: one year, an n-year
 * average, a growth rate, a CAGR over n years, a change between two years, or a quarter (recognised,
 * not supported). Years and shape words are blanked out of the text so they are not read as a metric.
 */
final class Periods {
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:FY\\s?|fiscal\\s+(?:year\\s+)?)(\\d{4})\\b");
    /** "Q2", "2Q", "second quarter", with the year when written beside it: "Q2 of FY2023", "Q2'2023", "second quarter of fiscal 2023". */
    private static final Pattern QUARTER = Pattern.compile("(?i)\\b(?:Q([1-4])|([1-4])Q|(first|second|third|fourth)\\s+quarter)\\b"
            + "(?:(?:\\s+(?:of\\s+)?(?:the\\s+)?(?:FY\\s?'?|fiscal\\s+(?:year\\s+)?)?|\\s*'|\\s*FY\\s?)((?:19|20)\\d{2})\\b)?");
    /** "H1", "1H", "first half", "first six months": the first half of a fiscal year; "H2", "second half" the second. */
    private static final Pattern HALF = Pattern.compile("(?i)\\b(?:H([12])|([12])H|(first|second)\\s+half(?:\\s+of)?(?:\\s+the)?(?:\\s+(?:fiscal\\s+)?year)?)\\b");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
    private static final Pattern YEARS_N = Pattern.compile("(?i)\\b(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[\\s-]+years?\\b");
    private static final Pattern CAGR = Pattern.compile("(?i)\\bCAGR\\b|\\bcompound(?:ed)?\\s+annual\\s+growth(?:\\s+rate)?\\b");
    private static final Pattern AVERAGE = Pattern.compile("(?i)\\baverage(?:\\s+of)?\\b");
    private static final Pattern GROWTH = Pattern.compile("(?i)\\b(?:growth(?:\\s+rate)?|rate\\s+of\\s+growth|(?:y-?o-?y|year[\\s-]over[\\s-]year)(?:\\s+growth)?)\\b");
    private static final Pattern CHANGE = Pattern.compile("(?i)\\bchange(?:d)?(?:\\s+in)?\\b");
    private static final Pattern FILLER = Pattern.compile("(?i)\\b(?:(?:at\\s+)?(?:the\\s+)?(?:year[\\s-]end|end)(?:\\s+of)?|from|to|between|through|during|in|as\\s+of)\\b(?=\\s*\\|)");
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
            "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    private Periods() {
    }

    /** What the period words of a question say; {@code text} is the question sentence with them blanked. */
    record Read(Integer year, Shape shape, Integer n, String text, List<String> recognised, List<String> problems) {
    }

    static Read read(String sentence) {
        StringBuilder text = new StringBuilder(sentence);
        List<String> recognised = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Matcher q = QUARTER.matcher(sentence);
        if (q.find()) {
            problems.add("the question asks about a fiscal quarter ('%s'); quarters are not supported yet".formatted(q.group().trim()));
            recognised.add("quarter '%s'".formatted(q.group().trim()));
            blank(text, q);
            return new Read(q.group(4) == null ? null : Integer.parseInt(q.group(4)), Shape.QUARTER, quarter(q), text.toString(), recognised, problems);
        }
        TreeSet<Integer> years = new TreeSet<>();
        Matcher y = YEAR.matcher(sentence);
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
            blank(text, y);
        }
        Matcher years_n = blankFirst(text, YEARS_N);
        Integer n = years_n == null ? null : number(years_n.group(1));
        Shape shape = shape(text);
        blankFillers(text);
        if (years.isEmpty()) {
            problems.add("no fiscal year found (expected e.g. 'FY2019')");
            return new Read(null, null, null, text.toString(), recognised, problems);
        }
        int year = years.last();
        int first = years.first();
        Integer params = check(shape, n, first, year, years.size(), problems);
        recognised.add(describe(shape, params, first, year));
        return new Read(year, shape, params, text.toString(), recognised, problems);
    }

    /** The quarter (1 to 4) a text names first ("Q2 of FY2023", "2Q", "second quarter"), or null. */
    static Integer quarter(String text) {
        Matcher q = QUARTER.matcher(text);
        return q.find() ? quarter(q) : null;
    }

    /** The half (1 or 2) of a fiscal year a text names first ("H1 FY2023", "first half of 2023"), or null. */
    static Integer half(String text) {
        Matcher h = HALF.matcher(text);
        if (!h.find()) return null;
        String n = h.group(1) != null ? h.group(1) : h.group(2);
        return n != null ? Integer.parseInt(n) : "first".equalsIgnoreCase(h.group(3)) ? 1 : 2;
    }

    private static int quarter(Matcher q) {
        if (q.group(1) != null) return Integer.parseInt(q.group(1));
        if (q.group(2) != null) return Integer.parseInt(q.group(2));
        return ORDINALS.indexOf(q.group(3).toLowerCase(Locale.ROOT)) + 1;
    }

    private static Shape shape(StringBuilder text) {
        if (blankFirst(text, CAGR) != null) return Shape.CAGR;
        if (blankFirst(text, GROWTH) != null) return Shape.GROWTH;
        if (blankFirst(text, AVERAGE) != null) return Shape.MEAN;
        if (blankFirst(text, CHANGE) != null) return Shape.CHANGE;
        return Shape.SINGLE;
    }

    /** The n of the shape, checked against the years written; null when the years and shape disagree. */
    private static Integer check(Shape shape, Integer n, int first, int year, int count, List<String> problems) {
        int span = year - first;
        switch (shape) {
            case SINGLE -> {
                if (count > 1) problems.add("names FY%d and FY%d but no average, growth, CAGR or change between them".formatted(first, year));
                if (n != null) problems.add("names a %d-year period but no average, growth or CAGR over it".formatted(n));
                return null;
            }
            case MEAN -> {
                int years = n != null ? n : span + 1;
                if (count > 1 && years != span + 1) problems.add("a %d-year average cannot run from FY%d to FY%d".formatted(years, first, year));
                if (years < 1 || (count == 1 && n == null)) problems.add("an average over how many years is not said");
                return years;
            }
            case CAGR -> {
                int years = n != null ? n : span;
                if (count > 1 && years != span) problems.add("a %d-year CAGR cannot run from FY%d to FY%d".formatted(years, first, year));
                if (years < 1) problems.add("a CAGR over how many years is not said");
                return years;
            }
            default -> {
                if (count > 1 && span != 1) problems.add("a %s from FY%d to FY%d is not between consecutive years".formatted(shape.name().toLowerCase(Locale.ROOT), first, year));
                if (n != null && n != 1) problems.add("a %s over %d years is not supported".formatted(shape.name().toLowerCase(Locale.ROOT), n));
                return null;
            }
        }
    }

    private static String describe(Shape shape, Integer n, int first, int year) {
        return switch (shape) {
            case SINGLE -> "fiscal year FY%d".formatted(year);
            case MEAN -> "%d-year average ending FY%d".formatted(n, year);
            case CAGR -> "%d-year CAGR from FY%d to FY%d".formatted(n, year - n, year);
            case GROWTH -> "growth from FY%d to FY%d".formatted(year - 1, year);
            case CHANGE -> "change from FY%d to FY%d".formatted(year - 1, year);
            case QUARTER -> "quarter";
        };
    }

    private static Integer number(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        return NUMBERS.containsKey(w) ? NUMBERS.get(w) : Integer.valueOf(w);
    }

    private static Matcher blankFirst(StringBuilder text, Pattern p) {
        Matcher m = p.matcher(text.toString());
        if (!m.find()) return null;
        blank(text, m);
        return m;
    }

    private static void blankFillers(StringBuilder text) {
        for (int i = 0; i < 3; i++) {
            Matcher m = FILLER.matcher(text.toString());
            while (m.find()) blank(text, m);
        }
        Matcher dash = Pattern.compile("\\|\\s*[-–]\\s*\\|").matcher(text.toString());
        while (dash.find()) blank(text, dash);
    }

    /** Replaces a match with barrier characters of the same length, so offsets stay valid. */
    static void blank(StringBuilder text, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) text.setCharAt(i, '|');
    }
}
