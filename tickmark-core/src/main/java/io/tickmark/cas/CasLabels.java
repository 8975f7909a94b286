package io.tickmark.cas;

import java.util.regex.Pattern;

/**
 * The comparison key of a Chinese line item: white space, enumerators (一、 (一) 1. (1)), the 其中/加/减 lead-ins,
 * the sign instructions in parentheses ((损失以"-"号填列), (元/股)) and the "(或股东权益)" alternatives dropped,
 * full-width parentheses folded. "加：营业外收入" and "营业外收入" share a key; so do
 * "归属于母公司所有者权益（或股东权益）合计" and "归属于母公司所有者权益合计".
 */
public final class CasLabels {
    private static final Pattern LEAD = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.]|[(][一二三四五六七八九十0-9]{1,3}[)]|[0-9]{1,2}[.、](?![0-9])|其中[:：]?|加[:：]|减[:：]|[:：])");
    private static final Pattern NOTE = Pattern.compile(
            "[(][^()]*(?:填列|损失以|亏损以|收益以|损失为|元/股|或股东权益|或股本|净亏损|亏损|损失|收益)[^()]*[)]");

    private CasLabels() {
    }

    public static String key(String label) {
        String s = CasText.squash(label).replace('（', '(').replace('）', ')').replace('“', '"').replace('”', '"')
                .replace('：', ':');
        String before;
        do {
            before = s;
            s = LEAD.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        s = NOTE.matcher(s).replaceAll("");
        s = s.replaceAll("[:]+$", "");
        return s;
    }
}
