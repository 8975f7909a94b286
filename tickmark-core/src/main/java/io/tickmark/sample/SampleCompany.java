package io.tickmark.sample;

import io.tickmark.facts.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fictitious company whose sample 10-K Tickmark can print: who it is, how its fiscal year runs,
 * how many years its statements show and in what scale. {@code seed} drives every generated figure,
 * so the same company always prints the same report.
 *
 * @param name          exact name of the registrant, e.g. "Northwind Instruments Corporation"
 * @param ticker        trading symbol, 1 to 5 capital letters
 * @param fiscalYearEnd how the fiscal year ends
 * @param fiscalYear    the latest fiscal year reported (the calendar year its end date falls in)
 * @param years         fiscal years shown on the income and cash flow statements: 2 or 3
 *                      (the balance sheet always shows the latest 2 year ends)
 * @param scale         thousands or millions
 * @param currency      ISO currency code; only "USD" is printed
 * @param seed          seed of the figures and of the layout variants
 */
public record SampleCompany(String name, String ticker, FiscalYearEnd fiscalYearEnd, int fiscalYear, int years,
                            Scale scale, String currency, long seed) {
    /** Balance sheets show the two latest year ends, as 10-Ks do. */
    public static final int BALANCE_SHEET_YEARS = 2;

    private static final String[] FIRST = {"Northwind", "Bramblecrest", "Halvorsen", "Quillfeather", "Osprey Lane",
        "Tallgrass", "Copperfield", "Windrow", "Stillwater Forge", "Larkspur", "Granite Mesa", "Kestrel Point"};
    private static final String[] SECOND = {"Instruments", "Industries", "Brands", "Technologies", "Holdings",
        "Logistics", "Foods", "Materials", "Systems", "Outfitters"};
    private static final String[] SUFFIX = {"Corporation", "Inc.", ", Inc.", "Co.", "Group, Inc."};

    public SampleCompany {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("sample company needs a name");
        if (ticker == null || !ticker.matches("[A-Z]{1,5}")) {
            throw new IllegalArgumentException("ticker '%s' is not 1 to 5 capital letters".formatted(ticker));
        }
        if (fiscalYearEnd == null) throw new IllegalArgumentException("sample company " + name + " has no fiscal year end");
        if (fiscalYear < 1995 || fiscalYear > 2100) {
            throw new IllegalArgumentException("fiscal year %d is outside 1995..2100".formatted(fiscalYear));
        }
        if (years < 2 || years > 3) throw new IllegalArgumentException("years shown %d is not 2 or 3".formatted(years));
        if (scale == null) throw new IllegalArgumentException("sample company " + name + " has no scale");
        if (!"USD".equals(currency)) {
            throw new IllegalArgumentException("currency %s is not supported: samples print USD only".formatted(currency));
        }
    }

    /** The company the demo prints: calendar 2025, three years, in millions. */
    public static SampleCompany defaultCompany() {
        return new SampleCompany("Northwind Instruments Corporation", "NWIN", FiscalYearEnd.DECEMBER_31, 2025, 3,
                Scale.MILLIONS, "USD", 2025L);
    }

    /** A different fictitious company for each seed: name, calendar, years shown and scale all vary. */
    public static SampleCompany fromSeed(long seed) {
        Random random = new Random(seed);
        String first = FIRST[random.nextInt(FIRST.length)];
        String second = SECOND[random.nextInt(SECOND.length)];
        String suffix = SUFFIX[random.nextInt(SUFFIX.length)];
        String name = first + " " + second + (suffix.startsWith(",") ? suffix : " " + suffix);
        FiscalYearEnd end = random.nextInt(3) == 0 ? FiscalYearEnd.LAST_SATURDAY_OF_SEPTEMBER : FiscalYearEnd.DECEMBER_31;
        return new SampleCompany(name, ticker(first, second), end, 2019 + random.nextInt(7), 2 + random.nextInt(2),
                random.nextBoolean() ? Scale.MILLIONS : Scale.THOUSANDS, "USD", seed);
    }

    private static String ticker(String first, String second) {
        String letters = (first.replaceAll("[^A-Za-z]", "").substring(0, 3) + second.charAt(0)).toUpperCase();
        return letters;
    }

    /** The end date of the fiscal year {@code yearsBack} years before the latest one. */
    public LocalDate yearEnd(int yearsBack) {
        return fiscalYearEnd.endOf(fiscalYear - yearsBack);
    }

    /** The periods of the income and cash flow statement columns, latest first. */
    public List<Period> flowPeriods() {
        List<Period> periods = new ArrayList<>();
        for (int back = 0; back < years; back++) periods.add(Period.duration(yearEnd(back), 12));
        return List.copyOf(periods);
    }

    /** The dates of the balance sheet columns, latest first. */
    public List<Period> balancePeriods() {
        return List.of(Period.instant(yearEnd(0)), Period.instant(yearEnd(1)));
    }
}
