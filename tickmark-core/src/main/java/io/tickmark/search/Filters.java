package io.tickmark.search;

/**
 * What a search is narrowed to; each part is optional (null). {@code company} is matched against the
 * indexed companies without case, punctuation or legal suffixes ("3M" finds "3M COMPANY") and against
 * their ticker symbols; {@code documentType} is the form ("10-K", "10-Q", "8-K"); {@code fiscalYear}
 * keeps filings whose fiscal year may be that year.
 */
public record Filters(String company, String documentType, Integer fiscalYear) {
    private static final Filters NONE = new Filters(null, null, null);

    public Filters {
        company = blankToNull(company);
        documentType = blankToNull(documentType);
        if (fiscalYear != null && (fiscalYear < 1900 || fiscalYear > 2200)) {
            throw new IllegalArgumentException("fiscal year " + fiscalYear + " is not a year between 1900 and 2200");
        }
    }

    /** No filter: the whole index. */
    public static Filters none() {
        return NONE;
    }

    public Filters withCompany(String name) {
        return new Filters(name, documentType, fiscalYear);
    }

    public Filters withDocumentType(String type) {
        return new Filters(company, type, fiscalYear);
    }

    public Filters withFiscalYear(Integer year) {
        return new Filters(company, documentType, year);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
