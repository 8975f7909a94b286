package io.tickmark.spread;

import io.tickmark.Tickmark;
import io.tickmark.check.CheckResult;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.sample.SampleCompany;
import io.tickmark.sample.SampleReport;
import io.tickmark.sample.SampleTruth;
import io.tickmark.sample.StatementTruth;
import io.tickmark.sample.TruthLine;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden test: generated 10-K PDFs whose every printed number is known. The spread must find the
 * three statements on the right pages (not the table of contents, selected data or notes decoys),
 * read every number with its period, map the core concepts, and pass the accounting checks.
 */
class SampleSpreadTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {-1, 0, 1, 2, 3, 4, 5, 6, 7})
    void spreads_every_printed_number_of_generated_reports(long seed) throws Exception {
        SampleCompany company = seed < 0 ? SampleCompany.defaultCompany() : SampleCompany.fromSeed(seed);
        Path pdf = dir.resolve("sample-" + seed + ".pdf");
        SampleTruth truth = SampleReport.writeTo(company, pdf);

        Spread spread = Tickmark.spread(pdf);

        assertThat(spread.document().company()).isEqualToIgnoringCase(company.name());
        assertThat(spread.document().documentType()).isEqualTo("10-K");
        List<String> problems = new ArrayList<>();
        for (StatementType type : StatementType.values()) {
            StatementTruth expected = truth.statement(type);
            StatementSpread actual = spread.statement(type).orElseThrow(() -> new AssertionError(type + " not found: " + spread.warnings()));
            assertThat(actual.pages()).as(type + " pages").isEqualTo(expected.pages());
            assertThat(actual.periods()).as(type + " periods").hasSameSizeAs(expected.periods());
            for (TruthLine line : expected.lines()) {
                if (!line.hasValues()) continue;
                for (Period p : expected.periods()) {
                    if (line.value(p) == null) continue;
                    Fact f = find(actual, line, p);
                    if (f != null && f.value().compareTo(line.value(p)) != 0) f = sameLabel(actual, line, p);
                    if (f == null) {
                        problems.add(type + " '" + line.label() + "' " + p + ": no value");
                    } else if (f.value().compareTo(line.value(p)) != 0) {
                        problems.add(type + " '" + line.label() + "' " + p + ": " + f.value() + " != " + line.value(p));
                    } else if (f.source().page() != line.page()) {
                        problems.add(type + " '" + line.label() + "' ticked to page " + f.source().page() + ", printed on " + line.page());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(spread.checks()).filteredOn(CheckResult::failed).isEmpty();
        assertThat(spread.checks()).filteredOn(c -> c.name().equals("balance_sheet_identity"))
                .isNotEmpty().allMatch(c -> c.status() == CheckResult.Status.PASSED);
    }

    /** The fact for a truth line: by concept when the truth names one, else by printed label. */
    private static Fact find(StatementSpread s, TruthLine line, Period p) {
        int col = -1;
        for (int i = 0; i < s.periods().size(); i++) if (s.periods().get(i).sameAs(p)) col = i;
        if (col < 0) return null;
        for (SpreadLine l : s.lines()) {
            boolean match = line.concept() != null ? line.concept().equals(l.concept()) : normal(l.rawLabel()).equals(normal(line.label()));
            if (match && l.values().get(col) != null) return l.values().get(col);
        }
        if (line.concept() != null) {
            for (SpreadLine l : s.lines()) {
                if (normal(l.rawLabel()).equals(normal(line.label())) && l.values().get(col) != null) return l.values().get(col);
            }
        }
        return null;
    }

    /** Labels like "Basic" repeat (per share, then share counts): any line of that label with the value will do. */
    private static Fact sameLabel(StatementSpread s, TruthLine line, Period p) {
        Fact first = null;
        for (SpreadLine l : s.lines()) {
            if (!normal(l.rawLabel()).equals(normal(line.label()))) continue;
            for (Fact f : l.values()) {
                if (f == null || !f.period().sameAs(p)) continue;
                if (f.value().compareTo(line.value(p)) == 0) return f;
                if (first == null) first = f;
            }
        }
        return first;
    }

    private static String normal(String label) {
        return Objects.requireNonNull(label).replaceAll("\\s+", " ").strip();
    }
}
