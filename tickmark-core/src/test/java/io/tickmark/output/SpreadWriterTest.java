package io.tickmark.output;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadWriterTest {

    @Test
    void unknown_format_name_lists_the_valid_ones() {
        assertThatThrownBy(() -> SpreadWriter.forFormat("pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown output format 'pdf': use one of table, json, csv, xlsx");
    }

    @Test
    void format_names_ignore_case_and_surrounding_space() {
        assertThat(SpreadWriter.forFormat(" JSON ")).isInstanceOf(JsonWriter.class);
        assertThat(SpreadWriter.forFormat("Xlsx")).isInstanceOf(XlsxWriter.class);
    }

    @Test
    void every_format_leaves_the_callers_stream_open() throws IOException {
        for (String format : SpreadWriter.FORMATS) {
            AtomicBoolean closed = new AtomicBoolean();
            OutputStream out = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed.set(true);
                }
            };
            SpreadWriter.forFormat(format).write(SpreadFixtures.widgets(), out);
            assertThat(closed).as(format).isFalse();
            assertThat(out.toString()).as(format).isNotEmpty();
        }
    }
}
