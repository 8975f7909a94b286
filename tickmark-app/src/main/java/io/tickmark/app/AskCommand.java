package io.tickmark.app;

import io.tickmark.ask.Answer;
import io.tickmark.ask.Asker;
import io.tickmark.ask.ChineseAsker;
import io.tickmark.ask.ChineseQuestions;
import io.tickmark.output.SpreadJson;
import io.tickmark.search.Passage;
import io.tickmark.search.QuestionSearch;
import io.tickmark.search.SearchIndex;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.concurrent.Callable;

/** {@code tickmark ask}: a metric question answered from the stored facts, with the arithmetic and every input ticked. */
@Command(name = "ask", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Answer a financial metric question from the ingested filings, showing the formula and every input",
                "with its document, page and line; or say why it cannot be answered. Ingest the filings first.",
                "Example: tickmark ask \"What is Nike's FY2019 inventory turnover ratio? Round to two decimal places.\""},
        footer = {"", "Exit status: 0 when answered, 1 when not (abstained or not understood), 2 for a usage error."})
final class AskCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "The question (quote it, or give it as several words).")
    private String[] words;

    @Option(names = "--json", description = "Print the answer as JSON.")
    private boolean json;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private Verbosity verbosity;

    AskCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        String question = String.join(" ", words);
        if (ChineseQuestions.isChinese(question)) return chinese(question);
        Answer answer;
        try (FactStore store = storeOptions.open(io)) {
            answer = new Asker(store).ask(question);
        }
        if (json) {
            SpreadJson.mapper().writerWithDefaultPrettyPrinter().writeValue(io.out(), answer);
            io.out().println();
            io.out().flush();
            return answer.answered() ? 0 : 1;
        }
        print(answer, io.out());
        boolean evidence = answer.status() == Answer.Status.NOT_UNDERSTOOD && evidence(question);
        io.out().flush();
        return answer.answered() || evidence ? 0 : 1;
    }

    /** A question in Chinese: answered (or refused) in Chinese from the stored Chinese reports. */
    private int chinese(String question) throws Exception {
        ChineseQuestions.Reply reply;
        try (FactStore store = storeOptions.open(io)) {
            reply = new ChineseAsker(store).ask(question);
        }
        if (json) {
            SpreadJson.mapper().writerWithDefaultPrettyPrinter().writeValue(io.out(), reply);
            io.out().println();
        } else {
            io.out().println(reply.text());
        }
        io.out().flush();
        return reply.answered() ? 0 : 1;
    }

    /**
     * A question the metric engine cannot compute goes to the evidence: the best passages of the search
     * index with their citations. No language model is configured, so none phrases an answer.
     */
    private boolean evidence(String question) throws java.io.IOException {
        Path dir = storeOptions.dataDir(io).resolve("index");
        if (!Files.isDirectory(dir)) {
            io.out().println("(index the filings with 'tickmark index' to see the passages that answer questions like this)");
            return false;
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            QuestionSearch.Result result = new QuestionSearch(index).search(question, 5);
            if (result.passages().isEmpty()) {
                io.out().println("no passage of the indexed filings matches");
                return false;
            }
            io.out().println();
            io.out().println("No language model is configured: the passages that best answer it, with their sources:");
            int n = 0;
            for (Passage p : result.passages()) {
                io.out().println((++n) + ". " + p.cite() + (p.section() == null || p.section().isBlank() ? "" : " · " + p.section()));
                io.out().println("   " + p.snippet().replace('\n', ' '));
            }
            result.notes().forEach(note -> io.out().println("  note: " + note));
            return true;
        } catch (IllegalArgumentException e) {
            io.out().println("no evidence search: " + e.getMessage());
            return false;
        }
    }

    static void print(Answer a, PrintStream out) {
        if (!a.answered()) {
            out.println((a.status() == Answer.Status.NOT_UNDERSTOOD ? "not understood: " : "cannot answer: ") + a.message());
            a.notes().forEach(n -> out.println("  note: " + n));
            return;
        }
        out.println(a.display());
        out.println("  " + (a.metric() == null ? "as defined in the question" : a.metric()) + " · FY" + a.fiscalYear()
                + " · " + String.join(" / ", a.companies()));
        out.println("  formula: " + a.formula());
        a.steps().forEach(s -> out.println("  " + s));
        out.println("  inputs:");
        DecimalFormat grouped = new DecimalFormat("#,##0.####");
        for (Answer.Input in : a.inputs()) {
            var f = in.fact();
            out.println("    " + in.concept() + " FY" + in.fiscalYear() + " = " + grouped.format(f.value()) + " " + f.unit().code()
                    + "  ✓ " + f.source().cite() + "  \"" + f.source().rawLabel() + "\" " + f.source().rawValue());
        }
        a.sources().forEach(src -> out.println("  source: " + src));
        a.notes().forEach(n -> out.println("  note: " + n));
    }
}
