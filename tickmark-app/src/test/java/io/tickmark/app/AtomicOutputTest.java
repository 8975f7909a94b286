package io.tickmark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Output files are whole or absent, never half-written. */
class AtomicOutputTest {
    @TempDir
    Path dir;

    @Test
    void a_failure_midway_leaves_no_file_and_no_temporary_file() throws IOException {
        Path target = dir.resolve("spread.csv");

        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            out.write("concept,value\nrevenue,".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).doesNotExist();
        assertThat(files()).isEmpty();
    }

    @Test
    void a_failure_midway_keeps_the_previous_file_whole() throws IOException {
        Path target = Files.writeString(dir.resolve("spread.csv"), "the previous spread");

        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            out.write("half of".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertThat(target).hasContent("the previous spread");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void a_success_replaces_the_file_and_creates_its_folder() throws IOException {
        Path target = dir.resolve("out").resolve("spread.json");

        AtomicOutput.write(target, out -> out.write("[]".getBytes(StandardCharsets.UTF_8)));
        AtomicOutput.write(target, out -> out.write("[{}]".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("[{}]");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void a_new_file_is_readable_by_others_not_private_like_a_temporary_file() throws IOException {
        Path target = dir.resolve("spread.xlsx");

        AtomicOutput.write(target, out -> out.write(1));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
