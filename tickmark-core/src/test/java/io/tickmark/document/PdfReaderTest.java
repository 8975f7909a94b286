package io.tickmark.document;

import io.tickmark.sample.SampleReport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfReaderTest {
    @TempDir
    Path dir;

    private final PdfReader reader = new PdfReader();

    @Test
    void reads_pages_of_positioned_words_and_hashes_the_content() throws Exception {
        Path pdf = dir.resolve("sample.pdf");
        SampleReport.writeTo(pdf);
        Path copy = Files.copy(pdf, dir.resolve("renamed.pdf"));

        Document doc = reader.read(pdf);

        assertThat(doc.pages()).hasSizeGreaterThan(5);
        assertThat(doc.page(1).number()).isEqualTo(1);
        assertThat(doc.page(1).text()).contains("FORM 10-K");
        TextLine first = doc.page(1).lines().get(0);
        assertThat(first.words()).allSatisfy(w -> assertThat(w.x1()).isGreaterThanOrEqualTo(w.x0()));
        assertThat(reader.read(copy).sha256()).isEqualTo(doc.sha256()).hasSize(64);
    }

    @Test
    void a_file_that_is_not_a_pdf_is_named_with_the_reason() throws Exception {
        Path txt = Files.writeString(dir.resolve("notes.pdf"), "just some text, not a PDF");

        assertThatThrownBy(() -> reader.read(txt))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("notes.pdf: not a PDF (no %PDF header)");
    }

    @Test
    void a_truncated_pdf_is_reported_as_corrupt() throws Exception {
        Path pdf = dir.resolve("whole.pdf");
        SampleReport.writeTo(pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, 600));

        assertThatThrownBy(() -> reader.read(cut))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("cut.pdf: ")
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason()).containsAnyOf("corrupt", "no text layer"));
    }

    @Test
    void a_password_protected_pdf_says_so() throws Exception {
        Path pdf = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }

        assertThatThrownBy(() -> reader.read(pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("locked.pdf: is encrypted with a password");
    }

    @Test
    void a_pdf_without_text_layer_is_called_a_scan() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }

        assertThatThrownBy(() -> reader.read(pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("scan.pdf: has no text layer");
    }

    @Test
    void a_missing_file_is_named() {
        assertThatThrownBy(() -> reader.read(dir.resolve("gone.pdf")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("gone.pdf: no such file");
    }
}
