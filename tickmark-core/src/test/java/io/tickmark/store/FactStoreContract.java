package io.tickmark.store;

import io.tickmark.facts.TextFinding;
import io.tickmark.facts.Fact;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every fact store must do, whatever the database: subclasses give a fresh, empty database
 * per test (H2 in a temporary directory, PostgreSQL in a new schema).
 */
abstract class FactStoreContract {
    private static final String ACME = "Acme Widgets Inc.";
    private static final LocalDate FY2023 = LocalDate.of(2023, 9, 30);
    private static final LocalDate FY2022 = LocalDate.of(2022, 9, 30);
    private static final List<String> TABLES = List.of("companies", "documents", "statements", "statement_periods",
            "spread_lines", "facts", "check_results", "warnings", "text_scans", "text_findings");
    private static final TextFinding GOING_CONCERN = new TextFinding("going concern", "acme-10k.pdf", 41,
            "...raise substantial doubt about the Company's ability to continue as a going concern...", true);
    private static final TextFinding WEAKNESS = new TextFinding("material weakness", "acme-10k.pdf", 77,
            "...a material weakness in our internal control over financial reporting...", true);

    protected String url;
    protected FactStore store;

    /** The JDBC URL of a new, empty database (or schema) for one test. */
    protected abstract String freshUrl() throws Exception;

    /** Removes what {@link #freshUrl()} made, after the store is closed. */
    protected abstract void dropDatabase() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        url = freshUrl();
        store = FactStore.open(url);
    }

    @AfterEach
    void closeStore() throws Exception {
        if (store != null) store.close();
        dropDatabase();
    }

    @Test
    void a_store_reopened_at_the_latest_schema_skips_the_migrations_and_keeps_its_data() throws SQLException {
        Spread spread = Spreads.annualReport(Spreads.sha(1), ACME, FY2023);
        store.save(spread);
        store.close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
            assertThat(Migrations.upToDate(c)).as("the schema history of this database holds every shipped migration").isTrue();
        }

        store = FactStore.open(url);

        assertThat(store.load(Spreads.sha(1))).contains(spread);
        assertThat(store.save(Spreads.annualReport(Spreads.sha(2), ACME, FY2022))).isTrue();
    }

    @Test
    void loads_a_saved_spread_equal_to_the_one_saved() {
        Spread spread = Spreads.annualReport(Spreads.sha(1), ACME, FY2023);

        assertThat(store.save(spread)).isTrue();

        Spread loaded = store.load(Spreads.sha(1)).orElseThrow();
        assertThat(loaded).isEqualTo(spread);
        assertThat(loaded.statements().get(0).lines().get(1).values()).containsExactly(
                spread.statements().get(0).lines().get(1).values().get(0), null);
        assertThat(loaded.facts()).extracting(Fact::value).contains(
                new BigDecimal("123456789012345678901234.5678901234567890"), new BigDecimal("-7.89E+8"),
                new BigDecimal("-0.40"));
    }

    @Test
    void keeps_failed_and_skipped_checks_and_warnings() {
        Spread spread = Spreads.annualReport(Spreads.sha(1), ACME, FY2023);
        store.save(spread);

        Spread loaded = store.load(Spreads.sha(1)).orElseThrow();

        assertThat(loaded.checks()).extracting(c -> c.status().name(), c -> c.left())
                .containsExactly(tuple("FAILED", new BigDecimal("123456789012345678901234.5678901234567890")),
                        tuple("SKIPPED", null), tuple("PASSED", new BigDecimal("6.15")));
        assertThat(loaded.warnings()).isEqualTo(spread.warnings());
    }

    @Test
    void saving_the_same_document_twice_stores_it_once() throws SQLException {
        Spread spread = Spreads.annualReport(Spreads.sha(1), ACME, FY2023);
        store.save(spread);
        int factRows = rowCount("facts");

        assertThat(store.save(spread)).isFalse();

        assertThat(store.documents()).hasSize(1);
        assertThat(rowCount("facts")).isEqualTo(factRows).isEqualTo(spread.facts().size());
    }

    @Test
    void replacing_a_spread_swaps_it_whole_for_the_new_one() throws SQLException {
        Spread old = Spreads.annualReport(Spreads.sha(1), ACME, FY2023);
        store.save(old);
        Fact first = old.statements().get(0).lines().get(0).values().get(0);
        Spread better = withFirstValue(old, first.withConfidence(0.25));

        assertThat(store.replace(better)).isTrue();

        assertThat(store.load(Spreads.sha(1))).contains(better);
        assertThat(store.documents()).hasSize(1);
        assertThat(rowCount("facts")).isEqualTo(better.facts().size());
    }

    @Test
    void replacing_a_spread_never_stored_saves_it() {
        Spread spread = Spreads.annualReport(Spreads.sha(2), ACME, FY2023);

        assertThat(store.replace(spread)).isFalse();

        assertThat(store.load(Spreads.sha(2))).contains(spread);
    }

    @Test
    void records_where_each_document_was_read_from_so_the_search_index_can_be_rebuilt() {
        store.save(Spreads.annualReport(Spreads.sha(1), ACME, FY2023));
        store.save(Spreads.annualReport(Spreads.sha(2), ACME, FY2022));

        store.recordSource(Spreads.sha(1), Path.of("reports/../reports/acme-2023.pdf"));
        store.recordSource(Spreads.sha(9), Path.of("never-stored.pdf")); // not stored: nothing recorded

        assertThat(store.sources()).containsOnlyKeys(Spreads.sha(1));
        assertThat(store.sources().get(Spreads.sha(1))).isAbsolute();
        assertThat(store.sources().get(Spreads.sha(1)).toString()).endsWith(Path.of("reports", "acme-2023.pdf").toString()).doesNotContain("..");
        store.recordSource(Spreads.sha(1), Path.of("moved/acme-2023.pdf"));
        assertThat(store.sources().get(Spreads.sha(1)).toString()).endsWith(Path.of("moved", "acme-2023.pdf").toString());
        store.delete(Spreads.sha(1));
        assertThat(store.sources()).isEmpty();
    }

    @Test
    void knows_which_documents_it_holds() {
        store.save(Spreads.annualReport(Spreads.sha(1), ACME, FY2023));

        assertThat(store.contains(Spreads.sha(1))).isTrue();
        assertThat(store.contains(Spreads.sha(2))).isFalse();
        assertThat(store.load(Spreads.sha(2))).isEmpty();
    }

    @Test
    void lists_documents_by_company_and_period_with_their_cover_page_information() {
        Spread later = Spreads.annualReport(Spreads.sha(1), ACME, FY2023);
        Spread earlier = Spreads.annualReport(Spreads.sha(2), ACME, FY2022);
        Spread other = Spreads.annualReport(Spreads.sha(3), "Zenith Gadgets plc", FY2022);
        store.save(other);
        store.save(later);
        store.save(earlier);

        List<DocumentInfo> documents = store.documents();

        assertThat(documents).containsExactly(earlier.document(), later.document(), other.document());
        assertThat(store.companies()).containsExactly(ACME, "Zenith Gadgets plc");
    }

    @Test
    void gives_a_concept_of_a_company_over_all_periods_latest_filing_first_within_a_period() {
        store.save(Spreads.annualReport(Spreads.sha(1), ACME, FY2023));
        store.save(Spreads.annualReport(Spreads.sha(2), ACME, FY2022));
        store.save(Spreads.annualReport(Spreads.sha(3), "Zenith Gadgets plc", FY2023));

        List<Fact> cash = store.facts(ACME, Spreads.CASH);

        assertThat(cash).extracting(f -> f.period().end(), f -> f.source().sha256()).containsExactly(
                tuple(FY2022.minusYears(1), Spreads.sha(2)),
                tuple(FY2022, Spreads.sha(1)),
                tuple(FY2022, Spreads.sha(2)),
                tuple(FY2023, Spreads.sha(1)));
        assertThat(cash).allSatisfy(f -> assertThat(f.concept()).isEqualTo(Spreads.CASH));
    }

    @Test
    void gives_per_share_facts_with_their_unit_and_tick_mark() {
        Spread spread = Spreads.annualReport(Spreads.sha(1), ACME, FY2023);
        store.save(spread);

        List<Fact> eps = store.facts(ACME, Spreads.EPS);

        List<Fact> printed = spread.statements().get(1).line(Spreads.EPS).orElseThrow().values();
        assertThat(eps).containsExactly(printed.get(1), printed.get(0));
        assertThat(eps.get(0).unit().code()).isEqualTo("USD/share");
        assertThat(eps.get(0).source().cite()).isEqualTo(spread.document().fileName() + " p.61 l.31");
    }

    @Test
    void keeps_text_findings_with_the_spread_and_tells_scanned_with_nothing_found_from_never_scanned() {
        assertThat(store.save(Spreads.annualReport(Spreads.sha(1), ACME, FY2023), List.of(GOING_CONCERN, WEAKNESS))).isTrue();
        assertThat(store.save(Spreads.annualReport(Spreads.sha(2), ACME, FY2022), List.of())).isTrue();
        assertThat(store.save(Spreads.annualReport(Spreads.sha(3), "Other Corp", FY2022))).isTrue();

        assertThat(store.textFindings(Spreads.sha(1))).as("scanned, two findings in order").contains(List.of(GOING_CONCERN, WEAKNESS));
        assertThat(store.textFindings(Spreads.sha(2))).as("scanned, nothing found").contains(List.of());
        assertThat(store.textFindings(Spreads.sha(3))).as("saved without its text: never scanned").isEmpty();
        assertThat(store.textFindings(Spreads.sha(4))).as("not stored").isEmpty();
        assertThat(store.save(Spreads.annualReport(Spreads.sha(1), ACME, FY2023), List.of())).as("already stored").isFalse();
        assertThat(store.textFindings(Spreads.sha(1))).as("a refused second save leaves the findings").contains(List.of(GOING_CONCERN, WEAKNESS));
    }

    @Test
    void a_document_stored_without_its_text_gets_its_scan_once_and_a_later_scan_replaces_it() {
        store.save(Spreads.annualReport(Spreads.sha(1), ACME, FY2023));

        assertThat(store.saveTextFindings(Spreads.sha(1), List.of(WEAKNESS))).isTrue();
        assertThat(store.textFindings(Spreads.sha(1))).contains(List.of(WEAKNESS));
        assertThat(store.saveTextFindings(Spreads.sha(1), List.of())).isTrue();
        assertThat(store.textFindings(Spreads.sha(1))).contains(List.of());
        assertThat(store.saveTextFindings(Spreads.sha(9), List.of(WEAKNESS))).as("not stored").isFalse();
        assertThat(store.textFindings(Spreads.sha(9))).isEmpty();
        assertThatThrownBy(() -> store.saveTextFindings(Spreads.sha(1), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty list");
    }

    @Test
    void replacing_a_spread_replaces_its_text_findings_too() {
        store.save(Spreads.annualReport(Spreads.sha(1), ACME, FY2023), List.of(GOING_CONCERN));

        assertThat(store.replace(Spreads.annualReport(Spreads.sha(1), ACME, FY2023), List.of(WEAKNESS))).isTrue();
        assertThat(store.textFindings(Spreads.sha(1))).contains(List.of(WEAKNESS));
        store.replace(Spreads.annualReport(Spreads.sha(1), ACME, FY2023));
        assertThat(store.textFindings(Spreads.sha(1))).as("replaced without its text: never scanned").isEmpty();
    }

    @Test
    void a_save_failing_while_writing_the_text_findings_leaves_nothing_of_the_document() throws SQLException {
        Spread spread = Spreads.annualReport(Spreads.sha(1), ACME, FY2023);
        try (FactStore failing = JdbcFactStore.open(url, FailingConnections.failingAfter(url, "text_findings", false))) {
            assertThatThrownBy(() -> failing.save(spread, List.of(GOING_CONCERN)))
                    .isInstanceOf(FactStoreException.class)
                    .hasMessageContaining("injected failure");
        }

        assertThat(store.contains(Spreads.sha(1))).as("spread and findings are one transaction").isFalse();
        for (String t : TABLES) assertThat(rowCount(t)).as(t).isZero();
    }

    @Test
    void a_document_stored_before_text_findings_were_kept_reads_as_never_scanned_after_the_migration() throws SQLException {
        store.save(Spreads.annualReport(Spreads.sha(1), ACME, FY2023));
        store.close();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            // back to the schema before V8, the document still stored
            st.execute("DROP TABLE text_findings");
            st.execute("DROP TABLE text_scans");
            st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '8'");
        }

        store = FactStore.open(url);

        assertThat(store.load(Spreads.sha(1))).isPresent();
        assertThat(store.textFindings(Spreads.sha(1))).as("never scanned, not 'nothing found'").isEmpty();
        assertThat(store.saveTextFindings(Spreads.sha(1), List.of())).isTrue();
        assertThat(store.textFindings(Spreads.sha(1))).contains(List.of());
    }

    @Test
    void delete_removes_the_text_findings_too() throws SQLException {
        store.save(Spreads.annualReport(Spreads.sha(1), ACME, FY2023), List.of(GOING_CONCERN, WEAKNESS));

        assertThat(store.delete(Spreads.sha(1))).isTrue();

        assertThat(rowCount("text_scans")).isZero();
        assertThat(rowCount("text_findings")).isZero();
        assertThat(store.textFindings(Spreads.sha(1))).isEmpty();
    }

    @Test
    void delete_removes_the_document_and_all_its_rows() throws SQLException {
        Spread spread = Spreads.annualReport(Spreads.sha(1), ACME, FY2023);
        store.save(spread);

        assertThat(store.delete(Spreads.sha(1))).isTrue();

        assertThat(store.contains(Spreads.sha(1))).isFalse();
        assertThat(store.facts(ACME, Spreads.CASH)).isEmpty();
        for (String table : TABLES.subList(1, TABLES.size())) assertThat(rowCount(table)).as(table).isZero();
        assertThat(store.delete(Spreads.sha(1))).isFalse();
        assertThat(store.save(spread)).isTrue();
    }

    @ParameterizedTest(name = "failing after writing {0}, connection dropped: {1}")
    @CsvSource({"facts, false", "facts, true", "warnings, false"})
    void a_save_failing_midway_leaves_nothing_of_the_document(String table, boolean dropConnection) throws SQLException {
        Spread spread = Spreads.annualReport(Spreads.sha(1), ACME, FY2023);
        try (FactStore failing = JdbcFactStore.open(url, FailingConnections.failingAfter(url, table, dropConnection))) {
            assertThatThrownBy(() -> failing.save(spread))
                    .isInstanceOf(FactStoreException.class)
                    .hasMessageContaining(spread.document().fileName())
                    .hasMessageContaining("injected failure");
        }

        assertThat(store.contains(Spreads.sha(1))).isFalse();
        for (String t : TABLES) assertThat(rowCount(t)).as(t).isZero();
        assertThat(store.save(spread)).isTrue();
        assertThat(store.load(Spreads.sha(1))).contains(spread);
    }

    @Test
    void a_process_killed_while_saving_leaves_only_whole_spreads() throws Exception {
        store.close(); // an embedded H2 database admits one process at a time
        Process saver = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), url)
                .redirectErrorStream(true).start();
        try {
            awaitLine(saver, "saved 3");
        } finally {
            saver.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        store = FactStore.open(url);

        List<DocumentInfo> stored = store.documents();
        assertThat(stored).hasSizeGreaterThanOrEqualTo(4);
        for (int n = 0; n < stored.size(); n++) assertThat(store.load(Spreads.sha(SaveLoop.FIRST + n))).contains(SaveLoop.spread(n));
        assertThat(rowCount("facts")).isEqualTo(stored.size() * SaveLoop.spread(0).facts().size());
    }

    private static void awaitLine(Process process, String expected) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(expected)) return;
            seen.append(line).append('\n');
        }
        throw new AssertionError("saving process ended before printing '" + expected + "':\n" + seen);
    }

    @Test
    void refuses_a_value_it_could_not_keep_exactly_and_stores_nothing() throws SQLException {
        Spread good = Spreads.annualReport(Spreads.sha(1), ACME, FY2023);
        Fact first = good.facts().get(0);
        Fact tooPrecise = new Fact(first.concept(), first.label(), first.statement(), first.period(),
                new BigDecimal("0.123456789012345678901"), first.unit(), first.source(), first.confidence());
        Spread bad = withFirstValue(good, tooPrecise);

        assertThatThrownBy(() -> store.save(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.123456789012345678901")
                .hasMessageContaining("at most 20");
        for (String t : TABLES) assertThat(rowCount(t)).as(t).isZero();
    }

    @Test
    void concurrent_saves_of_the_same_document_store_it_once() throws Exception {
        Spread spread = Spreads.annualReport(Spreads.sha(1), ACME, FY2023);

        List<Boolean> results = runTogether(4, i -> store.save(spread));

        assertThat(results).containsOnlyOnce(true);
        assertThat(store.documents()).hasSize(1);
        assertThat(rowCount("facts")).isEqualTo(spread.facts().size());
        assertThat(store.load(Spreads.sha(1))).contains(spread);
    }

    @Test
    void concurrent_saves_of_a_new_company_s_documents_all_succeed_under_one_company() throws Exception {
        List<Boolean> results = runTogether(4,
                i -> store.save(Spreads.annualReport(Spreads.sha(10 + i), ACME, FY2023.minusYears(i))));

        assertThat(results).containsOnly(true);
        assertThat(store.companies()).containsExactly(ACME);
        assertThat(rowCount("companies")).isEqualTo(1);
        assertThat(store.documents()).hasSize(4);
    }

    @Test
    void keeps_spreads_after_closing_and_reopening() {
        Spread spread = Spreads.annualReport(Spreads.sha(1), ACME, FY2023);
        store.save(spread);
        store.close();

        store = FactStore.open(url);

        assertThat(store.load(Spreads.sha(1))).contains(spread);
    }

    @Test
    void a_closed_store_says_so() {
        store.close();

        assertThatThrownBy(() -> store.contains(Spreads.sha(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    private static Spread withFirstValue(Spread spread, Fact replacement) {
        StatementSpread statement = spread.statements().get(0);
        SpreadLine line = statement.lines().get(0);
        List<Fact> values = new ArrayList<>(line.values());
        values.set(0, replacement);
        List<SpreadLine> lines = new ArrayList<>(statement.lines());
        lines.set(0, new SpreadLine(line.concept(), line.label(), line.rawLabel(), line.sections(), values));
        List<StatementSpread> statements = new ArrayList<>(spread.statements());
        statements.set(0, new StatementSpread(statement.type(), statement.title(), statement.pages(),
                statement.periods(), statement.scale(), statement.currency(), lines));
        return new Spread(spread.document(), statements, spread.checks(), spread.warnings());
    }

    private interface Task<T> {
        T run(int index) throws Exception;
    }

    /** Runs the tasks on their own threads, released at the same moment, and returns their results. */
    private static <T> List<T> runTogether(int count, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> call = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get(60, TimeUnit.SECONDS));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    protected int rowCount(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
