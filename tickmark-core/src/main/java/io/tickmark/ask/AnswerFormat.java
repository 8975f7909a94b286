package io.tickmark.ask;

import io.tickmark.ask.ParsedQuestion.AnswerUnit;
import io.tickmark.ask.ParsedQuestion.Scale;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit, money scale and rounding a question asks its answer in: "in USD millions", "in units of
 * percents", "(as a %)", "in days", "round your answer to two decimal places". Only what is written:
 * nothing is inferred from the metric.
 */
final class AnswerFormat {
    private static final Pattern MONEY = Pattern.compile(
            "(?i)\\b(?:in\\s+)?(?:USD|US\\$|\\$|U\\.S\\.\\s+dollars)\\s*(thousands|millions|billions|mm|bn|m|k)?\\b(?!\\s*per)|\\b(?:in\\s+)?(thousands|millions|billions)\\s+of\\s+(?:US\\s+|U\\.S\\.\\s+)?dollars\\b");
    private static final Pattern PERCENT = Pattern.compile(
            "(?i)\\bin\\s+units\\s+of\\s+percents?\\b|\\(\\s*(?:as\\s+a|in)\\s*(?:%|percent(?:age)?)\\s*\\)|\\b(?:answer|expressed|stated)\\s+(?:in|as\\s+a)\\s+(?:%|percent(?:age)?s?)(?!\\s*of)|\\bin\\s+percent(?:age)?s?\\b(?!\\s*of)");
    private static final Pattern DAYS = Pattern.compile("(?i)\\b(?:in|as\\s+a\\s+number\\s+of)\\s+days\\b");
    private static final Pattern RATIO = Pattern.compile("(?i)\\b(?:as\\s+a\\s+ratio|in\\s+times)\\b");
    private static final Pattern DECIMALS = Pattern.compile(
            "(?i)\\bround(?:ed)?(?:\\s+(?:your|the))?(?:\\s+final)?(?:\\s+answer)?\\s+to\\s+(?:the\\s+nearest\\s+)?(zero|one|two|three|four|\\d+)\\s+decimal(?:\\s+places?|s)?\\b|\\b(?:to\\s+)?(one|two|three|four|\\d+)\\s+decimal\\s+places?\\b|\\b(?:round(?:ed)?\\s+)?to\\s+the\\s+nearest\\s+(whole\\s+number|integer)\\b");
    private static final Map<String, Integer> NUMBERS = Map.of("zero", 0, "one", 1, "two", 2, "three", 3, "four", 4);

    private AnswerFormat() {
    }

    /** What the question asks of the answer's form. */
    record Read(AnswerUnit unit, Scale scale, Integer decimals, List<Pattern> patterns) {
    }

    static Read read(String question) {
        AnswerUnit unit = null;
        Scale scale = null;
        Matcher money = MONEY.matcher(question);
        if (PERCENT.matcher(question).find()) {
            unit = AnswerUnit.PERCENT;
        } else if (money.find()) {
            unit = AnswerUnit.MONEY;
            scale = scale(money.group(1) != null ? money.group(1) : money.group(2));
        } else if (DAYS.matcher(question).find()) {
            unit = AnswerUnit.DAYS;
        } else if (RATIO.matcher(question).find()) {
            unit = AnswerUnit.RATIO;
        }
        return new Read(unit, scale, decimals(question), List.of(MONEY, PERCENT, DAYS, RATIO, DECIMALS));
    }

    private static Scale scale(String word) {
        if (word == null) return Scale.UNITS;
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousands", "k" -> Scale.THOUSANDS;
            case "millions", "mm", "m" -> Scale.MILLIONS;
            default -> Scale.BILLIONS;
        };
    }

    private static Integer decimals(String question) {
        Matcher m = DECIMALS.matcher(question);
        if (!m.find()) return null;
        if (m.group(3) != null) return 0;
        String w = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        return NUMBERS.containsKey(w) ? NUMBERS.get(w) : Integer.valueOf(w);
    }
}
