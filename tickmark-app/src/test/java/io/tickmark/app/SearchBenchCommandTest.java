package io.tickmark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** bench search over given files and queries, and the sample spread over the companies. */
class SearchBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void times_given_files_and_queries_and_ends_with_one_json_line() throws Exception {
        Path a = Fixtures.samplePdf(dir.resolve("a.pdf"), 1);

        Cli.Run run = Cli.run("bench", "search", "--files", a.toString(), "--query", "revenue", "--query", "cash flows",
                "--rounds", "1", "--index", dir.resolve("idx").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("text extraction", "chunking", "process CPU while indexing", "queries: 2");
        assertThat(run.out().strip().lines().reduce((x, y) -> y).orElseThrow()).startsWith("{\"bench\":\"search\"").contains("\"documents\":1", "\"cpu_s\"");
    }

    @Test
    void a_sample_is_spread_over_the_sorted_list_not_its_first_files() {
        List<Path> all = IntStream.range(0, 57).mapToObj(i -> Path.of("f" + (100 + i) + ".pdf")).toList();

        List<Path> sample = SearchBenchCommand.spread(all, 6);

        assertThat(sample).hasSize(6).doesNotHaveDuplicates().contains(all.get(0)).doesNotContain(all.get(1));
        assertThat(sample.get(5)).isEqualTo(all.get(47));
        assertThat(SearchBenchCommand.spread(all.subList(0, 4), 6)).hasSize(4);
    }
}
