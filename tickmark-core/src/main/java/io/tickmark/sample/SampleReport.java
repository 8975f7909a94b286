package io.tickmark.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a realistic sample 10-K PDF of a fictitious company and returns exactly what it printed.
 *
 * <p>The report has a cover, a table of contents, selected financial data, MD&amp;A, the auditor's
 * report, the income statement, a comprehensive income statement, a balance sheet over two pages,
 * the cash flow statement and notes. The pages other than the three primary statements are decoys.
 */
public final class SampleReport {
    private SampleReport() {}

    /** Writes the company's sample 10-K to {@code out} (left open) and returns the truth it printed. */
    public static SampleTruth write(SampleCompany company, OutputStream out) throws IOException {
        try (PdfCanvas canvas = new PdfCanvas(ReportStyle.of(company).serif())) {
            return new ReportWriter(company, canvas).write(out);
        }
    }

    /** Writes the default sample company's 10-K to a file, replacing it; used by the CLI's demo. */
    public static SampleTruth writeTo(Path file) throws IOException {
        return writeTo(SampleCompany.defaultCompany(), file);
    }

    /** Writes the company's sample 10-K to a file, replacing it. */
    public static SampleTruth writeTo(SampleCompany company, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            return write(company, out);
        }
    }

    /** What the company's sample 10-K prints, without keeping the PDF. */
    public static SampleTruth truth(SampleCompany company) {
        try {
            return write(company, OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("could not lay out the sample report of " + company.name(), e);
        }
    }
}
