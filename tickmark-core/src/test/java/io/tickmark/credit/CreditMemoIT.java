package io.tickmark.credit;

import io.tickmark.Tickmark;
import io.tickmark.credit.memo.MemoWriter;
import io.tickmark.document.Document;
import io.tickmark.facts.TextFinding;
import io.tickmark.spread.Spread;
import io.tickmark.spread.Spreader;
import io.tickmark.statement.StatementType;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A memo for every company of the FinanceBench PDFs with all three statements: spread each report (text read
 * for audit wording), group by company, analyse, and render HTML, PDF, XLSX and JSON; none may fail. The memos
 * are kept in target/credit-memos for reading by hand.
 */
class CreditMemoIT {
    private static Path pdfs() {
        String override = System.getenv("TICKMARK_FINANCEBENCH_DIR");
        if (override != null && !override.isBlank()) return Path.of(override).resolve("pdfs");
        return Path.of(System.getProperty("tickmark.root", ".")).resolve("../shared/data/financebench/pdfs").normalize();
    }

    private record Read(Spread spread, List<TextFinding> text) {
    }

    @Test
    void every_company_with_three_statements_gets_a_memo_in_every_format() throws Exception {
        Path dir = pdfs();
        assumeTrue(Files.isDirectory(dir), "skipped: no PDF folder at " + dir + " (the shared real-data folder is absent)");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        Map<Path, Read> read = new ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> {
            try {
                Document d = Tickmark.read(f);
                read.put(f, new Read(Spreader.standard().spread(d), TextScan.scan(d)));
            } catch (Exception e) {
                System.out.println("not spread: " + f.getFileName() + ": " + e.getMessage());
            }
        });
        Map<String, List<Read>> byCompany = new TreeMap<>();
        for (Path f : files) {
            Read r = read.get(f);
            if (r == null || r.spread().document().company().equals("Unknown company")) continue;
            byCompany.computeIfAbsent(PeriodAligner.companyKey(r.spread().document().company()), k -> new ArrayList<>()).add(r);
        }
        Path out = Path.of(System.getProperty("tickmark.root", ".")).resolve("tickmark-core/target/credit-memos");
        if (!Files.isDirectory(out.getParent())) out = Path.of("target/credit-memos");
        Files.createDirectories(out);
        List<String> rendered = Collections.synchronizedList(new ArrayList<>());
        CreditAnalyst analyst = CreditAnalyst.standard();
        for (Map.Entry<String, List<Read>> company : byCompany.entrySet()) {
            boolean threeStatements = company.getValue().stream().anyMatch(r -> List.of(StatementType.values()).stream()
                    .allMatch(t -> r.spread().statement(t).isPresent()));
            if (!threeStatements) continue;
            List<Spread> spreads = company.getValue().stream().map(Read::spread).toList();
            List<TextFinding> text = company.getValue().stream().flatMap(r -> r.text().stream()).toList();
            CreditAnalysis a = analyst.analyse(spreads, text);
            assertThat(a.years()).as(company.getKey()).isNotEmpty();
            assertThat(a.rating()).as(company.getKey()).isNotNull();
            String base = company.getKey().replaceAll("[^a-z0-9]+", "-");
            for (MemoWriter.Format format : MemoWriter.Format.values()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                format.writer().write(a, bytes);
                assertThat(bytes.size()).as(company.getKey() + " " + format).isPositive();
                if (format == MemoWriter.Format.PDF) {
                    try (var doc = Loader.loadPDF(bytes.toByteArray())) {
                        assertThat(doc.getNumberOfPages()).isPositive();
                    }
                }
                Files.write(out.resolve(base + "." + format.name().toLowerCase(Locale.ROOT)), bytes.toByteArray());
            }
            int last = a.latestYear().orElseThrow();
            long na = a.ratios().stream().filter(r -> r.year(last).map(f -> !f.available()).orElse(true)).count();
            rendered.add(String.format(Locale.ROOT, "%-28s %d reports FY%d-FY%d grade %-4s flags %2d  n/a ratios %2d/%d  notes %d",
                    company.getKey(), a.documents().size(), a.years().get(0), last, a.rating().grade(), a.flags().size(), na, a.ratios().size(), a.notes().size()));
        }
        rendered.forEach(System.out::println);
        System.out.println(rendered.size() + " memos in " + out.toAbsolutePath());
        assertThat(rendered).hasSizeGreaterThanOrEqualTo(byCompany.size() / 2);
    }
}
