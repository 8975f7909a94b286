package io.tickmark.store;

import io.tickmark.check.CheckResult;
import io.tickmark.facts.Box;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Source;
import io.tickmark.facts.Unit;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import io.tickmark.statement.Scope;
import io.tickmark.statement.StatementType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads stored rows back into the shared records: a whole spread, the document list, a concept's facts. */
final class SpreadReader {
    private static final String DOCUMENT_COLUMNS = """
            SELECT d.sha256, d.file_name, c.name AS company, d.document_type, d.period_end, d.filing_date, d.page_count, d.fiscal_year
            FROM documents d JOIN companies c ON c.id = d.company_id""";

    private final Connection connection;

    SpreadReader(Connection connection) {
        this.connection = connection;
    }

    /** The spread of the document, rebuilt exactly as it was saved. */
    Optional<Spread> spread(String sha) throws SQLException {
        List<DocumentInfo> info = query(DOCUMENT_COLUMNS + " WHERE d.sha256 = ?", SpreadReader::documentInfo, sha);
        if (info.isEmpty()) return Optional.empty();
        List<StatementSpread> all = statements(sha);
        List<StatementSpread> consolidated = all.stream().filter(st -> st.scope() != Scope.PARENT).toList();
        List<StatementSpread> parent = all.stream().filter(st -> st.scope() == Scope.PARENT).toList();
        return Optional.of(new Spread(withAliases(info).get(0), consolidated, checks(sha), warnings(sha), parent));
    }

    /** Every stored document, by company, period end (missing last) and file name. */
    List<DocumentInfo> documents() throws SQLException {
        return withAliases(query(DOCUMENT_COLUMNS + " ORDER BY c.name, d.period_end NULLS LAST, d.file_name, d.sha256",
                SpreadReader::documentInfo));
    }

    /** The documents with the other names of their company (简称, stock codes) where the report gave them. */
    private List<DocumentInfo> withAliases(List<DocumentInfo> infos) throws SQLException {
        Map<String, List<String>> aliases = new HashMap<>();
        query("SELECT document_sha, alias FROM document_aliases ORDER BY document_sha, seq", rs -> {
            aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            return null;
        });
        if (aliases.isEmpty()) return infos;
        List<DocumentInfo> out = new ArrayList<>(infos.size());
        for (DocumentInfo d : infos) {
            List<String> a = aliases.get(d.sha256());
            out.add(a == null ? d : new DocumentInfo(d.fileName(), d.sha256(), d.company(), d.documentType(), d.periodEnd(),
                    d.filingDate(), d.pageCount(), d.fiscalYear(), a));
        }
        return out;
    }

    List<String> companies() throws SQLException {
        return query("SELECT c.name FROM companies c WHERE EXISTS (SELECT 1 FROM documents d WHERE d.company_id = c.id)"
                + " ORDER BY c.name", rs -> rs.getString(1));
    }

    /** The facts of one concept of one company over all documents. */
    List<Fact> facts(String company, String concept) throws SQLException {
        return query("""
                SELECT f.* FROM facts f
                JOIN companies c ON c.id = f.company_id
                JOIN documents d ON d.sha256 = f.document_sha
                JOIN statements s ON s.document_sha = f.document_sha AND s.seq = f.statement_seq
                WHERE c.name = ? AND f.concept = ? AND s.scope = 'CONSOLIDATED'
                ORDER BY f.period_end, f.months, d.period_end DESC NULLS LAST, f.document_sha,
                         f.statement_seq, f.line_seq, f.column_seq""", SpreadReader::fact, company, concept);
    }

    private List<StatementSpread> statements(String sha) throws SQLException {
        Map<Integer, List<Period>> periods = periods(sha);
        Map<Integer, List<LineDraft>> lines = lines(sha);
        return query("SELECT * FROM statements WHERE document_sha = ? ORDER BY seq", rs -> {
            int seq = rs.getInt("seq");
            String type = rs.getString("statement_type");
            return new StatementSpread(type == null ? null : StatementType.valueOf(type), rs.getString("title"),
                    TextLists.integers(rs.getString("pages")), periods.getOrDefault(seq, List.of()),
                    Amounts.restore(rs.getBigDecimal("scale_factor"), rs.getInt("scale_scale")),
                    rs.getString("currency"), build(lines.getOrDefault(seq, List.of())), Scope.valueOf(rs.getString("scope")));
        }, sha);
    }

    private Map<Integer, List<Period>> periods(String sha) throws SQLException {
        Map<Integer, List<Period>> periods = new HashMap<>();
        for (StatementPeriod row : query("SELECT statement_seq, period_end, months FROM statement_periods"
                + " WHERE document_sha = ? ORDER BY statement_seq, seq", rs -> new StatementPeriod(
                rs.getInt("statement_seq"), new Period(date(rs, "period_end"), rs.getInt("months"))), sha)) {
            periods.computeIfAbsent(row.statement(), k -> new ArrayList<>()).add(row.period());
        }
        return periods;
    }

    private Map<Integer, List<LineDraft>> lines(String sha) throws SQLException {
        Map<Integer, List<LineDraft>> lines = new HashMap<>();
        for (LineDraft line : query("SELECT * FROM spread_lines WHERE document_sha = ? ORDER BY statement_seq, seq",
                LineDraft::of, sha)) {
            lines.computeIfAbsent(line.statement, k -> new ArrayList<>()).add(line);
        }
        query("SELECT * FROM facts WHERE document_sha = ?", rs -> {
            lines.get(rs.getInt("statement_seq")).get(rs.getInt("line_seq")).put(rs.getInt("column_seq"), fact(rs));
            return null;
        }, sha);
        return lines;
    }

    private static List<SpreadLine> build(List<LineDraft> drafts) {
        return drafts.stream().map(LineDraft::build).toList();
    }

    private List<CheckResult> checks(String sha) throws SQLException {
        return query("SELECT * FROM check_results WHERE document_sha = ? ORDER BY seq", rs -> {
            LocalDate end = date(rs, "period_end");
            String status = rs.getString("status");
            return new CheckResult(rs.getString("name"), rs.getString("rule_text"),
                    end == null ? null : new Period(end, rs.getInt("period_months")),
                    status == null ? null : CheckResult.Status.valueOf(status),
                    Amounts.restore(rs.getBigDecimal("left_amount"), rs.getInt("left_scale")),
                    Amounts.restore(rs.getBigDecimal("right_amount"), rs.getInt("right_scale")),
                    TextLists.strings(rs.getString("concepts")), rs.getString("message"));
        }, sha);
    }

    private List<String> warnings(String sha) throws SQLException {
        return query("SELECT message FROM warnings WHERE document_sha = ? ORDER BY seq", rs -> rs.getString(1), sha);
    }

    private static DocumentInfo documentInfo(ResultSet rs) throws SQLException {
        return new DocumentInfo(rs.getString("file_name"), rs.getString("sha256"), rs.getString("company"),
                rs.getString("document_type"), date(rs, "period_end"), date(rs, "filing_date"), rs.getInt("page_count"),
                (Integer) rs.getObject("fiscal_year", Integer.class));
    }

    private static Fact fact(ResultSet rs) throws SQLException {
        Source source = new Source(rs.getString("source_document"), rs.getString("source_sha256"),
                rs.getInt("page_number"), rs.getInt("line_index"), rs.getFloat("top_pt"),
                rs.getString("raw_label"), rs.getString("raw_value"), box(rs), rs.getString("anchor"), rs.getString("formula"));
        return new Fact(rs.getString("concept"), rs.getString("label"), rs.getString("statement"),
                new Period(date(rs, "period_end"), rs.getInt("months")),
                Amounts.restore(rs.getBigDecimal("amount"), rs.getInt("amount_scale")),
                Unit.parse(rs.getString("unit_code")), source, rs.getDouble("confidence"));
    }

    private static Box box(ResultSet rs) throws SQLException {
        float x0 = rs.getFloat("box_x0");
        if (rs.wasNull()) return null;
        return new Box(x0, rs.getFloat("box_top"), rs.getFloat("box_x1"), rs.getFloat("box_bottom"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, String... parameters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) ps.setString(i + 1, parameters[i]);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) rows.add(mapper.map(rs));
                return rows;
            }
        }
    }

    private record StatementPeriod(int statement, Period period) {}

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** A spread line being rebuilt: its row, then its facts dropped into their columns. */
    private static final class LineDraft {
        private final int statement;
        private final String concept;
        private final String label;
        private final String rawLabel;
        private final List<String> sections;
        private final Fact[] values;

        private LineDraft(ResultSet rs) throws SQLException {
            statement = rs.getInt("statement_seq");
            concept = rs.getString("concept");
            label = rs.getString("label");
            rawLabel = rs.getString("raw_label");
            sections = TextLists.strings(rs.getString("sections"));
            values = new Fact[rs.getInt("value_count")];
        }

        static LineDraft of(ResultSet rs) throws SQLException {
            return new LineDraft(rs);
        }

        void put(int column, Fact fact) {
            values[column] = fact;
        }

        SpreadLine build() {
            return new SpreadLine(concept, label, rawLabel, sections, Arrays.asList(values));
        }
    }
}
