package io.tickmark.spread;

import java.time.LocalDate;

/**
 * What the cover page says about a filing: the company, the form (10-K, 10-Q, annual report),
 * the end of the period it reports on and the filing date where shown (either may be null).
 */
public record DocumentInfo(String fileName, String sha256, String company, String documentType,
                           LocalDate periodEnd, LocalDate filingDate, int pageCount) {
    public DocumentInfo {
        if (fileName == null || fileName.isBlank()) throw new IllegalArgumentException("document info has no file name");
        if (company == null || company.isBlank()) company = "Unknown company";
        if (documentType == null || documentType.isBlank()) documentType = "unknown";
    }
}
