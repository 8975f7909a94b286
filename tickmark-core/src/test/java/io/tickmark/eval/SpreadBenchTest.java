package io.tickmark.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tickmark.sample.SampleReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadBenchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void times_each_file_once_per_round_after_an_untimed_warm_up(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("sample.pdf");
        SampleReport.writeTo(pdf);
        AtomicInteger spreads = new AtomicInteger();

        SpreadBenchReport report = SpreadBench.run(List.of(pdf), 3, line -> { }, file -> {
            spreads.incrementAndGet();
            return EvalFixtures.spread();
        });

        assertThat(spreads).hasValue(4);
        FileTiming timing = report.files().get(0);
        assertThat(timing.pdfboxSeconds()).hasSize(3).allMatch(s -> s > 0);
        assertThat(timing.tickmarkSeconds()).hasSize(3);
        assertThat(timing.pages()).isPositive();
        JsonNode json = JSON.readTree(report.json());
        assertThat(json.get("bench").asText()).isEqualTo("spread");
        assertThat(json.get("files").asInt()).isEqualTo(1);
        assertThat(json.get("pages").asInt()).isEqualTo(timing.pages());
        assertThat(json.get("pdfbox_s").asDouble()).isPositive();
        assertThat(json.has("ratio")).isTrue();
        assertThat(json.get("peak_heap_mb").asLong()).isPositive();
        assertThat(report.table()).contains("sample.pdf", "TOTAL 1 files");
    }

    @Test
    void a_file_that_fails_to_spread_is_reported_and_left_out_of_the_totals(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("sample.pdf");
        SampleReport.writeTo(pdf);
        List<String> progress = new ArrayList<>();

        SpreadBenchReport report = SpreadBench.run(List.of(pdf), 1, progress::add, file -> {
            throw new UnsupportedOperationException("not yet");
        });

        JsonNode json = JSON.readTree(report.json());
        assertThat(json.get("failed_files").asInt()).isEqualTo(1);
        assertThat(json.get("files").asInt()).isZero();
        assertThat(json.get("ratio").isNull()).isTrue();
        assertThat(report.table()).contains("failed: sample.pdf: UnsupportedOperationException: not yet");
        assertThat(progress).contains("round 1 of 1");
    }

    @Test
    void median_of_even_rounds_is_the_mean_of_the_middle_two() {
        FileTiming timing = new FileTiming("a.pdf", 10, List.of(4.0, 1.0, 3.0, 2.0), List.of(8.0, 2.0, 6.0, 4.0), null);

        assertThat(timing.pdfboxMedian()).isEqualTo(2.5);
        assertThat(timing.ratio()).isEqualTo(2.0);
    }

    @Test
    void rejects_zero_rounds() {
        assertThatThrownBy(() -> SpreadBench.run(List.of(Path.of("a.pdf")), 0, line -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounds 0");
    }
}
