package io.tickmark.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.tickmark.Tickmark;
import io.tickmark.cas.CasConceptMapper;
import io.tickmark.cas.CasLabels;
import io.tickmark.document.Document;
import io.tickmark.facts.Fact;
import io.tickmark.spread.CasSpread;
import io.tickmark.spread.CasSpreader;
import io.tickmark.spread.SpreadLine;
import io.tickmark.spread.StatementSpread;
import io.tickmark.statement.StatementType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code tickmark eval cn}: spreads the Chinese annual reports of a folder (PDFs and parsed-text JSON, told
 * apart by content) and compares the consolidated statements with {@code line_item_truth.csv} (a third
 * party's extraction: every mismatch is listed for a person to judge), then answers the metric questions of
 * {@code finglm_gold_facts.csv} from the spreads and grades them against the gold answers: correct, wrong
 * (counted apart) or abstained.
 */
public final class CnEval {
    private CnEval() {
    }

    /** A truth line item and what Tickmark read for it. */
    public record ItemResult(String document, String statement, String item, int fiscalYear, BigDecimal truth,
                             BigDecimal read, String where) {
        public boolean exact() {
            return read != null && read.compareTo(truth) == 0;
        }
    }

    /** A spread report of the folder, with its reading time. */
    public record Report(String file, CasSpread spread, double seconds, int pages, String failure) {}

    public record Result(List<Report> reports, List<ItemResult> items, List<CnQuestions.Graded> questions) {
        public long exact() {
            return items.stream().filter(ItemResult::exact).count();
        }

        public double accuracy() {
            return items.isEmpty() ? 0 : (double) exact() / items.size();
        }

        public long count(CnQuestions.Grade grade) {
            return questions.stream().filter(q -> q.grade() == grade).count();
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-40s %6s %8s %8s%n", "report", "pages", "seconds", "exact"));
            for (Report r : reports) {
                long n = items.stream().filter(i -> i.document().equals(r.file())).count();
                long ok = items.stream().filter(i -> i.document().equals(r.file()) && i.exact()).count();
                sb.append(String.format(Locale.ROOT, "%-40s %6d %8.2f %4d/%-3d%s%n", shorten(r.file()), r.pages(), r.seconds(), ok, n,
                        r.failure() == null ? "" : "  FAILED: " + r.failure()));
            }
            sb.append(String.format(Locale.ROOT, "line items exact: %d of %d (%.1f%%)%n", exact(), items.size(), 100 * accuracy()));
            List<ItemResult> misses = items.stream().filter(i -> !i.exact()).toList();
            if (!misses.isEmpty()) {
                sb.append("mismatches (truth is a third party's extraction; judge each):\n");
                for (ItemResult m : misses) {
                    sb.append(String.format(Locale.ROOT, "  %s · %s · %s %d: truth %s, read %s%s%n", shorten(m.document()), m.statement(),
                            m.item(), m.fiscalYear(), m.truth().toPlainString(), m.read() == null ? "nothing" : m.read().toPlainString(),
                            m.where() == null ? "" : " (" + m.where() + ")"));
                }
            }
            sb.append(String.format(Locale.ROOT, "metric questions: %d correct, %d wrong, %d abstained of %d%n",
                    count(CnQuestions.Grade.CORRECT), count(CnQuestions.Grade.WRONG), count(CnQuestions.Grade.ABSTAINED), questions.size()));
            for (CnQuestions.Graded q : questions) {
                sb.append("  [").append(q.grade()).append("] ").append(q.question()).append("\n      gold ").append(q.gold())
                        .append(" · answer ").append(q.answer().replace("\n", " ")).append('\n');
            }
            return sb.toString();
        }

        public String json() {
            ObjectNode n = Json.object("eval", "cn");
            Json.putNumber(n, "line_item_accuracy", accuracy());
            n.put("line_items", items.size());
            n.put("exact", exact());
            n.put("mismatches", items.size() - exact());
            n.put("correct", count(CnQuestions.Grade.CORRECT));
            n.put("wrong", count(CnQuestions.Grade.WRONG));
            n.put("abstained", count(CnQuestions.Grade.ABSTAINED));
            n.put("questions", questions.size());
            n.put("reports", reports.size());
            n.put("failed_reports", reports.stream().filter(r -> r.failure() != null).count());
            Json.putNumber(n, "spread_seconds", reports.stream().mapToDouble(Report::seconds).sum());
            return Json.line(n);
        }
    }

    private static String shorten(String file) {
        String[] parts = file.split("__");
        return parts.length >= 4 ? parts[3] + " " + parts[2] + (file.endsWith(".json") ? " (json)" : "") : file;
    }

    public static Result run(Path folder, Consumer<String> progress) throws IOException {
        Path truthFile = folder.resolve("line_item_truth.csv");
        if (!Files.isRegularFile(truthFile)) throw new IOException(folder + " has no line_item_truth.csv");
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".pdf") || n.endsWith("official_txt.json");
            }).sorted().toList();
        }
        CasSpreader spreader = CasSpreader.standard();
        List<Report> reports = new ArrayList<>();
        int i = 0;
        for (Path f : files) {
            i++;
            long start = System.nanoTime();
            String name = f.getFileName().toString();
            try {
                Document doc = Tickmark.read(f);
                CasSpread spread = spreader.spread(doc);
                double seconds = (System.nanoTime() - start) / 1e9;
                reports.add(new Report(name, spread, seconds, doc.pages().size(), null));
                progress.accept(String.format(Locale.ROOT, "[%d/%d] %s %.1fs", i, files.size(), name, seconds));
            } catch (IOException | RuntimeException e) {
                reports.add(new Report(name, null, 0, 0, Spreading.describe(e)));
                progress.accept("[" + i + "/" + files.size() + "] " + name + " failed: " + Spreading.describe(e));
            }
        }
        List<ItemResult> items = items(truthFile, reports, new CasConceptMapper(io.tickmark.taxonomy.Taxonomy.standard()));
        Path facts = folder.resolve("finglm_gold_facts.csv");
        List<CnQuestions.Graded> questions = Files.isRegularFile(facts)
                ? CnQuestions.grade(rows(facts), reports.stream().map(Report::spread).filter(Objects::nonNull).toList())
                : List.of();
        return new Result(reports, items, questions);
    }

    static List<Map<String, String>> rows(Path csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> out = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            while (it.hasNext()) out.add(new LinkedHashMap<>(it.next()));
        }
        return out;
    }

    private static List<ItemResult> items(Path truthFile, List<Report> reports, CasConceptMapper mapper) throws IOException {
        List<ItemResult> out = new ArrayList<>();
        for (Map<String, String> row : rows(truthFile)) {
            String document = row.get("document");
            String file = document.replaceAll("\\s*\\(.*\\)$", "").strip();
            int year = Integer.parseInt(row.get("fiscal_year").strip());
            BigDecimal truth = new BigDecimal(row.get("silver_value").strip());
            StatementType type = switch (row.get("statement")) {
                case "balance_static" -> StatementType.BALANCE_SHEET;
                case "profit_statement" -> StatementType.INCOME_STATEMENT;
                default -> StatementType.CASH_FLOW;
            };
            Report report = reports.stream().filter(r -> r.file().equals(file)).findFirst().orElse(null);
            String item = row.get("item");
            if (report == null || report.spread() == null) {
                out.add(new ItemResult(file, row.get("statement"), item, year, truth, null, report == null ? "report not in folder" : "report not read"));
                continue;
            }
            Fact fact = find(report.spread().spread().statement(type).orElse(null), type, item, year, mapper);
            out.add(new ItemResult(file, row.get("statement"), item, year, truth, fact == null ? null : fact.value(),
                    fact == null ? "no such line in the consolidated statement" : "p." + fact.source().page() + " l." + fact.source().line()));
        }
        return out;
    }

    /** The fact of the item for the fiscal year: the line printed with the item's label, else the line of its concept. */
    static Fact find(StatementSpread statement, StatementType type, String item, int year, CasConceptMapper mapper) {
        if (statement == null) return null;
        String key = CasLabels.key(item);
        for (SpreadLine line : statement.lines()) {
            if (CasLabels.key(line.rawLabel()).equals(key)) {
                Fact f = inYear(line, year);
                if (f != null) return f;
            }
        }
        String concept = mapper.conceptOf(type, item);
        if (concept == null) return null;
        return statement.line(concept).map(l -> inYear(l, year)).orElse(null);
    }

    private static Fact inYear(SpreadLine line, int year) {
        for (Fact f : line.values()) {
            // cash at the start of a year is a balance at the end of the one before
            if (f != null && "cash_beginning".equals(f.concept()) && f.period().isInstant() && f.period().end().getYear() == year - 1) return f;
            if (f != null && f.period().end().getYear() == year && (f.period().isInstant() || f.period().months() == 12)) return f;
        }
        return null;
    }
}
