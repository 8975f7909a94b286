package io.tickmark.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tickmark.Tickmark;
import io.tickmark.document.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The evidence evaluation: every PDF of a FinanceBench folder in one index, each question's text searched as a
 * user would type it (company and year read from the text, never from the dataset's fields), and the share of
 * questions whose gold page (document and 0-based page) is among the first 1, 5 and 10 pages found.
 * Questions citing a document absent from {@code pdfs/} are skipped and counted.
 */
public final class EvidenceEval {
    private EvidenceEval() {
    }

    /**
     * A question with its gold evidence pages: document name (file name without .pdf) and 0-based page. The company
     * is the dataset's label, used only to split the questions into folds, never to search.
     */
    public record Question(String id, String type, String question, String company, List<Gold> gold) {
        public Question {
            company = company == null ? "" : company;
            gold = List.copyOf(gold);
        }
    }

    /**
     * One of {@code of} fixed parts of the questions, split by company so that no company's questions fall on both
     * sides: the distinct companies sorted by name, the first to part 1, the second to part 2, and so on round.
     * A setting chosen on one part and measured on the other shows what it does for companies it was not tuned on.
     */
    public record Fold(int part, int of) {
        public Fold {
            if (of < 1 || part < 1 || part > of) throw new IllegalArgumentException("fold " + part + "/" + of + ": give PART/PARTS with 1 <= PART <= PARTS, e.g. 1/2");
        }

        /** "1/2" → part 1 of 2. */
        public static Fold parse(String text) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*").matcher(text == null ? "" : text);
            if (!m.matches()) throw new IllegalArgumentException("fold '" + text + "' is not PART/PARTS, e.g. 1/2");
            return new Fold(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }

        /** The questions of this part. */
        public List<Question> of(List<Question> questions) {
            List<String> companies = questions.stream().map(Question::company).distinct().sorted().toList();
            return questions.stream().filter(q -> companies.indexOf(q.company()) % of == part - 1).toList();
        }
    }

    /** One gold evidence page. */
    public record Gold(String document, int pageIndex) {
    }

    /** The rank of the first gold page among the pages found (1-based), or 0 when none is in the top k. */
    public record Outcome(Question question, int rank, Result searched) {
        boolean within(int k) {
            return rank > 0 && rank <= k;
        }
    }

    private record Result(String query, Filters filters, List<String> found, List<String> beginnings) {
    }

    /** The evaluation over all questions asked. */
    public record Report(List<Outcome> outcomes, int skipped, int k) {
        public double share(int top) {
            return outcomes.isEmpty() ? 0 : outcomes.stream().filter(o -> o.within(top)).count() / (double) outcomes.size();
        }

        /** A table by question type: count, top-1, top-5, top-10. */
        public String table() {
            Map<String, List<Outcome>> byType = outcomes.stream().collect(Collectors.groupingBy(o -> o.question().type(), LinkedHashMap::new, Collectors.toList()));
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-20s %9s %6s %6s %6s%n", "question type", "questions", "top1", "top5", "top10"));
            byType.forEach((type, list) -> sb.append(row(type, new Report(list, 0, k))));
            sb.append(row("all", this));
            sb.append("skipped (document not in pdfs/): ").append(skipped).append('\n');
            return sb.toString();
        }

        private static String row(String name, Report r) {
            return String.format(Locale.ROOT, "%-20s %9d %6.2f %6.2f %6.2f%n", name, r.outcomes().size(), r.share(1), r.share(5), r.share(10));
        }

        /** {@code {"eval":"evidence","questions":91,"top1":..,"top5":..,"top10":..,"skipped":8}} */
        public String json() {
            ObjectNode n = new ObjectMapper().createObjectNode();
            n.put("eval", "evidence");
            n.put("questions", outcomes.size());
            n.put("top1", round(share(1)));
            n.put("top5", round(share(5)));
            n.put("top10", round(share(10)));
            n.put("skipped", skipped);
            return n.toString();
        }

        /**
         * Each question not found in the top 5: the question, its gold pages, what was searched, and the first five
         * pages found with the beginning of their best passage.
         */
        public List<String> misses() {
            List<String> out = new ArrayList<>();
            for (Outcome o : outcomes) {
                if (o.within(5)) continue;
                StringBuilder sb = new StringBuilder("rank " + (o.rank() == 0 ? ">" + k : o.rank()) + " " + o.question().id() + " [" + o.question().type() + "] "
                        + o.question().question().replaceAll("\\s+", " ") + "\n  gold: " + o.question().gold().stream().map(g -> g.document() + "#" + g.pageIndex()).toList()
                        + "\n  query: " + o.searched().query() + "\n  filters: " + o.searched().filters());
                for (int i = 0; i < Math.min(5, o.searched().found().size()); i++) {
                    sb.append("\n  ").append(i + 1).append(". ").append(o.searched().found().get(i)).append("  ").append(o.searched().beginnings().get(i));
                }
                out.add(sb.toString());
            }
            return out;
        }

        /** One line per question: its rank (0 when not in the top k) and id, for comparing runs. */
        public List<String> ranks() {
            return outcomes.stream().map(o -> "rank\t" + o.rank() + "\t" + o.question().id() + "\t" + o.question().type()).toList();
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }

    /** Reads {@code questions.jsonl} with each question's evidence pages. */
    public static List<Question> load(Path jsonl) throws IOException {
        return io.tickmark.eval.FinanceBenchQuestion.readJsonl(jsonl, EvidenceEval::question);
    }

    private static Question question(JsonNode n) {
        List<Gold> gold = new ArrayList<>();
        for (JsonNode e : n.path("evidence")) gold.add(new Gold(e.path("doc_name").asText(), e.path("evidence_page_num").asInt()));
        return new Question(n.path("financebench_id").asText(), n.path("question_type").asText(), n.path("question").asText(),
                n.path("company").asText(), gold);
    }

    /** Adds every PDF under {@code pdfs} to the index (those already in are skipped); returns the document names now indexed. */
    public static Set<String> index(Path pdfs, SearchIndex index, Consumer<String> progress) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(pdfs)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        for (Path f : files) {
            if (index.contains(io.tickmark.document.Hashes.sha256(Files.readAllBytes(f)))) {
                progress.accept("already indexed " + f.getFileName());
                continue;
            }
            Document doc;
            try {
                doc = Tickmark.read(f);
            } catch (io.tickmark.document.UnreadableDocumentException e) {
                // one bad file in a folder of filings: its questions are counted as skipped, the others still run
                progress.accept("skipped " + f.getFileName() + ": " + e.reason());
                continue;
            }
            SearchIndex.Added added = index.add(doc);
            progress.accept((added.added() ? "indexed " : "already indexed ") + f.getFileName() + (added.added() ? " (" + added.chunks() + " passages)" : ""));
        }
        return index.filings().stream().map(fl -> stem(fl.fileName())).collect(Collectors.toSet());
    }

    /** Searches every question whose gold documents are all indexed; the rest are counted as skipped. */
    public static Report run(List<Question> questions, Set<String> documents, SearchIndex index, int k) throws IOException {
        QuestionSearch search = new QuestionSearch(index);
        List<Outcome> outcomes = new ArrayList<>();
        int skipped = 0;
        for (Question q : questions) {
            if (q.gold().isEmpty() || !q.gold().stream().allMatch(g -> documents.contains(g.document()))) {
                skipped++;
                continue;
            }
            QuestionSearch.Result r = search.search(q.question(), k);
            List<String> found = r.passages().stream().map(p -> stem(p.fileName()) + "#" + p.pageIndex()).toList();
            List<String> beginnings = r.passages().stream().map(p -> beginning(p.text())).toList();
            Set<String> gold = q.gold().stream().map(g -> g.document() + "#" + g.pageIndex()).collect(Collectors.toSet());
            int rank = 0;
            for (int i = 0; i < found.size() && rank == 0; i++) if (gold.contains(found.get(i))) rank = i + 1;
            outcomes.add(new Outcome(q, rank, new Result(r.query(), r.filters(), found, beginnings)));
        }
        return new Report(outcomes, skipped, k);
    }

    private static String beginning(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 90 ? flat : flat.substring(0, 90) + "…";
    }

    static String stem(String fileName) {
        return fileName.replaceFirst("(?i)\\.pdf$", "");
    }
}
