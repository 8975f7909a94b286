package io.tickmark.document;

import io.tickmark.Tickmark;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.spread.Spread;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {
    private static final Period END_2024 = Period.instant(LocalDate.of(2024, 12, 31));
    private static final Period YEAR_2023 = Period.duration(LocalDate.of(2023, 12, 31), 12);

    @TempDir
    Path dir;

    /** Both statements in one file, the balance sheet headed by dates, the income statement by years. */
    static String csv(char separator) {
        String s = String.valueOf(separator);
        StringBuilder sb = new StringBuilder();
        statement(sb, s, StatementRows.BALANCE_SHEET, quote("December 31, 2024") + s + quote("December 31, 2023"), StatementRows.BALANCE, separator);
        sb.append('\n');
        statement(sb, s, StatementRows.INCOME_STATEMENT, "2024" + s + "2023", StatementRows.INCOME, separator);
        return sb.toString();
    }

    private static void statement(StringBuilder sb, String s, String title, String header, List<StatementRows.Row> rows, char separator) {
        sb.append(title).append('\n').append(quote("(in millions, except per share amounts)")).append('\n');
        sb.append(s).append(header).append('\n');
        for (StatementRows.Row r : rows) {
            sb.append(quote("  ".repeat(r.level()) + r.label()));
            sb.append(s).append(number(r.y2024(), separator)).append(s).append(number(r.y2023(), separator)).append('\n');
        }
    }

    private static String number(Double v, char separator) {
        if (v == null) return "";
        String plain = v == Math.rint(v) ? String.format("%,d", v.longValue()) : String.valueOf(v);
        String printed = v < 0 ? "(" + plain.substring(1) + ")" : plain;
        return separator == ',' ? quote(printed) : printed;
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';', '\t'})
    void spreads_both_statements_whatever_the_separator(char separator) throws IOException {
        Spread spread = Tickmark.spread(write("statements.txt", csv(separator)));

        assertThat(value(spread, "total_assets", END_2024).value()).isEqualByComparingTo("5500000000");
        assertThat(value(spread, "aoci", END_2024).value()).isEqualByComparingTo("-400000000");
        assertThat(value(spread, "net_income", YEAR_2023).value()).isEqualByComparingTo("1190000000");
        assertThat(spread.statement(StatementType.INCOME_STATEMENT).orElseThrow().pages()).containsExactly(2);
    }

    @Test
    void ticks_each_value_to_its_record() throws IOException {
        Spread spread = Tickmark.spread(write("statements.csv", csv(',')));

        Fact cash = value(spread, "cash", END_2024);
        assertThat(cash.source().document()).isEqualTo("statements.csv");
        assertThat(cash.source().top() / 12f).isEqualTo(6f);
        assertThat(cash.source().rawValue()).isEqualTo("1,200");
    }

    @Test
    void reads_a_single_column_file_named_csv_by_its_extension(@TempDir Path other) throws IOException {
        Path file = write("labels.csv", "Consolidated Balance Sheets\nCash\n");

        Document doc = Tickmark.read(file);

        assertThat(doc.format()).isEqualTo(DocumentFormat.CSV);
        assertThat(doc.page(1).lines()).extracting(TextLine::text).containsExactly("Consolidated Balance Sheets", "Cash");
    }

    @Test
    void refuses_a_malformed_csv_naming_the_file() throws IOException {
        Path file = write("broken.csv", "Label,2024\n\"Cash,1200\nRevenue,\"9\"000\"\n");

        assertThatThrownBy(() -> Tickmark.read(file)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("broken.csv").hasMessageContaining("CSV");
    }

    private static Fact value(Spread spread, String concept, Period period) {
        return spread.facts().stream().filter(f -> concept.equals(f.concept()) && f.period().sameAs(period)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + concept + " for " + period + "; warnings " + spread.warnings()));
    }
}
