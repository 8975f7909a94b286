package io.tickmark.search;

import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;
import io.tickmark.statement.StatementType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pages of a filing that print a primary statement: a short title line near the top of the page
 * ("Consolidated Balance Sheets", "Statements of Cash Flows") and table rows below it. Pages are 1-based.
 */
final class StatementPages {
    private static final int TOP_LINES = 12;
    private static final int TITLE_LENGTH = 90;
    private static final int MIN_TABLE_ROWS = 8;
    /** Titles matched with the spaces of the line taken out: PDF text often splits a word ("Balance Shee t"). */
    private static final Map<StatementType, Pattern> TITLES = Map.of(
            StatementType.BALANCE_SHEET, Pattern.compile("(?:balancesheets?|statements?of(?:consolidated)?financial(?:position|condition))"),
            StatementType.INCOME_STATEMENT, Pattern.compile("(?:statements?of(?:consolidated)?(?:income|operations|earnings)|incomestatements?)"),
            StatementType.CASH_FLOW, Pattern.compile("statements?of(?:consolidated)?cashflows?"));
    private static final Pattern NOT_A_TITLE = Pattern.compile("(?i)\\b(?:notes?\\s+to|see|refer|index\\s+to|included|accompanying)\\b");

    private StatementPages() {
    }

    /** The statement each statement page prints. */
    static Map<Integer, StatementType> of(Document doc) {
        Map<Integer, StatementType> out = new HashMap<>();
        for (Page p : doc.pages()) {
            StatementType t = of(p);
            if (t != null) out.put(p.number(), t);
        }
        return out;
    }

    static StatementType of(Page page) {
        List<TextLine> lines = page.lines();
        long rows = lines.stream().filter(l -> Chunker.tableLine(l.text())).count();
        if (rows < MIN_TABLE_ROWS) return null;
        for (TextLine line : lines.subList(0, Math.min(TOP_LINES, lines.size()))) {
            String text = line.text().strip();
            if (text.length() > TITLE_LENGTH || NOT_A_TITLE.matcher(text).find()) continue;
            String squeezed = text.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
            if (squeezed.contains("comprehensive")) continue;
            for (Map.Entry<StatementType, Pattern> e : TITLES.entrySet()) {
                if (e.getValue().matcher(squeezed).find()) return e.getKey();
            }
        }
        return null;
    }
}
