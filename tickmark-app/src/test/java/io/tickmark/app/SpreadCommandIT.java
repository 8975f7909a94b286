package io.tickmark.app;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spread command on real 10-K PDFs from ../shared/data (skipped with a message when that
 * folder is absent). Needs the real spreader: fails until Spreader.spread is merged.
 */
class SpreadCommandIT {
    private static final Path PDFS = Path.of(System.getProperty("tickmark.root", "."))
            .resolve("../shared/data/financebench/pdfs").normalize();

    @TempDir
    Path dir;

    @BeforeAll
    static void requireData() {
        Assumptions.assumeTrue(Files.isDirectory(PDFS),
                () -> "skipping: real-world test data not found at " + PDFS + " (it sits beside the project as ../shared/data)");
    }

    @Test
    void spreads_a_real_10k_batch_into_stored_tables_with_a_progress_line_per_file() throws IOException {
        List<Path> firstTwo = realPdfs().subList(0, 2);
        Path data = dir.resolve("data");
        String[] args = {"spread", firstTwo.get(0).toString(), firstTwo.get(1).toString(), "--data-dir", data.toString()};

        Cli.Run first = Cli.run(args);
        Cli.Run again = Cli.run(args);

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Balance sheet", "Income statement");
        assertThat(first.errLines()).hasSize(2).allMatch(l -> l.matches("\\[\\d/2] .* \\d+\\.\\ds"));
        assertThat(again.errLines()).allMatch(l -> l.endsWith("(from the store)"));
        assertThat(again.out()).isEqualTo(first.out());
    }

    private static List<Path> realPdfs() throws IOException {
        try (Stream<Path> files = Files.list(PDFS)) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            Assumptions.assumeTrue(pdfs.size() >= 2, "skipping: fewer than two PDFs in " + PDFS);
            return pdfs;
        }
    }
}
