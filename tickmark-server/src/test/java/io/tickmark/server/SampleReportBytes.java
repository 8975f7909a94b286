package io.tickmark.server;

import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A generated 10-K of an invented company, as bytes. */
final class SampleReportBytes {
    private SampleReportBytes() {}

    static byte[] of(Path dir, long seed) throws IOException {
        Path pdf = dir.resolve("sample-" + seed + ".pdf");
        SampleReport.writeTo(SampleCompany.fromSeed(seed), pdf);
        return Files.readAllBytes(pdf);
    }
}
