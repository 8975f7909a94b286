package io.tickmark.store;

import io.tickmark.check.CheckResult;
import io.tickmark.facts.Box;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Unit;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.spread.Spread;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** Writes one spread into the store's tables on a connection whose transaction the caller owns. */
final class SpreadWriter {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private final Connection connection;
    private final String sha;
    private final long companyId;

    SpreadWriter(Connection connection, String sha, long companyId) {
        this.connection = connection;
        this.sha = sha;
        this.companyId = companyId;
    }

    /** Refuses, before anything is written, a spread the store could not give back exactly. */
    static void validate(Spread spread) {
        DocumentInfo info = spread.document();
        if (info.sha256() == null || !SHA256.matcher(info.sha256()).matches()) {
            throw new IllegalArgumentException("spread of " + info.fileName() + " has no SHA-256 of 64 hex digits: " + info.sha256());
        }
        for (StatementSpread statement : spread.statements()) {
            Amounts.checkFits(statement.scale(), "scale of statement '" + statement.title() + "'");
        }
        spread.facts().forEach(SpreadWriter::validate);
        for (CheckResult check : spread.checks()) {
            Amounts.checkFits(check.left(), "left side of check " + check.name());
            Amounts.checkFits(check.right(), "right side of check " + check.name());
        }
    }

    private static void validate(Fact fact) {
        Amounts.checkFits(fact.value(), "value of fact '" + fact.label() + "'");
        if (!Unit.parse(fact.unit().code()).equals(fact.unit())) {
            throw new IllegalArgumentException("unit " + fact.unit().code() + " of fact '" + fact.label() + "' does not read back as itself");
        }
    }

    /** Inserts the document row; false when the SHA-256 is already there (the transaction is then spoilt). */
    boolean insertDocument(DocumentInfo info) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO documents (sha256, file_name, company_id, document_type, period_end, filing_date, page_count,
                                       fiscal_year)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, sha);
            ps.setString(2, info.fileName());
            ps.setLong(3, companyId);
            ps.setString(4, info.documentType());
            setDate(ps, 5, info.periodEnd());
            setDate(ps, 6, info.filingDate());
            ps.setInt(7, info.pageCount());
            if (info.fiscalYear() == null) ps.setNull(8, java.sql.Types.INTEGER);
            else ps.setInt(8, info.fiscalYear());
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (Sql.isDuplicateKey(e)) return false;
            throw e;
        }
    }

    /** Inserts everything of the spread but its document row. */
    void insertContent(Spread spread) throws SQLException {
        // consolidated statements first, then the parent company's own, each row carrying its scope
        List<StatementSpread> all = new java.util.ArrayList<>(spread.statements());
        all.addAll(spread.parentStatements());
        insertStatements(all);
        insertPeriods(all);
        insertLines(all);
        insertFacts(all);
        insertAliases(spread.document().aliases());
        insertChecks(spread.checks());
        insertWarnings(spread.warnings());
    }

    private void insertAliases(List<String> aliases) throws SQLException {
        if (aliases.isEmpty()) return;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO document_aliases (document_sha, seq, alias) VALUES (?, ?, ?)")) {
            for (int i = 0; i < aliases.size(); i++) {
                ps.setString(1, sha);
                ps.setInt(2, i);
                ps.setString(3, aliases.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertStatements(List<StatementSpread> statements) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO statements (document_sha, seq, statement_type, title, pages, scale_factor, scale_scale, currency, scope)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int s = 0; s < statements.size(); s++) {
                StatementSpread statement = statements.get(s);
                ps.setString(1, sha);
                ps.setInt(2, s);
                ps.setString(3, statement.type() == null ? null : statement.type().name());
                ps.setString(4, statement.title());
                ps.setString(5, TextLists.write(statement.pages()));
                ps.setBigDecimal(6, statement.scale());
                setInteger(ps, 7, statement.scale() == null ? null : statement.scale().scale());
                ps.setString(8, statement.currency());
                ps.setString(9, statement.scope().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertPeriods(List<StatementSpread> statements) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO statement_periods (document_sha, statement_seq, seq, period_end, months)
                VALUES (?, ?, ?, ?, ?)""")) {
            for (int s = 0; s < statements.size(); s++) {
                List<Period> periods = statements.get(s).periods();
                for (int p = 0; p < periods.size(); p++) {
                    ps.setString(1, sha);
                    ps.setInt(2, s);
                    ps.setInt(3, p);
                    setDate(ps, 4, periods.get(p).end());
                    ps.setInt(5, periods.get(p).months());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void insertLines(List<StatementSpread> statements) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO spread_lines (document_sha, statement_seq, seq, concept, label, raw_label, sections, value_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int s = 0; s < statements.size(); s++) {
                List<SpreadLine> lines = statements.get(s).lines();
                for (int l = 0; l < lines.size(); l++) {
                    SpreadLine line = lines.get(l);
                    ps.setString(1, sha);
                    ps.setInt(2, s);
                    ps.setInt(3, l);
                    ps.setString(4, line.concept());
                    ps.setString(5, line.label());
                    ps.setString(6, line.rawLabel());
                    ps.setString(7, TextLists.write(line.sections()));
                    ps.setInt(8, line.values().size());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void insertFacts(List<StatementSpread> statements) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO facts (document_sha, statement_seq, line_seq, column_seq, company_id, concept, label, statement,
                                   period_end, months, amount, amount_scale, unit_code, confidence, source_document,
                                   source_sha256, page_number, line_index, top_pt, raw_label, raw_value,
                                   box_x0, box_top, box_x1, box_bottom, anchor, formula)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int s = 0; s < statements.size(); s++) {
                List<SpreadLine> lines = statements.get(s).lines();
                for (int l = 0; l < lines.size(); l++) {
                    addFacts(ps, s, l, lines.get(l).values());
                }
            }
            ps.executeBatch();
        }
    }

    private void addFacts(PreparedStatement ps, int statement, int line, List<Fact> values) throws SQLException {
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) == null) continue;
            ps.setString(1, sha);
            ps.setInt(2, statement);
            ps.setInt(3, line);
            ps.setInt(4, c);
            ps.setLong(5, companyId);
            setFact(ps, values.get(c));
            ps.addBatch();
        }
    }

    private static void setFact(PreparedStatement ps, Fact fact) throws SQLException {
        ps.setString(6, fact.concept());
        ps.setString(7, fact.label());
        ps.setString(8, fact.statement());
        setDate(ps, 9, fact.period().end());
        ps.setInt(10, fact.period().months());
        ps.setBigDecimal(11, fact.value());
        ps.setInt(12, fact.value().scale());
        ps.setString(13, fact.unit().code());
        ps.setDouble(14, fact.confidence());
        ps.setString(15, fact.source().document());
        ps.setString(16, fact.source().sha256());
        ps.setInt(17, fact.source().page());
        ps.setInt(18, fact.source().line());
        ps.setFloat(19, fact.source().top());
        ps.setString(20, fact.source().rawLabel());
        ps.setString(21, fact.source().rawValue());
        Box box = fact.source().box();
        setFloat(ps, 22, box == null ? null : box.x0());
        setFloat(ps, 23, box == null ? null : box.top());
        setFloat(ps, 24, box == null ? null : box.x1());
        setFloat(ps, 25, box == null ? null : box.bottom());
        ps.setString(26, fact.source().anchor());
        ps.setString(27, fact.source().formula());
    }

    private static void setFloat(PreparedStatement ps, int index, Float value) throws SQLException {
        if (value == null) ps.setNull(index, java.sql.Types.REAL);
        else ps.setFloat(index, value);
    }

    private void insertChecks(List<CheckResult> checks) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO check_results (document_sha, seq, name, rule_text, period_end, period_months, status,
                                           left_amount, left_scale, right_amount, right_scale, concepts, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < checks.size(); i++) {
                ps.setString(1, sha);
                ps.setInt(2, i);
                setCheck(ps, checks.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setCheck(PreparedStatement ps, CheckResult check) throws SQLException {
        ps.setString(3, check.name());
        ps.setString(4, check.rule());
        setDate(ps, 5, check.period() == null ? null : check.period().end());
        setInteger(ps, 6, check.period() == null ? null : check.period().months());
        ps.setString(7, check.status() == null ? null : check.status().name());
        setAmount(ps, 8, check.left());
        setAmount(ps, 10, check.right());
        ps.setString(12, TextLists.write(check.concepts()));
        ps.setString(13, check.message());
    }

    private void insertWarnings(List<String> warnings) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO warnings (document_sha, seq, message) VALUES (?, ?, ?)")) {
            for (int i = 0; i < warnings.size(); i++) {
                ps.setString(1, sha);
                ps.setInt(2, i);
                ps.setString(3, warnings.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Sets an amount and, in the next parameter, its scale. */
    private static void setAmount(PreparedStatement ps, int index, BigDecimal amount) throws SQLException {
        ps.setBigDecimal(index, amount);
        setInteger(ps, index + 1, amount == null ? null : amount.scale());
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) ps.setNull(index, Types.DATE);
        else ps.setObject(index, date);
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) ps.setNull(index, Types.INTEGER);
        else ps.setInt(index, value);
    }
}
