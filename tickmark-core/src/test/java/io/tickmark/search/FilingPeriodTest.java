package io.tickmark.search;

import io.tickmark.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static io.tickmark.search.FiscalPeriod.FY;
import static io.tickmark.search.FiscalPeriod.H1;
import static io.tickmark.search.FiscalPeriod.Q1;
import static io.tickmark.search.FiscalPeriod.Q2;
import static io.tickmark.search.FiscalPeriod.Q3;
import static io.tickmark.search.FiscalPeriod.Q4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The part of the year a filing reports on and the day it was filed, read from what it prints; filters on both. */
class FilingPeriodTest {
    @TempDir
    Path dir;

    private static List<String> cover(String form, String periodLine) {
        return List.of("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "FORM " + form, periodLine,
                "ACME WIDGETS CORPORATION", "(Exact name of registrant as specified in its charter)",
                "Common Stock ACW New York Stock Exchange");
    }

    private static List<String> signatures(String date) {
        return List.of("SIGNATURES",
                "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed",
                "on its behalf by the undersigned thereunto duly authorized.", "ACME WIDGETS CORPORATION",
                "Date: " + date, "By: /s/ Jane Roe, Chief Financial Officer");
    }

    static Document quarterly(String file, String periodLine, String columns, String signed) throws Exception {
        return TextDocs.of(file, List.of(cover("10-Q", periodLine),
                List.of("CONDENSED CONSOLIDATED STATEMENTS OF INCOME", columns, "Net sales 1,200 1,100 2,400 2,200",
                        "Net income 120 110 240 220"),
                signatures(signed)));
    }

    static Document annual(String file, String periodLine, String signed) throws Exception {
        return TextDocs.of(file, List.of(cover("10-K", periodLine),
                List.of("CONSOLIDATED STATEMENTS OF INCOME", "Years ended December 31, 2022 2021", "Net sales 4,800 4,400"),
                List.of("SIGNATURES",
                        "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the Registrant has duly caused",
                        "this report to be signed on its behalf by the undersigned, thereunto duly authorized.", "ACME WIDGETS CORPORATION",
                        "By /s/ Jane Roe", signed)));
    }

    @Test
    void a_quarterly_report_is_the_quarter_its_longest_statement_column_covers_and_filed_on_its_signature_date() throws Exception {
        Filing second = Filing.of(quarterly("q2.pdf", "For the quarterly period ended June 30, 2023",
                "Three Months Ended Six Months Ended June 30, 2023 June 30, 2022", "July 28, 2023"));
        Filing third = Filing.of(quarterly("q3.pdf", "For the quarterly period ended September 30, 2023",
                "Three and nine months ended September 30, 2023", "October 27, 2023"));
        Filing first = Filing.of(quarterly("q1.pdf", "For the quarterly period ended March 31, 2023",
                "Three Months Ended March 31, 2023 2022", "April 28, 2023"));
        Filing weeks = Filing.of(quarterly("q2w.pdf", "For the quarterly period ended July 29, 2023",
                "Thirteen Weeks Ended Twenty-Six Weeks Ended July 29, 2023 July 30, 2022", "August 31, 2023"));

        assertThat(second.periods()).containsExactly(Q2, H1);
        assertThat(second.filed()).isEqualTo(LocalDate.of(2023, 7, 28));
        assertThat(third.periods()).containsExactly(Q3);
        assertThat(third.filed()).isEqualTo(LocalDate.of(2023, 10, 27));
        assertThat(first.periods()).containsExactly(Q1);
        assertThat(weeks.periods()).containsExactly(Q2, H1);
    }

    @Test
    void an_annual_report_is_the_full_year_filed_on_the_date_under_its_signatures() throws Exception {
        Filing f = Filing.of(annual("10k.pdf", "For the fiscal year ended December 31, 2022", "February 7, 2023"));

        assertThat(f.periods()).containsExactly(FY);
        assertThat(f.filed()).isEqualTo(LocalDate.of(2023, 2, 7));
    }

    @Test
    void signature_blocks_worded_otherwise_give_their_date_too() throws Exception {
        Document dayOf = TextDocs.of("day-of.pdf", List.of(cover("10-K", "For the fiscal year ended December 31, 2022"),
                List.of("SIGNATURES", "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the Registrant has duly",
                        "caused this Annual Report on Form 10-K to be signed on its behalf by the undersigned, thereunto duly authorized,",
                        "on the 15th day of February, 2023.")));
        Document under = TextDocs.of("under.pdf", List.of(cover("10-K", "For the fiscal year ended December 31, 2021"),
                List.of("SIGNATURES", "Under the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, this report was signed on",
                        "behalf of the Registrant by the authorized person named below.", "Dated: February 24, 2022 By: /S/ Jane Roe")));

        assertThat(Filing.of(dayOf).filed()).isEqualTo(LocalDate.of(2023, 2, 15));
        assertThat(Filing.of(under).filed()).isEqualTo(LocalDate.of(2022, 2, 24));
    }

    @Test
    void a_date_under_the_signatures_before_the_period_end_is_not_taken_as_the_filing_date() throws Exception {
        // a date in the text (an agreement's date) is not the filing date: the report cannot be filed before its period ends
        Filing f = Filing.of(annual("odd.pdf", "For the fiscal year ended December 31, 2022", "Amended on March 3, 2019"));

        assertThat(f.filed()).isNull();
    }

    @Test
    void an_unsigned_report_whose_cover_prints_a_date_alone_on_a_line_has_no_filing_date() throws Exception {
        Document unsigned = TextDocs.of("unsigned.pdf", List.of(List.of("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "FORM 10-K",
                "ANNUAL REPORT for the fiscal year ended", "December 31, 2022", "ACME WIDGETS CORPORATION",
                "(Exact name of registrant as specified in its charter)")));

        assertThat(Filing.of(unsigned).periods()).containsExactly(FY);
        assertThat(Filing.of(unsigned).filed()).isNull();
    }

    @Test
    void a_release_headline_names_its_quarter_and_the_full_year_and_its_dateline_the_day_it_was_issued() throws Exception {
        Document q4 = TextDocs.of("q4.pdf", List.of(List.of("FOR IMMEDIATE RELEASE",
                "Acme Widgets Reports Fourth-Quarter and Full-Year 2022 Results",
                "SPRINGFIELD, Ohio, January 24, 2023 – Acme Widgets Corporation (NYSE: ACW) today reported results.")));
        Document q2 = TextDocs.of("q2r.pdf", List.of(List.of("Acme Widgets Reports Q2 2023 Results; Raises 2023 Full-Year Guidance",
                "Springfield, Ohio (July 20, 2023) – Acme Widgets Corporation (NYSE: ACW) today announced results.")));
        Document undated = TextDocs.of("fy.pdf", List.of(List.of("Acme reports fiscal 2023 results and provides outlook for fiscal 2024",
                "Net sales of $14,694 million for fiscal 2023; guidance given in May 12, 2023 was met.")));

        Filing fourth = Filing.of(q4);
        Filing second = Filing.of(q2);
        Filing year = Filing.of(undated);

        assertThat(fourth.periods()).containsExactly(Q4, FY);
        assertThat(fourth.filed()).isEqualTo(LocalDate.of(2023, 1, 24));
        assertThat(second.periods()).as("guidance for the full year is not a report on it").containsExactly(Q2);
        assertThat(second.filed()).isEqualTo(LocalDate.of(2023, 7, 20));
        assertThat(year.periods()).containsExactly(FY);
        assertThat(year.filed()).as("a date inside a sentence is not a dateline").isNull();
    }

    @Test
    void a_current_report_has_no_period_and_is_filed_on_its_signature_date_else_its_date_of_report() throws Exception {
        Document signed = TextDocs.of("8k.pdf", List.of(
                List.of("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "FORM 8-K", "CURRENT REPORT",
                        "Date of Report (Date of earliest event reported): August 30, 2023", "ACME WIDGETS CORPORATION",
                        "(Exact name of registrant as specified in its charter)"),
                signatures("September 1, 2023")));
        Document unsigned = TextDocs.of("8k-cover.pdf", List.of(
                List.of("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", "FORM 8-K", "CURRENT REPORT",
                        "Date of Report (Date of earliest event reported): August 30, 2023", "ACME WIDGETS CORPORATION",
                        "(Exact name of registrant as specified in its charter)")));

        assertThat(Filing.of(signed).periods()).isEmpty();
        assertThat(Filing.of(signed).filed()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(Filing.of(unsigned).filed()).isEqualTo(LocalDate.of(2023, 8, 30));
    }

    @Test
    void a_chinese_report_title_gives_its_period_and_the_board_date_its_issue_date() throws Exception {
        Document annual = TextDocs.of("cn-annual.pdf", List.of(List.of("示例股份有限公司", "2022年年度报告"),
                List.of("第一节 重要提示"), List.of("董事长：张三", "董事会批准报送日期：2023年3月28日")));
        Document half = TextDocs.of("cn-half.pdf", List.of(List.of("示例股份有限公司", "2023年半年度报告"),
                List.of("示例股份有限公司董事会", "2023年8月25日")));
        Document third = TextDocs.of("cn-q3.pdf", List.of(List.of("示例股份有限公司", "2023年第三季度报告")));

        assertThat(Filing.of(annual).periods()).containsExactly(FY);
        assertThat(Filing.of(annual).filed()).isEqualTo(LocalDate.of(2023, 3, 28));
        assertThat(Filing.of(half).periods()).containsExactly(H1);
        assertThat(Filing.of(half).filed()).isEqualTo(LocalDate.of(2023, 8, 25));
        assertThat(Filing.of(third).periods()).containsExactly(Q3);
        assertThat(Filing.of(third).filed()).isNull();
    }

    @Test
    void a_filing_that_does_not_say_has_no_period_and_no_filing_date() throws Exception {
        Filing f = Filing.of(TextDocs.of("memo.pdf", List.of(List.of("Notes on the widget market", "Demand grew in most regions."))));

        assertThat(f.periods()).isEmpty();
        assertThat(f.filed()).isNull();
    }

    @Test
    void the_period_filter_keeps_filings_of_that_period_and_those_that_do_not_say() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(quarterly("q2.pdf", "For the quarterly period ended June 30, 2023",
                    "Three Months Ended Six Months Ended June 30, 2023 June 30, 2022", "July 28, 2023"));
            index.add(annual("10k.pdf", "For the fiscal year ended December 31, 2022", "February 7, 2023"));
            index.add(TextDocs.of("memo.pdf", List.of(List.of("Notes on the widget market: net sales grew."))));

            assertThat(files(index, Filters.none().withPeriod(Q2))).containsExactlyInAnyOrder("q2.pdf", "memo.pdf");
            assertThat(files(index, Filters.none().withPeriod(H1))).containsExactlyInAnyOrder("q2.pdf", "memo.pdf");
            assertThat(files(index, Filters.none().withPeriod(FY))).containsExactlyInAnyOrder("10k.pdf", "memo.pdf");
            assertThat(files(index, Filters.none().withPeriod(Q3))).containsExactly("memo.pdf");
        }
    }

    @Test
    void the_filing_date_filter_keeps_the_days_asked_both_ends_included_and_filings_without_a_date() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.add(quarterly("q2.pdf", "For the quarterly period ended June 30, 2023",
                    "Three Months Ended Six Months Ended June 30, 2023 June 30, 2022", "July 28, 2023"));
            index.add(annual("10k.pdf", "For the fiscal year ended December 31, 2022", "February 7, 2023"));
            index.add(TextDocs.of("memo.pdf", List.of(List.of("Notes on the widget market: net sales grew."))));

            assertThat(files(index, Filters.none().withFiled(LocalDate.of(2023, 7, 28), null))).containsExactlyInAnyOrder("q2.pdf", "memo.pdf");
            assertThat(files(index, Filters.none().withFiled(null, LocalDate.of(2023, 2, 7)))).containsExactlyInAnyOrder("10k.pdf", "memo.pdf");
            assertThat(files(index, Filters.none().withFiled(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 30)))).containsExactly("memo.pdf");
            assertThat(files(index, Filters.none().withFiled(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))))
                    .containsExactlyInAnyOrder("q2.pdf", "10k.pdf", "memo.pdf");
            Passage p = index.search("net sales", Filters.none().withPeriod(Q2).withFiled(LocalDate.of(2023, 7, 1), null), 10).stream()
                    .filter(x -> x.fileName().equals("q2.pdf")).findFirst().orElseThrow();
            assertThat(p.period()).isEqualTo("Q2/H1");
            assertThat(p.filed()).isEqualTo(LocalDate.of(2023, 7, 28));
        }
    }

    @Test
    void periods_and_filing_dates_survive_reopening_and_the_vectors_being_added() throws Exception {
        // adding a passage's vector writes the passage again from what was stored: its period and date must come along
        IndexSettings settings = IndexSettings.current().withEmbedding(OnnxEmbedder.MINILM);
        try (SearchIndex index = SearchIndex.recreate(dir, settings)) {
            index.add(quarterly("q2.pdf", "For the quarterly period ended June 30, 2023",
                    "Three Months Ended Six Months Ended June 30, 2023 June 30, 2022", "July 28, 2023"));
            index.add(annual("10k.pdf", "For the fiscal year ended December 31, 2022", "February 7, 2023"));
            assertThat(index.embedPending(n -> { }).passages()).isPositive();
            assertThat(index.pendingVectors()).isZero();
        }
        try (SearchIndex index = SearchIndex.open(dir, settings)) {
            assertThat(index.filings()).extracting(Filing::filed).containsExactlyInAnyOrder(LocalDate.of(2023, 7, 28), LocalDate.of(2023, 2, 7));
            assertThat(files(index, Filters.none().withPeriod(Q2))).containsExactly("q2.pdf");
            assertThat(files(index, Filters.none().withFiled(LocalDate.of(2023, 7, 1), null))).containsExactly("q2.pdf");
        }
    }

    @Test
    void periods_are_read_as_users_write_them_and_a_wrong_one_is_named() {
        assertThat(FiscalPeriod.parse("q2")).isEqualTo(Q2);
        assertThat(FiscalPeriod.parse("2Q")).isEqualTo(Q2);
        assertThat(FiscalPeriod.parse("full-year")).isEqualTo(FY);
        assertThat(FiscalPeriod.parse("H1")).isEqualTo(H1);
        assertThatThrownBy(() -> FiscalPeriod.parse("Q5")).hasMessageContaining("'Q5'").hasMessageContaining("Q1, Q2, Q3, Q4");
        assertThatThrownBy(() -> Filters.none().withFiled(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023-06-01").hasMessageContaining("2023-01-01");
    }

    private static List<String> files(SearchIndex index, Filters f) throws Exception {
        return index.search("net sales", f, 20).stream().map(Passage::fileName).distinct().toList();
    }
}
