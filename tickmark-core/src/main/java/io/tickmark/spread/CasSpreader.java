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
                StatementSpread s = spreader.spread(document, table, mappings);
                s = new StatementSpread(s.type(), s.title(), s.pages(), s.periods(), s.scale(), s.currency(), s.lines(), l.scope());
                (l.scope() == Scope.PARENT ? parent : consolidated).add(s);
                (l.scope() == Scope.PARENT ? parentValues : consolidatedValues).add(StatementValues.from(table, mappings));
            }
            if (!any) warnings.add(type.title() + " (" + chineseTitle(type) + "): not found");
        }
        List<CheckResult> checks = new ArrayList<>(spreader.checks().check(consolidatedValues));
        List<CheckResult> parentChecks = parentValues.isEmpty() ? List.of() : spreader.checks().check(parentValues);
        for (CheckResult r : parentChecks) if (r.failed()) warnings.add("parent company (母公司) check failed: " + r);
        LocalDate periodEnd = consolidated.stream().flatMap(s -> s.periods().stream()).map(p -> p.end())
                .max(LocalDate::compareTo).orElse(fallbackEnd);
        DocumentInfo info = new DocumentInfo(document.fileName(), document.sha256(),
                company.fullName(), "annual report", periodEnd, null, document.pages().size(), company.fiscalYear());
        Spread spread = new Spread(info, Spreader.lowerConfidence(consolidated, checks), checks, warnings,
                Spreader.lowerConfidence(parent, parentChecks));
        return new CasSpread(spread, company);
    }

    private static String chineseTitle(StatementType type) {
        return switch (type) {
            case BALANCE_SHEET -> "合并资产负债表";
            case INCOME_STATEMENT -> "合并利润表";
            case CASH_FLOW -> "合并现金流量表";
        };
    }
}
