package io.tickmark.cas;

import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.document.TextLine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Chinese annual report's cover and company profile (the first pages): the company's full name,
 * its 简称 and stock codes, and the fiscal year of the report.
 */
public final class CasCover {
    private static final int PAGES = 15;
    private static final Pattern FULL_NAME = Pattern.compile("(?:公司的中文名称|中文名称|公司名称)[:：]?([\\p{IsHan}（）()]{4,40}(?:公司|集团|银行|企业))");
    private static final Pattern COMPANY = Pattern.compile("^([\\p{IsHan}（）()]{4,40}(?:股份有限公司|有限责任公司|有限公司|集团公司|银行))");
    private static final Pattern SHORT = Pattern.compile("(?:股票简称|证券简称|公司简称|A股简称|B股简称)[:：]?([\\p{IsHan}A-Za-z*ST\\s、]{2,30}?)(?=股票代码|证券代码|公司代码|$|股票上市)");
    private static final Pattern CODE_LINE = Pattern.compile("(?:股票代码|证券代码|公司代码|A股代码|B股代码)[:：]?([0-9、,，\\s]{6,40})");
    private static final Pattern CODE = Pattern.compile("(?<![0-9])([036289]\\d{5})(?![0-9])");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年(?:年度|度|半年度)?报告");

    private CasCover() {
    }

    public static CasCompany read(Document doc) {
        String fullName = null;
        Set<String> shortNames = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        Integer year = null;
        String firstCompanyLine = null;
        for (Page page : doc.pages().subList(0, Math.min(PAGES, doc.pages().size()))) {
            for (TextLine line : page.lines()) {
                String s = CasText.squash(line.text());
                String spaced = CasText.normalize(line.text()).strip();
                Matcher m;
                if (fullName == null && (m = FULL_NAME.matcher(s)).find()) fullName = m.group(1);
                if (firstCompanyLine == null && page.number() <= 2 && (m = COMPANY.matcher(s)).find()) firstCompanyLine = m.group(1);
                if (year == null && page.number() <= 2 && (m = YEAR.matcher(s)).find()) year = Integer.valueOf(m.group(1));
                if ((m = SHORT.matcher(spaced.replaceAll("\\s*([:：])\\s*", "$1"))).find()) {
                    for (String name : m.group(1).split("[、,，]")) {
                        String n = name.strip().replaceAll("\\s+[AB]$", "").replaceAll("\\s", "");
                        if (n.length() >= 2 && !n.matches(".*(代码|简称|股票|交易所|种类).*")) shortNames.add(n);
                    }
                }
                if ((m = CODE_LINE.matcher(s)).find()) {
                    Matcher c = CODE.matcher(m.group(1));
                    while (c.find()) codes.add(c.group(1));
                }
            }
        }
        if (fullName == null) fullName = firstCompanyLine;
        List<String> shorts = new ArrayList<>(shortNames);
        return new CasCompany(fullName, shorts, new ArrayList<>(codes), year);
    }
}
