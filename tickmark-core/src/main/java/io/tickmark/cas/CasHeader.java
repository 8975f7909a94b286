package io.tickmark.cas;

import io.tickmark.facts.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header words of a Chinese statement: a column's period (2019年12月31日, 2019年度, 期末余额,
 * 上期发生额, ...), the unit line (单位：元 / 千元 / 万元 / 百万元 / 亿元) and the currency (币种：人民币).
 */
final class CasHeader {
    private static final Pattern DATE = Pattern.compile("((?:19|20)\\d\\d)年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年?(?:度|1[-—–~至]12月|全年)?");
    private static final Pattern UNIT = Pattern.compile("单位[:：]?(人民币)?(元|千元|万元|百万元|亿元)");

    private CasHeader() {
    }

    /** The period end the title block states ("2019年12月31日", "2020年1—12月", "2019年度"), or null. */
    static LocalDate periodEnd(String squashed) {
        Matcher d = DATE.matcher(squashed);
        if (d.find()) {
            try {
                return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        Matcher y = Pattern.compile("((?:19|20)\\d\\d)年(?:度|1[-—–~至]12月)").matcher(squashed);
        if (y.find()) return LocalDate.of(Integer.parseInt(y.group(1)), 12, 31);
        return null;
    }

    /**
     * The period of a column header, or null when it names none. {@code end} is the statement's period end
     * (for 期末/本期 headers), {@code instant} whether the statement shows balances.
     */
    static Period period(String squashed, LocalDate end, boolean instant) {
        String s = squashed.replace('（', '(').replace('）', ')');
        Matcher d = DATE.matcher(s);
        if (d.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
                return instant ? Period.instant(date) : Period.duration(date, 12);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        Matcher y = YEAR.matcher(s);
        if (y.find() && (s.contains("年") || s.matches("^(?:19|20)\\d\\d$"))) {
            LocalDate yearEnd = LocalDate.of(Integer.parseInt(y.group(1)), 12, 31);
            return instant ? Period.instant(yearEnd) : Period.duration(yearEnd, 12);
        }
        if (end == null) return null;
        LocalDate prior = end.minusYears(1);
        if (instant) {
            if (s.contains("期初") || s.contains("年初") || s.contains("上年末") || s.contains("上年年末") || s.contains("上期末")) {
                return Period.instant(prior);
            }
            if (s.contains("期末") || s.contains("年末") || s.contains("本期末")) return Period.instant(end);
            return null;
        }
        if (s.contains("上期") || s.contains("上年")) return Period.duration(prior, 12);
        if (s.contains("本期") || s.contains("本年")) return Period.duration(end, 12);
        return null;
    }

    /** The multiplier of the unit line, or null when the text states none. */
    static BigDecimal scale(String squashed) {
        Matcher m = UNIT.matcher(squashed);
        if (!m.find()) return null;
        return switch (m.group(2)) {
            case "千元" -> new BigDecimal("1000");
            case "万元" -> new BigDecimal("10000");
            case "百万元" -> new BigDecimal("1000000");
            case "亿元" -> new BigDecimal("100000000");
            default -> BigDecimal.ONE;
        };
    }

    /** The currency the text names (币种：人民币 / 美元 / 港币), or null. */
    static String currency(String squashed) {
        if (squashed.contains("美元")) return "USD";
        if (squashed.contains("港币") || squashed.contains("港元")) return "HKD";
        if (squashed.contains("人民币")) return "CNY";
        return null;
    }
}
