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
    private static final Map<StatementType, Pattern> TITLES = Map.of(
            StatementType.BALANCE_SHEET, Pattern.compile("(?i)\\b(?:balance\\s+sheets?|statements?\\s+of\\s+(?:consolidated\\s+)?financial\\s+(?:position|condition))\\b"),
            StatementType.INCOME_STATEMENT, Pattern.compile("(?i)\\b(?:statements?\\s+of\\s+(?:consolidated\\s+)?(?:income|operations|earnings)|income\\s+statements?)\\b"),
            StatementType.CASH_FLOW, Pattern.compile("(?i)\\bstatements?\\s+of\\s+(?:consolidated\\s+)?cash\\s*flows?\\b"));
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
            for (Map.Entry<StatementType, Pattern> e : TITLES.entrySet()) {
                if (e.getValue().matcher(text).find() && !text.toLowerCase().contains("comprehensive")) return e.getKey();
            }
        }
        return null;
    }
}
