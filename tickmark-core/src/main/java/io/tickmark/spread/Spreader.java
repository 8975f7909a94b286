package io.tickmark.spread;

import io.tickmark.check.AccountingChecks;
import io.tickmark.check.CheckResult;
import io.tickmark.check.StatementValues;
import io.tickmark.document.Document;
import io.tickmark.document.DocumentFormat;
import io.tickmark.facts.Box;
import io.tickmark.facts.Fact;
import io.tickmark.facts.Period;
import io.tickmark.facts.Source;
import io.tickmark.facts.Unit;
import io.tickmark.statement.Cell;
import io.tickmark.statement.PeriodHints;
import io.tickmark.statement.StatementLocation;
import io.tickmark.statement.StatementLocator;
import io.tickmark.statement.StatementTable;
import io.tickmark.statement.StatementType;
import io.tickmark.statement.TableBuilder;
import io.tickmark.statement.TableRow;
import io.tickmark.taxonomy.ConceptMapper;
import io.tickmark.taxonomy.Mapping;
import io.tickmark.taxonomy.Taxonomy;
import io.tickmark.xbrl.InlineFact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The spreading pipeline: read the cover page, locate the statements, rebuild their tables, map
 * rows to the standard chart of accounts, turn every printed number into a ticked fact, and run
 * the accounting checks; a failed check lowers the confidence of the values it involved.
 */
public final class Spreader {
    /** Confidence kept by a value that took part in a failed check. */
    static final double FAILED_CHECK_CONFIDENCE = 0.5;

    private final StatementLocator locator;
    private final TableBuilder builder;
    private final ConceptMapper mapper;
    private final AccountingChecks checks;
    private final Taxonomy taxonomy;
    private final DerivedFacts derived;

    public Spreader(Taxonomy taxonomy) {
        this.derived = new DerivedFacts(taxonomy);
        this.locator = new StatementLocator();
        this.builder = new TableBuilder();
        this.mapper = new ConceptMapper(taxonomy);
        this.checks = new AccountingChecks(taxonomy);
        this.taxonomy = taxonomy;
    }

    Taxonomy taxonomy() {
        return taxonomy;
    }

    AccountingChecks checks() {
        return checks;
    }

    /** The spreader over the standard chart of accounts. */
    public static Spreader standard() {
        return new Spreader(Taxonomy.standard());
    }

    public Spread spread(Document document) {
        return spread(document, List.of());
    }

    /**
     * Spreads a document whose numbers also carry inline XBRL tags: a tagged cell takes its tag's value, and a
     * printed value that disagrees with its tag is a warning.
     */
    public Spread spread(Document document, List<InlineFact> tags) {
        if (tags.isEmpty() && CasSpreader.isChinese(document)) return new CasSpreader(this).spread(document).spread();
        TagReconciler reconciler = new TagReconciler(tags);
        DocumentInfo info = CoverPage.read(document);
        List<String> warnings = new ArrayList<>();
        PeriodHints hints = new PeriodHints(info.periodEnd(), "10-Q".equals(info.documentType()) ? 3 : 12);
        Map<StatementType, StatementLocation> found = new EnumMap<>(StatementType.class);
        List<StatementLocation> candidates = locator.candidates(document);
        for (StatementLocation l : StatementLocator.best(candidates)) found.put(l.type(), l);
        info = withCompanyFromStatements(document, info, found);
        List<StatementSpread> statements = new ArrayList<>();
        List<StatementValues> values = new ArrayList<>();
        for (StatementType type : StatementType.values()) {
            StatementLocation location = found.get(type);
            if (location == null) {
                warnings.add(type.title() + ": not found");
                continue;
            }
            StatementTable table = reconciler.reconcile(builder.build(document, location, hints, warnings), warnings);
            List<Mapping> mappings = map(table);
            StatementSpread statement = spread(document, table, mappings);
            StatementSpread stacked = withStackedBlocks(document, candidates, location, statement, reconciler, hints, warnings);
            statements.add(stacked);
            values.add(stacked == statement ? StatementValues.from(table, mappings) : StatementValues.from(stacked));
        }
        List<CheckResult> results = checks.check(values);
        return new Spread(info, derived.derive(lowerConfidence(statements, results)), results, warnings);
    }

    /** The table's rows in the chart of accounts, by their labels and then by arithmetic where a label is missing. */
    private List<Mapping> map(StatementTable table) {
        return UnlabelledGrossProfit.remap(table, mapper.map(table.type(), table.rows()));
    }

    /**
     * The statement joined with the other blocks printed under its title, when they add periods (a quarterly
     * report's three months and six months to date); their warnings count only when they are joined.
     */
    private StatementSpread withStackedBlocks(Document document, List<StatementLocation> candidates, StatementLocation location,
                                              StatementSpread statement, TagReconciler reconciler, PeriodHints hints,
                                              List<String> warnings) {
        StatementSpread joined = statement;
        for (StatementLocation other : StatementLocator.companions(candidates, location)) {
            List<String> blockWarnings = new ArrayList<>();
            StatementTable table = reconciler.reconcile(builder.build(document, other, hints, blockWarnings), blockWarnings);
            StatementSpread block = spread(document, table, map(table));
            if (!StackedStatements.joinable(joined, block)) continue;
            boolean before = other.pages().get(0) < location.pages().get(0);
            joined = before ? StackedStatements.join(block, joined) : StackedStatements.join(joined, block);
            warnings.addAll(blockWarnings);
        }
        return joined;
    }

    private static DocumentInfo withCompanyFromStatements(Document doc, DocumentInfo info, Map<StatementType, StatementLocation> found) {
        if (!"Unknown company".equals(info.company())) return info;
        for (StatementLocation l : found.values()) {
            var first = l.segments().get(0);
            String name = CoverPage.fromStatementPage(doc, first.page(), first.from());
            if (name != null) {
                return new DocumentInfo(info.fileName(), info.sha256(), name, info.documentType(), info.periodEnd(),
                        info.filingDate(), info.pageCount(), info.fiscalYear());
            }
        }
        return info;
    }

    StatementSpread spread(Document doc, StatementTable table, List<Mapping> mappings) {
        List<SpreadLine> lines = new ArrayList<>();
        boolean endingBalances = false;
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            Mapping mapping = mappings.get(r);
            String concept = mapping.mapped() ? mapping.concept() : null;
            Unit unit = unit(concept, row, table);
            endingBalances = table.type() == StatementType.CASH_FLOW && row.hasValues()
                    && ("cash_ending".equals(concept) || endingBalances && concept == null && reconcilesEndingCash(row.label()));
            List<Fact> facts = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = c < row.cells().size() ? row.cells().get(c) : null;
                facts.add(cell == null ? null : fact(doc, table, row, endingBalances ? "cash_ending" : concept, concept, unit, c, cell));
            }
            String label = concept == null ? row.label() : mapper.taxonomy().require(concept).label();
            lines.add(new SpreadLine(concept, label, row.label(), row.sections(), facts));
        }
        return new StatementSpread(table.type(), table.title(), table.pages(),
                table.columns().stream().map(io.tickmark.statement.Column::period).toList(),
                table.scale(), table.currency(), lines);
    }

    /**
     * The lines right below the ending cash of a cash flow statement that reconcile it to the balance sheet's cash
     * ("Less restricted cash included in other assets", "Cash and cash equivalents at end of year") are balances at
     * the column's end like the ending cash itself, not flows over the column's period.
     */
    static boolean reconcilesEndingCash(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.contains("cash") && !l.contains("paid") && !l.contains("received") && !l.contains("beginning")
                && !l.contains("non-cash") && !l.contains("noncash") && !l.contains("supplemental");
    }

    private Fact fact(Document doc, StatementTable table, TableRow row, String periodConcept, String concept, Unit unit, int column,
                      Cell cell) {
        BigDecimal value = switch (unit.kind()) {
            case PER_SHARE, PERCENT, PURE -> cell.value();
            case SHARES -> cell.value().multiply(table.shareScale());
            case MONEY -> cell.value().multiply(table.scale());
        };
        Box box = doc.format() == DocumentFormat.PDF ? cell.box() : null;
        Source source = new Source(doc.fileName(), doc.sha256(), row.page(), row.line(), row.top(), row.label(), cell.raw(),
                box, cell.anchor());
        return new Fact(concept, row.label(), table.type().name(), periodOf(periodConcept, table.columns().get(column).period()),
                value, unit, source, 1.0);
    }

    /** Cash at the start and end of a flow column is a balance: at the end of the prior period and of this one. */
    private static Period periodOf(String concept, Period column) {
        if (column.isInstant()) return column;
        if ("cash_ending".equals(concept)) return Period.instant(column.end());
        if ("cash_beginning".equals(concept)) return Period.instant(column.end().minusMonths(column.months()));
        return column;
    }

    private Unit unit(String concept, TableRow row, StatementTable table) {
        Unit.Kind kind = concept == null ? kindFromLabel(row, table.type()) : mapper.taxonomy().require(concept).unit();
        String currency = table.currency();
        return switch (kind) {
            case PER_SHARE -> Unit.perShare(currency);
            case SHARES -> Unit.SHARES;
            case PURE -> Unit.PURE;
            case PERCENT -> Unit.PERCENT;
            case MONEY -> Unit.money(currency);
        };
    }

    /**
     * Per-share and share-count rows that map to no concept are still told apart by their wording. A share count
     * says so first ("Shares used to compute basic net income per share", or "Basic" under "Weighted-average shares
     * used in computation of earnings per share:"), though its label or heading also says "per share". A balance
     * sheet line is money: "Common stock, $0.01 par value per share; 100 shares authorized" is the stock's amount.
     */
    static Unit.Kind kindFromLabel(TableRow row, StatementType statement) {
        if (statement == StatementType.BALANCE_SHEET) return Unit.Kind.MONEY;
        String label = row.label().toLowerCase(Locale.ROOT);
        String heading = row.sections().isEmpty() ? "" : row.sections().get(row.sections().size() - 1).toLowerCase(Locale.ROOT);
        String context = (String.join(" ", row.sections()) + " " + label).toLowerCase(Locale.ROOT);
        if (shareCount(label)) return Unit.Kind.SHARES;
        if (shareCount(heading) && !label.contains("per share") && !label.contains("$") && !label.contains("income")
                && !label.contains("earnings")) {
            return Unit.Kind.SHARES;
        }
        if (label.contains("per share") || label.contains("per common share") || label.contains("per ordinary share")
                || (context.contains("per share") || context.contains("per common share")) && !label.contains("shares")) {
            return Unit.Kind.PER_SHARE;
        }
        if (label.contains("shares") && (label.contains("weighted") || label.contains("average") || label.contains("number of")
                || label.contains("outstanding") && !label.contains("$"))) {
            return Unit.Kind.SHARES;
        }
        if (context.contains("weighted") && context.contains("shares") && !label.contains("$")) return Unit.Kind.SHARES;
        return Unit.Kind.MONEY;
    }

    /** "Shares used in computing...", "Weighted average shares...", "Weighted-average common shares outstanding". */
    private static boolean shareCount(String text) {
        if (!text.contains("shares") || text.contains("$")) return false;
        return text.startsWith("shares used") || text.startsWith("weighted") || text.contains("shares used in")
                || text.contains("average shares") || text.contains("average common shares") || text.contains("average number of");
    }

    static List<StatementSpread> lowerConfidence(List<StatementSpread> statements, List<CheckResult> results) {
        if (results.stream().noneMatch(CheckResult::failed)) return statements;
        List<StatementSpread> out = new ArrayList<>();
        for (StatementSpread s : statements) {
            List<SpreadLine> lines = new ArrayList<>();
            for (SpreadLine l : s.lines()) {
                List<Fact> nonNull = l.values().stream().filter(Objects::nonNull).toList();
                List<Fact> lowered = AccountingChecks.lowerConfidence(nonNull, results, FAILED_CHECK_CONFIDENCE);
                List<Fact> values = new ArrayList<>();
                int k = 0;
                for (Fact f : l.values()) values.add(f == null ? null : lowered.get(k++));
                lines.add(new SpreadLine(l.concept(), l.label(), l.rawLabel(), l.sections(), values));
            }
            out.add(new StatementSpread(s.type(), s.title(), s.pages(), s.periods(), s.scale(), s.currency(), lines, s.scope()));
        }
        return out;
    }
}
