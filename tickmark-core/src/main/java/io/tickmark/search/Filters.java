package io.tickmark.search;

import java.time.LocalDate;

/**
 * What a search is narrowed to; each part is optional (null). {@code company} is matched against the
 * indexed companies without case, punctuation or legal suffixes ("3M" finds "3M COMPANY") and against
 * their ticker symbols; {@code documentType} is the form ("10-K", "10-Q", "8-K"); {@code fiscalYear}
 * keeps filings whose fiscal year may be that year; {@code period} keeps filings that report on that part of
 * the year (a second-quarter 10-Q for Q2 and H1); {@code filedAfter} and {@code filedBefore} keep filings filed
 * on or after, on or before those days. A filing whose year, period or filing date could not be read is kept by
 * that filter: unknown is not another year, period or date.
 */
public record Filters(String company, String documentType, Integer fiscalYear, FiscalPeriod period,
                      LocalDate filedAfter, LocalDate filedBefore) {
    private static final Filters NONE = new Filters(null, null, null);

    public Filters {
        company = blankToNull(company);
        documentType = blankToNull(documentType);
        if (fiscalYear != null && (fiscalYear < 1900 || fiscalYear > 2200)) {
            throw new IllegalArgumentException("fiscal year " + fiscalYear + " is not a year between 1900 and 2200");
        }
        if (filedAfter != null && filedBefore != null && filedAfter.isAfter(filedBefore)) {
            throw new IllegalArgumentException("filed after " + filedAfter + " and before " + filedBefore
                    + " leaves no day: the first date must not be later than the second");
        }
    }

    /** Company, form and fiscal year only. */
    public Filters(String company, String documentType, Integer fiscalYear) {
        this(company, documentType, fiscalYear, null, null, null);
    }

    /** No filter: the whole index. */
    public static Filters none() {
        return NONE;
    }

    public Filters withCompany(String name) {
        return new Filters(name, documentType, fiscalYear, period, filedAfter, filedBefore);
    }

    public Filters withDocumentType(String type) {
        return new Filters(company, type, fiscalYear, period, filedAfter, filedBefore);
    }

    public Filters withFiscalYear(Integer year) {
        return new Filters(company, documentType, year, period, filedAfter, filedBefore);
    }

    public Filters withPeriod(FiscalPeriod p) {
        return new Filters(company, documentType, fiscalYear, p, filedAfter, filedBefore);
    }

    /** Filings filed on or after {@code after} and on or before {@code before} (either null: open). */
    public Filters withFiled(LocalDate after, LocalDate before) {
        return new Filters(company, documentType, fiscalYear, period, after, before);
    }

    /** Whether any filter is set. */
    public boolean any() {
        return company != null || documentType != null || fiscalYear != null || period != null || filedAfter != null || filedBefore != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
