package io.tickmark.cas;

import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;
import io.tickmark.statement.Scope;
import io.tickmark.statement.Segment;
import io.tickmark.statement.StatementLocation;
import io.tickmark.statement.StatementType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the primary statements of a Chinese (CAS) annual report: a title line (合并资产负债表, 母公司利润表, ...)
 * followed by a 项目 header and rows of amounts carrying the statement's anchor items (资产总计, 净利润,
 * 经营活动产生的现金流量净额). A statement runs on over the following pages until the next statement title or
 * the signature line (法定代表人 ...). A note restating a statement for a new standard (its columns show
 * 调整数) is not the statement. Consolidated and parent-company statements are kept apart.
 */
public final class CasStatementLocator {
    private static final int MAX_PAGES = 6;
    private static final int MIN_VALUE_ROWS = 5;
    private static final String[][] ANCHORS = {
            {"资产总计", "负债合计", "流动资产合计", "负债和所有者权益", "负债和股东权益"},
            {"营业收入", "营业利润", "利润总额", "净利润", "每股收益"},
            {"经营活动产生的现金流量净", "投资活动产生的现金流量净", "筹资活动产生的现金流量净", "期末现金及现金等价物", "经营活动现金流入小计"}
    };

    /** The best candidate per statement and scope; an unscoped statement counts as consolidated when no 合并 one exists. */
    public List<CasLocation> locate(Document doc) {
        Map<String, CasLocation> best = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Page page : doc.pages()) {
            for (TextLine line : page.lines()) {
                CasTitle title = CasTitle.of(line.text());
                if (title == null || title.type() == null || title.continued()) continue;
                Candidate c = candidate(doc, page, line.index(), title);
                if (c == null) continue;
                String key = title.type() + "/" + title.scope();
                if (!scores.containsKey(key) || c.score > scores.get(key)) {
                    scores.put(key, c.score);
                    best.put(key, new CasLocation(c.location, title.scope()));
                }
            }
        }
        List<CasLocation> out = new ArrayList<>();
        for (StatementType type : StatementType.values()) {
            CasLocation consolidated = best.get(type + "/" + Scope.CONSOLIDATED);
            CasLocation unscoped = best.get(type + "/null");
            if (consolidated != null) out.add(consolidated);
            else if (unscoped != null) out.add(new CasLocation(unscoped.location(), Scope.CONSOLIDATED));
            CasLocation parent = best.get(type + "/" + Scope.PARENT);
            if (parent != null) out.add(parent);
        }
        return out;
    }

    private record Candidate(StatementLocation location, double score) {}

    private static Candidate candidate(Document doc, Page page, int titleLine, CasTitle title) {
        List<Segment> segments = new ArrayList<>();
        int valueRows = 0;
        int anchorMask = 0;
        boolean header = false;
        boolean restatement = false;
        boolean ended = false;
        String[] anchors = ANCHORS[title.type().ordinal()];
        int seen = 0;
        String lastLabel = "";
        for (int p = page.number(); p <= doc.pages().size() && segments.size() < MAX_PAGES && !ended; p++) {
            Page pg = doc.page(p);
            int from = p == page.number() ? titleLine + 1 : 0;
            int to = pg.lines().size();
            for (int i = from; i < pg.lines().size(); i++) {
                TextLine line = pg.lines().get(i);
                CasTitle next = CasTitle.of(line.text());
                String s = CasText.squash(line.text());
                if (next != null && !(next.continued() && next.type() == title.type()) || isSignature(s)) {
                    to = i;
                    ended = true;
                    break;
                }
                seen++;
                if (!header && seen > 12 && valueRows == 0) return null; // prose naming a statement, not a statement
                if (s.startsWith("项目")) {
                    header = true;
                    if (s.contains("调整数") || s.contains("调整金额")) restatement = true;
                    continue;
                }
                CasRowTokens t = CasRowTokens.of(line, Float.NEGATIVE_INFINITY);
                String label = t.label();
                if (label.isEmpty() && !t.values().isEmpty()) label = lastLabel; // amounts on their own line under their label
                if (!t.values().isEmpty() && !label.isEmpty()) {
                    valueRows++;
                    String key = CasLabels.key(label);
                    for (int a = 0; a < anchors.length; a++) if (key.contains(anchors[a])) anchorMask |= 1 << a;
                }
                lastLabel = t.values().isEmpty() ? t.label() : "";
            }
            segments.add(new Segment(p, from, to));
        }
        if (!header || restatement || valueRows < MIN_VALUE_ROWS || Integer.bitCount(anchorMask) < 2) return null;
        double score = Integer.bitCount(anchorMask) * 10 + Math.min(valueRows, 80);
        return new Candidate(new StatementLocation(title.type(), title.text(), segments, score), score);
    }

    /** The signature line under a statement: 法定代表人, 主管会计工作负责人, 会计机构负责人. */
    static boolean isSignature(String squashed) {
        return squashed.startsWith("法定代表人") || squashed.startsWith("公司负责人") || squashed.startsWith("企业负责人")
                || squashed.startsWith("主管会计工作负责人") || squashed.startsWith("会计机构负责人") || squashed.startsWith("单位负责人");
    }
}
