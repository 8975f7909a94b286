package io.tickmark.spread;

import java.time.LocalDate;

/**
 * What the cover page says about a filing: the company, the form (10-K, 10-Q, annual report),
 * the end of the period it reports on and the filing date where shown (either may be null), and
 * the fiscal year the report calls that period when it says so ("fiscal 2024" for a year ended
 * February 2, 2025; null when the report does not name it), and other names a question may use for the
 * company (a Chinese report's 简称 and stock codes; empty when the report gives none).
 */
public record DocumentInfo(String fileName, String sha256, String company, String documentType,
                           LocalDate periodEnd, LocalDate filingDate, int pageCount, Integer fiscalYear,
                           java.util.List<String> aliases) {
    public DocumentInfo {
        aliases = aliases == null ? java.util.List.of() : java.util.List.copyOf(aliases);
        if (fileName == null || fileName.isBlank()) throw new IllegalArgumentException("document info has no file name");
        if (company == null || company.isBlank()) company = "Unknown company";
        if (documentType == null || documentType.isBlank()) documentType = "unknown";
    }

    /** Without other names for the company. */
    public DocumentInfo(String fileName, String sha256, String company, String documentType,
                        LocalDate periodEnd, LocalDate filingDate, int pageCount, Integer fiscalYear) {
        this(fileName, sha256, company, documentType, periodEnd, filingDate, pageCount, fiscalYear, java.util.List.of());
    }

    /** Without a fiscal-year label. */
    public DocumentInfo(String fileName, String sha256, String company, String documentType,
                        LocalDate periodEnd, LocalDate filingDate, int pageCount) {
        this(fileName, sha256, company, documentType, periodEnd, filingDate, pageCount, null);
    }

    /**
     * How many years the report's fiscal-year labels lie before the calendar year its periods end in
     * (-1 for a retailer whose "fiscal 2024" ended in February 2025; 0 otherwise or when unknown).
     */
    public int fiscalYearOffset() {
        if (fiscalYear == null || periodEnd == null) return 0;
        return fiscalYear - io.tickmark.facts.Period.instant(periodEnd).fiscalYear();
    }
}
