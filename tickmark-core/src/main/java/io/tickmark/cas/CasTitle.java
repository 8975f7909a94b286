package io.tickmark.cas;

import io.tickmark.statement.Scope;
import io.tickmark.statement.StatementType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement title line in a Chinese report ("1、合并资产负债表", "母公司利润表", "合并现金流量表（续）"): the
 * statement and whose it is. A title without 合并 or 母公司 has no scope of its own (a company without
 * subsidiaries prints only one set). Other statements (所有者权益变动表) are titles too, with no type: they end
 * the statement before them.
 */
record CasTitle(String text, StatementType type, Scope scope, boolean continued) {
    private static final Pattern TITLE = Pattern.compile(
            "^(?:[0-9一二三四五六七八九十]{1,2}[、.]|[(（][0-9一二三四五六七八九十]{1,2}[)）])?"
                    + "(合并|母公司|公司)?(资产负债表|利润表|损益表|现金流量表|所有者权益变动表|股东权益变动表|所有者权益\\(股东权益\\)变动表)"
                    + "([(（]续[)）])?$");

    static CasTitle of(String line) {
        String s = CasText.squash(line).replace('（', '(').replace('）', ')');
        if (s.length() > 30) return null;
        Matcher m = TITLE.matcher(s);
        if (!m.matches()) return null;
        Scope scope = m.group(1) == null ? null : m.group(1).equals("合并") ? Scope.CONSOLIDATED : Scope.PARENT;
        StatementType type = switch (m.group(2)) {
            case "资产负债表" -> StatementType.BALANCE_SHEET;
            case "利润表", "损益表" -> StatementType.INCOME_STATEMENT;
            case "现金流量表" -> StatementType.CASH_FLOW;
            default -> null;
        };
        return new CasTitle(line.strip(), type, scope, m.group(3) != null);
    }
}
