package io.tickmark.app;

import io.tickmark.Tickmark;
import io.tickmark.document.Hashes;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Source;
import io.tickmark.facts.Unit;
import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import io.tickmark.statement.StatementType;
import io.tickmark.store.FactStore;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Real sample PDFs, and hand-made spreads stored under their SHA-256 so the CLI finds them in the
 * store and never needs the spreader: what the CLI prints then comes from the store.
 */
final class Fixtures {
    private Fixtures() {
    }

    /** A real sample 10-K of a fictitious company; a different seed gives a different file. */
    static Path samplePdf(Path file, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        SampleReport.writeTo(SampleCompany.fromSeed(seed), file);
        return file;
    }

    /** Stores a hand-made spread of {@code company} as the spread of {@code file} in the embedded store of {@code dataDir}. */
    static void storeAs(Path file, String company, Path dataDir) throws IOException {
        try (FactStore store = Tickmark.openStore(null, dataDir)) {
            store.save(spread(file.getFileName().toString(), Hashes.sha256(Files.readAllBytes(file)), company));
        }
    }

    /** One income statement with revenue for one year. */
    static Spread spread(String fileName, String sha, String company) {
        Period year = Period.duration(LocalDate.of(2023, 12, 31), 12);
        Source source = new Source(fileName, sha, 41, 6, 180.5f, "Net sales", "5,123");
        Fact revenue = new Fact("revenue", "Revenue", "INCOME_STATEMENT", year, new BigDecimal("5123000000"),
                Unit.money("USD"), source, 0.95);
        StatementSpread income = new StatementSpread(StatementType.INCOME_STATEMENT, "Consolidated Statements of Operations",
                List.of(41), List.of(year), new BigDecimal("1000000"), "USD",
                List.of(new SpreadLine("revenue", "Revenue", "Net sales", List.of(), List.of(revenue))));
        DocumentInfo info = new DocumentInfo(fileName, sha, company, "10-K", year.end(), null, 90);
        return new Spread(info, List.of(income), List.of(), List.of());
    }
}
