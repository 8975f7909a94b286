package io.tickmark.spread;

import io.tickmark.Tickmark;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.statement.StatementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quarterly reports often print the income statement twice under one title: the three months on one page and
 * the six months to date on the next. Both blocks belong in the spread, each value ticked to its own page.
 */
class StackedStatementsTest {
    private static final LocalDate Q2 = LocalDate.of(2025, 6, 30);
    private static final LocalDate Q2_PRIOR = LocalDate.of(2024, 6, 30);

    @TempDir
    Path dir;

    @Test
    void reads_the_three_months_and_the_six_months_blocks_as_one_statement() throws IOException {
        Spread spread = Tickmark.spread(write(incomeBlock("three", "5,843", "5,638", "1,876", "1,673")
                + incomeBlock("six", "11,534", "11,254", "3,502", "3,314")));

        StatementSpread is = spread.statement(StatementType.INCOME_STATEMENT).orElseThrow();
        assertThat(is.periods()).extracting(Period::months).containsExactly(3, 3, 6, 6);
        assertThat(is.pages()).containsExactly(3, 4);
        Fact sixMonthsRevenue = value(is, "revenue", new Period(Q2, 6));
        assertThat(sixMonthsRevenue.value()).isEqualByComparingTo("11534000000");
        assertThat(sixMonthsRevenue.source().page()).isEqualTo(4);
        assertThat(value(is, "revenue", new Period(Q2, 3)).source().page()).isEqualTo(3);
        assertThat(value(is, "net_income", new Period(Q2_PRIOR, 6)).value()).isEqualByComparingTo("3314000000");
    }

    @Test
    void never_joins_blocks_that_repeat_the_same_periods() throws IOException {
        Spread spread = Tickmark.spread(write(incomeBlock("three", "5,843", "5,638", "1,876", "1,673")
                + incomeBlock("three", "5,000", "4,000", "1,000", "900")));

        StatementSpread is = spread.statement(StatementType.INCOME_STATEMENT).orElseThrow();
        assertThat(is.periods()).hasSize(2);
        assertThat(is.pages()).hasSize(1);
    }

    private static Fact value(StatementSpread s, String concept, Period p) {
        int col = -1;
        for (int i = 0; i < s.periods().size(); i++) if (s.periods().get(i).sameAs(p)) col = i;
        assertThat(col).as("column for " + p).isNotNegative();
        Fact f = s.line(concept).orElseThrow().values().get(col);
        assertThat(f).as(concept + " " + p).isNotNull();
        return f;
    }

    private Path write(String blocks) throws IOException {
        String html = """
                <html><body>
                <div><b>EXAMPLE RAILWAYS CORP</b></div>
                <p>Quarterly report on Form 10-Q for the quarterly period ended June 30, 2025.</p>
                <hr style="page-break-after:always"/>
                <div style="text-align:center"><b>CONDENSED CONSOLIDATED BALANCE SHEETS</b></div>
                <div>(In millions)</div>
                <table>
                <tr><td></td><td>June 30, 2025</td><td>December 31, 2024</td></tr>
                <tr><td>Cash and cash equivalents</td><td>1,060</td><td>1,016</td></tr>
                <tr><td>Total current assets</td><td>4,183</td><td>4,021</td></tr>
                <tr><td>Property and equipment, net</td><td>64,393</td><td>63,694</td></tr>
                <tr><td>Total assets</td><td>68,576</td><td>67,715</td></tr>
                <tr><td>Total current liabilities</td><td>6,452</td><td>5,254</td></tr>
                <tr><td>Total liabilities</td><td>52,318</td><td>50,825</td></tr>
                <tr><td>Total equity</td><td>16,258</td><td>16,890</td></tr>
                <tr><td>Total liabilities and equity</td><td>68,576</td><td>67,715</td></tr>
                </table>
                """ + blocks + "</body></html>";
        Path file = dir.resolve("quarter.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static String incomeBlock(String months, String revenue, String priorRevenue, String net, String priorNet) {
        return """
                <hr style="page-break-after:always"/>
                <div style="text-align:center"><b>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</b></div>
                <div>Millions, for the %s months ended June 30,</div>
                <table>
                <tr><td></td><td>2025</td><td>2024</td></tr>
                <tr><td>Operating revenues</td><td>%s</td><td>%s</td></tr>
                <tr><td>Compensation and benefits</td><td>1,249</td><td>1,187</td></tr>
                <tr><td>Fuel</td><td>576</td><td>625</td></tr>
                <tr><td>Total operating expenses</td><td>3,629</td><td>3,607</td></tr>
                <tr><td>Operating income</td><td>2,525</td><td>2,400</td></tr>
                <tr><td>Income tax expense</td><td>(437)</td><td>(511)</td></tr>
                <tr><td>Net income</td><td>%s</td><td>%s</td></tr>
                </table>
                """.formatted(months, revenue, priorRevenue, net, priorNet);
    }
}
