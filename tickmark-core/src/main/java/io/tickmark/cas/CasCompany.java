package io.tickmark.cas;

import java.util.List;

/**
 * Who a Chinese annual report is about, as its cover and company profile say: the full name
 * (公司的中文名称), the short names (股票简称, A and B shares may differ) and stock codes (股票代码), and the
 * fiscal year reported on (2019年年度报告). Parts not printed are null or empty.
 */
public record CasCompany(String fullName, List<String> shortNames, List<String> stockCodes, Integer fiscalYear) {
    public CasCompany {
        shortNames = List.copyOf(shortNames);
        stockCodes = List.copyOf(stockCodes);
    }

    /** Every name a question may use for the company: full name, short names, stock codes. */
    public List<String> aliases() {
        java.util.List<String> all = new java.util.ArrayList<>();
        if (fullName != null) all.add(fullName);
        all.addAll(shortNames);
        all.addAll(stockCodes);
        return all;
    }
}
