package io.tickmark.ask;

import io.tickmark.cas.CasCompany;
import io.tickmark.cas.CasText;
import io.tickmark.spread.CasSpread;
import io.tickmark.spread.DocumentInfo;
import io.tickmark.store.FactStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese metric questions over the store: the stored spreads of Chinese companies (named in Chinese), each
 * known by its full name and the 简称 and stock codes its report gave, answered by {@link ChineseQuestions}.
 */
public final class ChineseAsker {
    private final FactStore store;

    public ChineseAsker(FactStore store) {
        this.store = store;
    }

    public ChineseQuestions.Reply ask(String question) {
        List<CasSpread> spreads = new ArrayList<>();
        for (DocumentInfo d : store.documents()) {
            if (!CasText.isChinese(d.company())) continue;
            store.load(d.sha256()).ifPresent(s -> {
                List<String> names = d.aliases().stream().filter(a -> !a.matches("\\d{6}")).toList();
                List<String> codes = d.aliases().stream().filter(a -> a.matches("\\d{6}")).toList();
                spreads.add(new CasSpread(s, new CasCompany(d.company(), names, codes, d.fiscalYear())));
            });
        }
        if (spreads.isEmpty()) {
            // nothing to compute from: the search index may still hold the reports' passages
            return new ChineseQuestions.Reply(false, "无法回答：存储中没有中文年报。请先用 tickmark ingest 读取年报。", List.of(), false);
        }
        return new ChineseQuestions(spreads).ask(question);
    }
}
