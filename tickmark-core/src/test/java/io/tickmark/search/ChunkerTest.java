package io.tickmark.search;

import io.tickmark.Tickmark;
import io.tickmark.document.Document;
import io.tickmark.sample.SampleReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Chunking the generated sample 10-K. */
class ChunkerTest {
    @TempDir
    static Path dir;
    static Document doc;
    static List<Chunk> chunks;

    @BeforeAll
    static void chunkSample() throws Exception {
        Path pdf = dir.resolve("northwind-10k.pdf");
        SampleReport.writeTo(pdf);
        doc = Tickmark.read(pdf);
        chunks = new Chunker().chunk(doc);
    }

    @Test
    void keeps_the_balance_sheet_whole_with_its_title_on_its_page() {
        Chunk sheet = chunks.stream().filter(c -> c.text().contains("Total current assets")).findFirst().orElseThrow();

        assertThat(sheet.kind()).isEqualTo(Chunk.Kind.TABLE);
        assertThat(sheet.text()).containsIgnoringCase("balance sheet").contains("Cash and cash equivalents", "Total assets");
        assertThat(doc.page(sheet.page()).text()).contains("Total current assets");
    }

    @Test
    void every_passage_stays_on_one_page_and_text_passages_within_the_limit() {
        for (Chunk c : chunks) {
            for (String line : c.text().split("\n")) {
                if (!line.isBlank()) assertThat(doc.page(c.page()).text()).as("page %d", c.page()).contains(line.strip());
            }
            if (c.kind() == Chunk.Kind.TEXT) assertThat(c.text().length()).isLessThanOrEqualTo(Chunker.LIMIT + Chunker.TARGET);
        }
    }

    @Test
    void carries_the_item_heading_as_section_and_ignores_the_table_of_contents() {
        Chunk mdna = chunks.stream().filter(c -> c.text().startsWith("Revenue was")).findFirst()
                .orElseGet(() -> chunks.stream().filter(c -> c.text().contains("Revenue was")).findFirst().orElseThrow());

        assertThat(mdna.section()).startsWith("Item 7. Management's Discussion");
        assertThat(chunks.get(0).section()).isEmpty();
    }

    @Test
    void a_line_ending_in_two_numbers_is_a_table_row_and_a_dated_sentence_is_not() {
        assertThat(Chunker.tableLine("Net income $ 5,363 $ 4,869 $ 5,058")).isTrue();
        assertThat(Chunker.tableLine("(Millions) 2018 2017 2016")).isTrue();
        assertThat(Chunker.tableLine("As of December 31, 2018, the Company had a balance of 30 million")).isFalse();
    }

    @Test
    void a_long_paragraph_is_cut_at_sentence_ends() {
        String sentence = "The company sells instruments to laboratories in many countries. ";
        List<String> pieces = Chunker.pieces(sentence.repeat(40).strip());

        assertThat(pieces).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(Chunker.LIMIT).endsWith("."));
    }

    @Test
    void a_note_heading_moves_the_section_and_a_list_entry_of_notes_with_its_page_does_not() {
        Sections sections = new Sections();
        sections.read("Item 8. Financial Statements and Supplementary Data");

        assertThat(sections.read("Note 22. Segment and Revenue Information 109")).isFalse();
        assertThat(sections.current()).isEqualTo("Item 8. Financial Statements and Supplementary Data");
        assertThat(sections.read("Note 5. Income Taxes")).isTrue();
        assertThat(sections.current()).isEqualTo("Item 8. Financial Statements and Supplementary Data › Note 5. Income Taxes");
    }

    @Test
    void an_item_heading_printed_on_two_lines_is_read_whole() {
        Sections sections = new Sections();

        assertThat(sections.read("ITEM 2. MANAGEMENT’S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF")).isTrue();
        assertThat(sections.read("OPERATIONS")).as("the rest of the heading, not a new section").isFalse();
        assertThat(sections.current()).isEqualTo("Item 2. MANAGEMENT’S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS");
        // a heading that is whole is not lengthened by the paragraph under it
        sections.read("Item 1A. Risk Factors");
        sections.read("Our business depends on airlines.");
        assertThat(sections.current()).isEqualTo("Item 1A. Risk Factors");
    }

    @Test
    void a_sentence_that_refers_to_an_item_is_not_a_heading() {
        assertThat(Sections.heading("Item 1. Business—Government Regulation and Price Constraints sections in this Form 10-K")).isNull();
        assertThat(Sections.heading("Item 7. Management's Discussion and Analysis")).isEqualTo("Item 7. Management's Discussion and Analysis");
    }

    @Test
    void the_passages_under_a_two_line_heading_carry_it_whole() throws Exception {
        Document twoLines = TextDocs.of("acme-10q.pdf", List.of(List.of(
                "ITEM 2. MANAGEMENT’S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF",
                "OPERATIONS",
                "We expect to incur costs of approximately $700 million in connection with separating the consumer business.")));

        List<Chunk> passages = new Chunker().chunk(twoLines);

        assertThat(passages).filteredOn(c -> c.text().contains("separating")).singleElement()
                .satisfies(c -> assertThat(c.section()).endsWith("RESULTS OF OPERATIONS"));
    }
}
