package io.tickmark.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlReaderTest {
    static final Path FIXTURE = Path.of("src/test/resources/html/statement-ixbrl.html");

    private static Document fixture() throws IOException {
        return new HtmlReader().read(FIXTURE);
    }

    private static TextLine line(Document doc, String startsWith) {
        return doc.pages().stream().flatMap(p -> p.lines().stream()).filter(l -> l.text().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + startsWith));
    }

    private static Word word(TextLine line, String text) {
        return line.words().stream().filter(w -> w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no word " + text + " in " + line.text()));
    }

    @Test
    void starts_a_new_page_at_each_page_break_marker() throws IOException {
        Document doc = fixture();

        assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(doc.pages()).hasSize(3);
        assertThat(doc.page(2).lines().get(0).text()).isEqualTo("CONSOLIDATED BALANCE SHEETS");
        assertThat(doc.page(3).lines().get(0).text()).isEqualTo("CONSOLIDATED BALANCE SHEETS (continued)");
    }

    @Test
    void right_aligns_amounts_of_one_column_whatever_cells_hold_the_dollar_sign() throws IOException {
        Document doc = fixture();
        TextLine cash = line(doc, "Cash and cash equivalents");
        TextLine receivables = line(doc, "Accounts receivable");

        assertThat(cash.text()).isEqualTo("Cash and cash equivalents $ 1,200 $ 1,000");
        assertThat(word(cash, "1,200").x1()).isEqualTo(word(receivables, "800").x1());
        assertThat(word(cash, "1,000").x1()).isEqualTo(word(receivables, "700").x1());
        assertThat(word(cash, "1,000").x1()).isGreaterThan(word(cash, "1,200").x1() + 50);
    }

    @Test
    void joins_a_closing_parenthesis_printed_in_its_own_cell_to_the_amount() throws IOException {
        TextLine aoci = line(fixture(), "Accumulated other comprehensive loss");

        assertThat(aoci.words()).extracting(Word::text).containsSequence("(400)", "(400)");
    }

    @Test
    void centres_column_headers_over_their_amounts() throws IOException {
        Document doc = fixture();
        TextLine header = line(doc, "December 31, 2024");
        Word year = word(header, "2024");
        Word amount = word(line(doc, "Inventories"), "500");

        assertThat(Math.abs(year.centerX() - amount.centerX())).isLessThan(50f);
    }

    @Test
    void drops_hidden_rows_and_the_hidden_xbrl_header() throws IOException {
        Document doc = fixture();
        String text = String.join("\n", doc.pages().stream().map(Page::text).toList());

        assertThat(text).doesNotContain("Hidden restatement row").doesNotContain("999").doesNotContain("0000000001");
    }

    @Test
    void indents_labels_by_their_padding() throws IOException {
        Document doc = fixture();

        assertThat(line(doc, "Inventories").x0()).isGreaterThan(line(doc, "Total current assets").x0());
    }

    @Test
    void resolves_rowspan_and_colspan_into_grid_columns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("grid.htm");
        Files.writeString(file, """
                <html><body><table>
                <tr><td rowspan="2">Revenue</td><td colspan="2">Year</td></tr>
                <tr><td>2,000</td><td>1,000</td></tr>
                <tr><td>Costs</td><td>(700)</td><td>(600)</td></tr>
                </table></body></html>""", StandardCharsets.UTF_8);

        Document doc = new HtmlReader().read(file);
        List<TextLine> lines = doc.page(1).lines();

        assertThat(lines).extracting(TextLine::text).containsExactly("Revenue Year", "2,000 1,000", "Costs (700) (600)");
        assertThat(word(lines.get(1), "2,000").x1()).isEqualTo(word(lines.get(2), "(700)").x1());
    }

    @Test
    void never_resolves_external_entities(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path file = dir.resolve("xxe.html");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Value: &xxe; end</p></body></html>");

        Document doc = new HtmlReader().read(file);

        assertThat(doc.page(1).text()).contains("Value:").doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void refuses_a_file_that_is_not_html_naming_it(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.html");
        Files.writeString(file, "just some words, no markup");

        assertThatThrownBy(() -> new HtmlReader().read(file)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("notes.html").hasMessageContaining("not an HTML document");
    }
}
