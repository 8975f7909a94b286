package io.tickmark.spread;

import io.tickmark.cas.CasCompany;
import io.tickmark.cas.CasConceptMapper;
import io.tickmark.cas.CasCover;
import io.tickmark.cas.CasLocation;
import io.tickmark.cas.CasStatementLocator;
import io.tickmark.cas.CasTableReader;
import io.tickmark.cas.CasText;
import io.tickmark.check.CheckResult;
import io.tickmark.check.StatementValues;
import io.tickmark.document.Document;
import io.tickmark.document.Page;
import io.tickmark.statement.Scope;
import io.tickmark.statement.StatementTable;
import io.tickmark.statement.StatementType;
import io.tickmark.taxonomy.Mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads a Chinese (CAS) annual report: the company from the cover and profile pages, the consolidated
 * (合并) and parent-company (母公司) statements located and read apart, rows mapped by their Chinese labels,
 * and the accounting checks run on the consolidated statements and on the parent company's separately.
 */
public final class CasSpreader {
    private static final int SAMPLE_PAGES = 12;

    private final Spreader spreader;
    private final CasStatementLocator locator = new CasStatementLocator();
    private final CasTableReader reader = new CasTableReader();
    private final CasConceptMapper mapper;

    public CasSpreader(Spreader spreader) {
        this.spreader = spreader;
        this.mapper = new CasConceptMapper(spreader.taxonomy());
    }

    public static CasSpreader standard() {
        return new CasSpreader(Spreader.standard());
    }

    /** Whether the document reads as Chinese: its first pages are mostly CJK text. */
    public static boolean isChinese(Document document) {
        StringBuilder sb = new StringBuilder();
        for (Page p : document.pages().subList(0, Math.min(SAMPLE_PAGES, document.pages().size()))) {
            sb.append(p.text()).append('\n');
            if (sb.length() > 20_000) break;
        }
        return CasText.isChinese(sb.toString());
    }

    public CasSpread spread(Document document) {
        CasCompany company = CasCover.read(document);
        List<String> warnings = new ArrayList<>();
        LocalDate fallbackEnd = company.fiscalYear() == null ? null : LocalDate.of(company.fiscalYear(), 12, 31);
        List<CasLocation> found = locator.locate(document);
        unreadPages(document).ifPresent(warnings::add);
        List<StatementSpread> consolidated = new ArrayList<>();
        List<StatementSpread> parent = new ArrayList<>();
        List<StatementValues> consolidatedValues = new ArrayList<>();
        List<StatementValues> parentValues = new ArrayList<>();
        for (StatementType type : StatementType.values()) {
            boolean any = false;
            for (CasLocation l : found) {
                if (l.location().type() != type) continue;
                any = true;
                StatementTable table = reader.read(document, l.location(), fallbackEnd, warnings, mapper::knows);
                List<Mapping> mappings = mapper.map(type, table.rows());
                financialInstitution(table, mappings, l.scope()).ifPresent(warnings::add);
                StatementSpread s = spreader.spread(document, table, mappings);
                s = new StatementSpread(s.type(), s.title(), s.pages(), s.periods(), s.scale(), s.currency(), s.lines(), l.scope());
                (l.scope() == Scope.PARENT ? parent : consolidated).add(s);
                (l.scope() == Scope.PARENT ? parentValues : consolidatedValues).add(checkValues(table, mappings));
            }
            if (!any) warnings.add(type.title() + " (" + chineseTitle(type) + "): not found");
        }
        List<CheckResult> checks = new ArrayList<>(spreader.checks().check(consolidatedValues));
        List<CheckResult> parentChecks = parentValues.isEmpty() ? List.of() : spreader.checks().check(parentValues);
        for (CheckResult r : parentChecks) {
            if (r.failed()) warnings.add("parent company (母公司) check failed: " + r.name() + " " + r.period() + ": " + r.rule() + " — " + r.message());
        }
        LocalDate periodEnd = consolidated.stream().flatMap(s -> s.periods().stream()).map(p -> p.end())
                .max(LocalDate::compareTo).orElse(fallbackEnd);
        DocumentInfo info = new DocumentInfo(document.fileName(), document.sha256(),
                company.fullName(), "annual report", periodEnd, null, document.pages().size(), company.fiscalYear(),
                aliases(company));
        Spread spread = new Spread(info, Spreader.lowerConfidence(consolidated, checks), checks, warnings,
                Spreader.lowerConfidence(parent, parentChecks));
        return new CasSpread(spread, company);
    }

    /**
     * The values the checks add up: on the balance sheet an "of which" row (其中：应收利息) and the rows indented under
     * it are parts of the line above, not items of the subtotal, so they are left out of the sums.
     */
    private static StatementValues checkValues(StatementTable table, List<Mapping> mappings) {
        if (table.type() != StatementType.BALANCE_SHEET) return StatementValues.from(table, mappings);
        List<io.tickmark.statement.TableRow> rows = new ArrayList<>();
        List<Mapping> kept = new ArrayList<>();
        float ofWhich = Float.NaN;
        for (int i = 0; i < table.rows().size(); i++) {
            var row = table.rows().get(i);
            boolean opens = CasText.squash(row.label()).startsWith("其中");
            if (opens) {
                ofWhich = row.indent();
                continue;
            }
            if (!Float.isNaN(ofWhich) && row.indent() > ofWhich + 1f) continue;
            ofWhich = Float.NaN;
            Mapping m = mappings.get(i);
            kept.add(new Mapping(rows.size(), m.label(), m.concept(), m.score(), m.reason()));
            rows.add(row);
        }
        StatementTable filtered = new StatementTable(table.type(), table.title(), table.pages(), table.columns(), table.scale(),
                table.shareScale(), table.currency(), rows);
        return StatementValues.from(filtered, kept);
    }

    /** Rows only banks, insurers and brokers print with amounts (吸收存款, 已赚保费, ...). */
    private static final List<String> FINANCIAL_ITEMS = List.of("吸收存款", "发放贷款和垫款", "存放中央银行款项", "拆出资金", "已赚保费",
            "保险合同准备金", "代理买卖证券款", "手续费及佣金收入", "利息净收入", "手续费及佣金净收入", "赔付支出", "存放同业款项",
            "向中央银行借款", "应收保费", "客户存款和同业存放款项净增加额");

    /**
     * A bank's, insurer's or broker's statement uses line items the chart of accounts has no concepts for: say so and
     * name the rows left unmapped, rather than force them onto an industrial company's items.
     */
    private static java.util.Optional<String> financialInstitution(StatementTable table, List<Mapping> mappings, Scope scope) {
        List<String> financial = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            var row = table.rows().get(i);
            if (!row.hasValues()) continue;
            String key = io.tickmark.cas.CasLabels.key(row.label());
            if (FINANCIAL_ITEMS.stream().anyMatch(key::startsWith)) financial.add(key);
            if (!mappings.get(i).mapped()) unmapped.add(key);
        }
        if (financial.size() < 2) return java.util.Optional.empty();
        return java.util.Optional.of(table.type().title() + " (" + (scope == Scope.PARENT ? "母公司" : "合并") + "): a bank, insurer or broker layout ("
                + String.join(", ", financial) + "); its items are not in the chart of accounts and were not mapped: "
                + String.join(", ", unmapped.subList(0, Math.min(unmapped.size(), 30))) + (unmapped.size() > 30 ? ", ..." : ""));
    }

    /** Pages without any text (scanned images): said once, with their numbers. */
    private static java.util.Optional<String> unreadPages(Document document) {
        List<Integer> empty = document.pages().stream().filter(p -> p.lines().isEmpty()).map(Page::number).toList();
        if (empty.isEmpty()) return java.util.Optional.empty();
        if (empty.size() == 1) return java.util.Optional.of("page " + empty.get(0) + " has no text layer; OCR is not yet supported");
        return java.util.Optional.of("pages " + ranges(empty) + " have no text layer; OCR is not yet supported");
    }

    private static String ranges(List<Integer> pages) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < pages.size()) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) j++;
            if (sb.length() > 0) sb.append(", ");
            sb.append(pages.get(i));
            if (j > i) sb.append('-').append(pages.get(j));
            i = j + 1;
        }
        return sb.toString();
    }

    private static List<String> aliases(CasCompany company) {
        List<String> out = new ArrayList<>(company.shortNames());
        out.addAll(company.stockCodes());
        return out;
    }

    private static String chineseTitle(StatementType type) {
        return switch (type) {
            case BALANCE_SHEET -> "合并资产负债表";
            case INCOME_STATEMENT -> "合并利润表";
            case CASH_FLOW -> "合并现金流量表";
        };
    }
}
