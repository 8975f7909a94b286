package io.tickmark.statement;

import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the primary statements in a report. A candidate is a short title line ("Consolidated
 * Balance Sheets") followed by rows of numbers whose labels carry the statement's anchor items
 * ("Total assets"); the table of contents, prose that names a statement, selected financial
 * data and notes tables lack one or the other. A statement whose closing line is not on its
 * first page continues on the next page unless that page starts another statement.
 */
public final class StatementLocator {
    private static final int MIN_VALUE_ROWS = 5;
    private static final int MAX_PAGES = 3;

    /** The best location of each statement found, in statement order. */
    public List<StatementLocation> locate(Document doc) {
        return best(candidates(doc));
    }

    /** The best of each type among {@code candidates}, in statement order. */
    public static List<StatementLocation> best(List<StatementLocation> candidates) {
        Map<StatementType, StatementLocation> best = new EnumMap<>(StatementType.class);
        for (StatementLocation c : candidates) {
            StatementLocation current = best.get(c.type());
            if (current == null || c.score() > current.score()) best.put(c.type(), c);
        }
        return List.copyOf(best.values());
    }

    /**
     * The other blocks of a statement printed as several stacked tables under the same title, as quarterly
     * reports print the three months on one page and the year to date on the next: candidates of the same type and
     * title on pages of their own within two pages of {@code main}, with at least half its evidence, among the
     * document's {@link #candidates(Document) candidates}. Whether a block
     * really adds periods is for the caller to judge from its columns.
     */
    public static List<StatementLocation> companions(List<StatementLocation> candidates, StatementLocation main) {
        String title = Labels.squash(main.title());
        int first = main.pages().get(0);
        int last = main.pages().get(main.pages().size() - 1);
        List<StatementLocation> out = new ArrayList<>();
        for (StatementLocation c : candidates) {
            if (c.type() != main.type() || !Labels.squash(c.title()).equals(title) || c.score() < main.score() / 2) continue;
            int cFirst = c.pages().get(0);
            int cLast = c.pages().get(c.pages().size() - 1);
            boolean near = cFirst > last && cFirst - last <= 2 || cLast < first && first - cLast <= 2;
            if (near) out.add(c);
        }
        return out;
    }

    /** Every place a statement title is followed by enough of the statement's items to be one. */
    public List<StatementLocation> candidates(Document doc) {
        List<StatementLocation> out = new ArrayList<>();
        for (Page page : doc.pages()) {
            for (TextLine line : page.lines()) {
                Title title = Title.of(line.text());
                if (title == null || title.type() == null) continue;
                candidate(doc, page, line.index(), title).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<StatementLocation> candidate(Document doc, Page page, int titleLine, Title title) {
        int end = nextTitle(page, titleLine + 1);
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment(page.number(), titleLine, end));
        Evidence ev = Evidence.of(title.type(), page.lines().subList(titleLine + 1, end));
        // a title followed by text but no numbers is prose or an index, unless it stands alone at the foot of the page
        if (ev.valueRows() == 0 && end - titleLine > 5) return Optional.empty();
        // A statement runs on while its closing line is missing and each page is used to its end; a title
        // printed alone at the foot of a page has its whole table on the next one.
        Page last = page;
        while (!ev.closed() && end == last.lines().size() && last.number() < doc.pages().size()
                && segments.size() < MAX_PAGES) {
            Page next = doc.page(last.number() + 1);
            int nextEnd = nextTitle(next, 0, title.type());
            Evidence more = Evidence.of(title.type(), next.lines().subList(0, nextEnd));
            // a continuation carries on the statement's items in no more columns; notes tables do not
            boolean continues = ev.valueRows() == 0 || more.anchors() > 0 && more.maxColumns() <= ev.maxColumns();
            if (more.valueRows() == 0 || !continues) break;
            segments.add(new Segment(next.number(), 0, nextEnd));
            ev = ev.plus(more);
            last = next;
            end = nextEnd;
        }
        if (ev.valueRows() < MIN_VALUE_ROWS || ev.anchors() < 2 || ev.looksLikeSummary()) return Optional.empty();
        if (reconciliation(page, titleLine)) return Optional.empty();
        double score = (ev.anchors() * 10 + Math.min(ev.valueRows(), 40)) * title.weight() + (ev.closed() ? 15 : 0);
        return Optional.of(new StatementLocation(title.type(), title.text(), segments, score));
    }

    /**
     * A note that restates a statement for a new standard heads its columns "As Reported", "Adjustments",
     * "As Restated": a reconciliation, not the primary statement.
     */
    private static boolean reconciliation(Page page, int titleLine) {
        List<TextLine> lines = page.lines();
        for (int i = titleLine + 1; i < Math.min(lines.size(), titleLine + 8); i++) {
            String t = lines.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (t.contains("as reported") || t.contains("as previously reported") || t.contains("as restated")
                    || t.contains("as adjusted") || t.contains("impact of") || t.contains("effect of adoption")) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first line at or after {@code from} that titles a statement, or the page's line count. */
    private static int nextTitle(Page page, int from) {
        return nextTitle(page, from, null);
    }

    /** As {@link #nextTitle(Page, int)}, but a "(continued)" title of {@code same} does not end the run. */
    private static int nextTitle(Page page, int from, StatementType same) {
        List<TextLine> lines = page.lines();
        for (int i = from; i < lines.size(); i++) {
            Title t = Title.of(lines.get(i).text());
            if (t == null) continue;
            if (same != null && t.type() == same && Labels.squash(lines.get(i).text()).contains("continued")) continue;
            if (same != null && t.type() == same && i < 6) continue;
            return i;
        }
        return lines.size();
    }

    /** A statement title and its type; a null type marks the title of another statement (equity, comprehensive income). */
    record Title(String text, StatementType type, double weight) {
        static Title of(String text) {
            if (text.length() > 120 || text.strip().split("\\s+").length > 13) return null;
            String s = Labels.squash(text);
            if (s.length() > 95 || !(s.contains("statement") || s.contains("balancesheet"))) return null;
            if (s.contains("notesto") || s.contains("parentcompany") || s.contains("registrant") || s.contains("schedule")
                    || s.contains("indexto") || s.contains("selected")) {
                return null;
            }
            if (s.contains("cashflow")) return new Title(text.strip(), StatementType.CASH_FLOW, 1.0);
            if (s.contains("balancesheet") || s.contains("financialposition") || s.contains("financialcondition")) {
                return new Title(text.strip(), StatementType.BALANCE_SHEET, 1.0);
            }
            if (s.contains("equity") || s.contains("changesin") || s.contains("deficit")) return new Title(text.strip(), null, 0);
            if (s.contains("comprehensive")) {
                boolean combined = s.contains("operationsand") || s.contains("earningsand") || s.contains("incomeandcomprehensive");
                return new Title(text.strip(), combined ? StatementType.INCOME_STATEMENT : null, combined ? 1.0 : 0);
            }
            if (s.contains("statementofoperations") || s.contains("statementsofoperations") || s.contains("statementofincome")
                    || s.contains("statementsofincome") || s.contains("statementofearnings") || s.contains("statementsofearnings")
                    || s.contains("incomestatement") || s.contains("statementsofconsolidatedincome")
                    || s.contains("statementsofconsolidatedoperations") || s.contains("statementofconsolidatedoperations")
                    || s.contains("statementofconsolidatedincome") || s.contains("statementsofconsolidatedearnings")) {
                return new Title(text.strip(), StatementType.INCOME_STATEMENT, 1.0);
            }
            if (s.startsWith("consolidatedstatement") || s.startsWith("condensedconsolidatedstatement")
                    || s.startsWith("statementsof") || s.startsWith("statementof")) {
                return new Title(text.strip(), null, 0);
            }
            return null;
        }
    }

    /** What the lines under a title show: rows of numbers, the statement's anchor labels, a closing line. */
    record Evidence(StatementType type, int valueRows, int anchors, boolean closed, int maxColumns, int anchorMask) {
        private static final String[][] ANCHORS = {
                {"total assets", "total current assets", "total liabilities", "total current liabilities", "retained earnings",
                        "accounts payable", "cash and cash equivalents", "inventor", "property"},
                {"net income", "net earnings", "net loss", "per share", "income before", "operating income", "income from operations",
                        "gross", "revenue", "net sales", "cost of", "income tax", "diluted", "basic"},
                {"operating activities", "investing activities", "financing activities", "depreciation", "beginning of",
                        "end of", "dividends", "purchases of", "net increase", "net decrease", "net change"}
        };

        static Evidence of(StatementType type, List<TextLine> lines) {
            int rows = 0;
            int mask = 0;
            boolean closed = false;
            int maxColumns = 0;
            String[] anchors = ANCHORS[type.ordinal()];
            for (TextLine line : lines) {
                LineTokens t = LineTokens.of(line);
                String label = Labels.normal(t.labelText());
                if (!t.values().isEmpty() && !label.isEmpty()) {
                    rows++;
                    maxColumns = Math.max(maxColumns, t.values().size());
                    for (int a = 0; a < anchors.length; a++) if (label.contains(anchors[a])) mask |= 1 << a;
                    closed |= closes(type, label);
                }
            }
            return new Evidence(type, rows, Integer.bitCount(mask), closed, maxColumns, mask);
        }

        Evidence plus(Evidence more) {
            int mask = anchorMask | more.anchorMask;
            return new Evidence(type, valueRows + more.valueRows, Integer.bitCount(mask), closed || more.closed,
                    Math.max(maxColumns, more.maxColumns), mask);
        }

        /** Five-year summaries and similar tables have more period columns than a statement. */
        boolean looksLikeSummary() {
            return maxColumns >= 5;
        }

        private static boolean closes(StatementType type, String label) {
            return switch (type) {
                case BALANCE_SHEET -> label.startsWith("total liabilities and") || label.startsWith("total liabilities ")
                        && label.contains(" and ") && label.contains("equity") || label.startsWith("total equity and liabilities");
                case INCOME_STATEMENT -> label.contains("per share") || label.startsWith("diluted") || label.contains("net income")
                        || label.contains("net earnings") || label.contains("net loss");
                case CASH_FLOW -> (label.contains("end of") || label.contains("ending") || label.endsWith(" end")) && label.contains("cash");
            };
        }
    }
}
