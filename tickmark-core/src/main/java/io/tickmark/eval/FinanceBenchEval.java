package io.tickmark.eval;

import io.tickmark.Tickmark;
import io.tickmark.ask.Answer;
import io.tickmark.document.Hashes;
import io.tickmark.spread.Spread;
import io.tickmark.store.FactStore;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * FinanceBench metric questions, answered from spread facts and graded against the gold answers:
 * ingests {@code DIR/pdfs} into the store, answers {@code DIR/questions.jsonl}, and counts per
 * question type what was correct, wrong, abstained, or not attempted (a non-metric question, or
 * one whose document is not in {@code pdfs/}). A wrong answer is the outcome that matters most.
 */
public final class FinanceBenchEval {
    private static final Pattern DECIMALS = Pattern.compile(
            "round(?:ed)?\\s+(?:your\\s+|the\\s+)?(?:answer\\s+|final answer\\s+)?to\\s+(zero|one|two|three|four|\\d)\\s+decimal",
            Pattern.CASE_INSENSITIVE);

    private FinanceBenchEval() {
    }

    /** How one question came out. */
    public enum Outcome { CORRECT, WRONG, ABSTAINED, NOT_UNDERSTOOD, NOT_ATTEMPTED }

    /** One graded question with the answer given (null when not attempted) and why it was not attempted. */
    public record Graded(FinanceBenchQuestion question, Outcome outcome, Answer answer, String note, double millis) {
    }

    /** Spreads and stores every PDF of {@code DIR/pdfs} the store does not hold yet; returns the document names present. */
    public static List<String> ingest(Path pdfDir, FactStore store, Consumer<String> progress) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(pdfDir)) {
            pdfs = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        List<String> names = new ArrayList<>();
        int i = 0;
        for (Path pdf : pdfs) {
            i++;
            String name = pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
            names.add(name);
            try {
                if (store.contains(Hashes.sha256(Files.readAllBytes(pdf)))) continue;
                Spread spread = Tickmark.spread(pdf);
                store.save(spread);
                progress.accept("[" + i + "/" + pdfs.size() + "] ingested " + pdf.getFileName());
            } catch (IOException | RuntimeException e) {
                progress.accept("[" + i + "/" + pdfs.size() + "] " + pdf.getFileName() + ": " + e.getMessage());
            }
        }
        return names;
    }

    /** Answers the questions whose documents are present and grades them. */
    public static List<Graded> grade(List<FinanceBenchQuestion> questions, List<String> documents,
                                     Function<String, Answer> asker, Consumer<String> progress) {
        List<Graded> out = new ArrayList<>();
        for (FinanceBenchQuestion q : questions) {
            if (!q.metric()) {
                out.add(new Graded(q, Outcome.NOT_ATTEMPTED, null, "not a metric question", 0));
                continue;
            }
            if (!documents.contains(q.document())) {
                out.add(new Graded(q, Outcome.NOT_ATTEMPTED, null, "document " + q.document() + " is not in pdfs/", 0));
                continue;
            }
            long start = System.nanoTime();
            Answer a = asker.apply(q.question());
            double ms = (System.nanoTime() - start) / 1e6;
            Outcome outcome = switch (a.status()) {
                case NOT_UNDERSTOOD -> Outcome.NOT_UNDERSTOOD;
                case ABSTAINED -> Outcome.ABSTAINED;
                case ANSWERED -> Grade.matches(q.answer(), a.asked(), askedDecimals(q.question())) ? Outcome.CORRECT : Outcome.WRONG;
            };
            progress.accept(outcome + " " + q.id() + " " + q.document() + ": gold " + q.answer() + ", ours "
                    + (a.answered() ? a.display() : a.message()));
            out.add(new Graded(q, outcome, a, null, ms));
        }
        return out;
    }

    /** The decimals a question asks its answer rounded to, or null. */
    static Integer askedDecimals(String question) {
        Matcher m = DECIMALS.matcher(question);
        if (!m.find()) return null;
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "zero" -> 0;
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            default -> Integer.parseInt(m.group(1));
        };
    }

    /** Writes the per-question review file: question, gold, ours, derivation with tick marks. */
    public static void writeReport(List<Graded> graded, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".financebench", ".md");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("# FinanceBench metric questions: answers for review\n\n");
            for (Graded g : graded) {
                if (g.outcome() == Outcome.NOT_ATTEMPTED && !g.question().metric()) continue;
                FinanceBenchQuestion q = g.question();
                w.write("## " + g.outcome() + " · " + q.id() + " · " + q.document() + "\n\n");
                w.write("**Question.** " + q.question() + "\n\n**Gold.** " + q.answer() + "\n\n");
                Answer a = g.answer();
                if (a == null) {
                    w.write("**Not attempted.** " + g.note() + "\n\n");
                    continue;
                }
                w.write(a.answered() ? "**Ours.** " + a.display() + "\n\n" : "**Ours.** (" + a.status() + ") " + a.message() + "\n\n");
                if (a.formula() != null) w.write("Formula: `" + a.formula() + "`\n\n");
                for (String step : a.steps()) w.write("- " + step + "\n");
                for (Answer.Input in : a.inputs()) {
                    w.write("- " + in.concept() + " FY" + in.fiscalYear() + " = " + in.fact().value().toPlainString()
                            + " · " + in.fact().source().cite() + " · \"" + in.fact().source().rawLabel() + "\" " + in.fact().source().rawValue() + "\n");
                }
                for (String note : a.notes()) w.write("- note: " + note + "\n");
                w.write("\n");
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The table by question type and the JSON line. */
    public static String table(List<Graded> graded) {
        StringBuilder sb = new StringBuilder(String.format("%-20s %8s %8s %8s %10s %14s %14s%n", "type", "correct", "wrong",
                "abstained", "not-parsed", "not-attempted", "total"));
        for (String type : graded.stream().map(g -> g.question().type()).distinct().sorted().toList()) {
            List<Graded> t = graded.stream().filter(g -> g.question().type().equals(type)).toList();
            sb.append(String.format("%-20s %8d %8d %8d %10d %14d %14d%n", type, count(t, Outcome.CORRECT), count(t, Outcome.WRONG),
                    count(t, Outcome.ABSTAINED), count(t, Outcome.NOT_UNDERSTOOD), count(t, Outcome.NOT_ATTEMPTED), t.size()));
        }
        return sb.toString();
    }

    public static String json(List<Graded> graded, double seconds) {
        List<Graded> m = graded.stream().filter(g -> g.question().metric()).toList();
        double[] ms = m.stream().filter(g -> g.answer() != null).mapToDouble(Graded::millis).sorted().toArray();
        return String.format(Locale.ROOT, "{\"eval\":\"financebench\",\"questions\":%d,\"metrics\":%d,\"metrics_attempted\":%d,"
                        + "\"metrics_correct\":%d,\"metrics_wrong\":%d,\"metrics_abstained\":%d,\"metrics_not_understood\":%d,"
                        + "\"metrics_not_attempted\":%d,\"answer_ms_median\":%.2f,\"answer_ms_p95\":%.2f,\"seconds\":%.1f}",
                graded.size(), m.size(), m.size() - count(m, Outcome.NOT_ATTEMPTED), count(m, Outcome.CORRECT), count(m, Outcome.WRONG),
                count(m, Outcome.ABSTAINED), count(m, Outcome.NOT_UNDERSTOOD), count(m, Outcome.NOT_ATTEMPTED),
                percentile(ms, 0.5), percentile(ms, 0.95), seconds);
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static int count(List<Graded> graded, Outcome outcome) {
        return (int) graded.stream().filter(g -> g.outcome() == outcome).count();
    }
}
