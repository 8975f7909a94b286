package io.tickmark.document;

import io.tickmark.Tickmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatsTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void tells_formats_apart_by_their_first_bytes() {
        assertThat(Formats.detect(bytes("%PDF-1.7\n..."))).contains(DocumentFormat.PDF);
        assertThat(Formats.detect(bytes("PK\u0003\u0004\u0014\u0000[Content_Types].xml..."))).contains(DocumentFormat.XLSX);
        assertThat(Formats.detect(new byte[]{(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1})).contains(DocumentFormat.XLSX);
        assertThat(Formats.detect(bytes("<?xml version=\"1.0\"?><xbrl xmlns=\"http://www.xbrl.org/2003/instance\">"))).contains(DocumentFormat.XBRL);
        assertThat(Formats.detect(bytes("<?xml version=\"1.0\"?><feed xmlns:xbrli=\"x\"><entry/></feed>"))).isEmpty();
        assertThat(Formats.detect(bytes("Label;2024;2023\nRevenue;10;9\n"))).contains(DocumentFormat.CSV);
        assertThat(Formats.detect(bytes("Label\t2024\t2023\nRevenue\t10\t9\n"))).contains(DocumentFormat.CSV);
        assertThat(Formats.detect(bytes("Just a sentence of prose.\nAnother one.\n"))).isEmpty();
        assertThat(Formats.detect(bytes("quarterly notes, not a report"))).isEmpty();
        assertThat(Formats.detect(bytes("<?xml version='1.0'?>\n<!--Workiva-->\n<html xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\">")))
                .contains(DocumentFormat.HTML);
        assertThat(Formats.detect(bytes("\uFEFF  <!DOCTYPE html><html><body>x</body></html>"))).contains(DocumentFormat.HTML);
        assertThat(Formats.detect(bytes("<?xml version=\"1.0\"?><xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\">")))
                .contains(DocumentFormat.XBRL);
        assertThat(Formats.detect(bytes("label,2024,2023\nRevenue,10,9\n"))).contains(DocumentFormat.CSV);
        assertThat(Formats.detect(new byte[]{0, 1, 2, 3, (byte) 0xff})).isEmpty();
    }

    @Test
    void inline_xbrl_is_told_by_its_namespace() {
        assertThat(Formats.hasInlineXbrl(bytes("<html xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\">"))).isTrue();
        assertThat(Formats.hasInlineXbrl(bytes("<html><body>plain</body></html>"))).isFalse();
    }

    @Test
    void front_door_reads_html_whatever_its_extension(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("filing.pdf");
        Files.writeString(file, "<html><body><p>Hello filing</p></body></html>");

        Document doc = Tickmark.read(file);

        assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(doc.page(1).text()).isEqualTo("Hello filing");
    }

    @Test
    void front_door_names_an_unknown_format(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("blob.bin");
        Files.write(file, new byte[]{0, 1, 2, 3, 4});

        assertThatThrownBy(() -> Tickmark.read(file)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("blob.bin").hasMessageContaining("no format Tickmark reads");
    }

    @Test
    void front_door_names_a_zip_that_is_not_a_workbook(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("statements.xlsx");
        Files.write(file, bytes("PK\u0003\u0004\u0014\u0000photos/cat.jpg..."));

        assertThatThrownBy(() -> Tickmark.read(file)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("statements.xlsx").hasMessageContaining("zip archive but not an XLSX workbook");
    }
}
