package io.tickmark.spread;

import io.tickmark.document.Document;
import io.tickmark.document.DocumentFormat;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;
import io.tickmark.document.Word;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoverPageTest {

    private static Document doc(String... lines) {
        List<TextLine> text = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            List<Word> words = new ArrayList<>();
            float x = 20;
            for (String w : lines[i].split(" ")) {
                words.add(new Word(w, x, x + 5 * w.length(), 20 + 12 * i, 30 + 12 * i, 9, false));
                x += 5 * w.length() + 4;
            }
            text.add(new TextLine(i, 20 + 12 * i, 30 + 12 * i, words));
        }
        return new Document("r.pdf", "a".repeat(64), DocumentFormat.PDF, List.of(new Page(1, 612, 792, text)));
    }

    /** The document with {@code copies} more pages of the given lines (a running head repeats). */
    private static Document pages(Document first, int copies, String... lines) {
        List<Page> all = new ArrayList<>(first.pages());
        Page extra = doc(lines).pages().get(0);
        for (int i = 0; i < copies; i++) all.add(new Page(all.size() + 1, 612, 792, extra.lines()));
        return new Document(first.fileName(), first.sha256(), first.format(), all);
    }

    @Test
    void a_citation_of_last_years_report_is_not_this_reports_label() {
        DocumentInfo info = CoverPage.read(doc("FORM 10-K", "For the fiscal year ended May 31, 2019",
                "as described in our fiscal 2018 Form 10-K, which was filed with the Commission"));
        assertThat(info.fiscalYear()).isNull();
    }

    @Test
    void reads_the_registrant_form_and_period_from_the_cover() {
        DocumentInfo info = CoverPage.read(doc("FORM 10-K", "For the fiscal year ended February 2, 2025",
                "KESTREL POINT STORES, INC.", "(Exact name of registrant as specified in its charter)"));
        assertThat(info.company()).isEqualTo("KESTREL POINT STORES, INC.");
        assertThat(info.documentType()).isEqualTo("10-K");
        assertThat(info.periodEnd()).isEqualTo(LocalDate.of(2025, 2, 2));
    }

    @Test
    void a_retailer_that_names_its_year_by_the_year_it_starts_gets_an_offset() {
        DocumentInfo info = CoverPage.read(doc("FORM 10-K", "For the fiscal year ended February 2, 2025",
                "fiscal 2024 Fiscal year ended February 2, 2025 (includes 53 weeks)"));
        assertThat(info.fiscalYear()).isEqualTo(2024);
        assertThat(info.fiscalYearOffset()).isEqualTo(-1);
    }

    @Test
    void a_report_naming_its_year_by_the_year_it_ends_has_no_offset() {
        DocumentInfo info = CoverPage.read(pages(doc("FISCAL 2017 FORM 10-K", "For the fiscal year ended January 28, 2017"), 3,
                "as we described in our fiscal 2016 Form 10-K, which was filed with the Commission last year",
                "FISCAL 2017 FORM 10-K"));
        assertThat(info.fiscalYear()).isEqualTo(2017);
        assertThat(info.fiscalYearOffset()).isZero();
    }

    @Test
    void no_label_in_the_text_means_the_year_the_period_ends() {
        DocumentInfo info = CoverPage.read(doc("FORM 10-K", "For the fiscal year ended December 31, 2023"));
        assertThat(info.fiscalYear()).isNull();
        assertThat(info.fiscalYearOffset()).isZero();
    }
}
