package io.tickmark.app;

import io.tickmark.ask.Answer;
import io.tickmark.ask.Asker;
import io.tickmark.ask.ChineseAsker;
import io.tickmark.ask.ChineseQuestions;
import io.tickmark.ask.EvidenceAnswerer;
import io.tickmark.output.SpreadJson;
import io.tickmark.search.Passage;
import io.tickmark.search.QuestionSearch;
import io.tickmark.search.SearchIndex;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.tickmark.llm.CitedAnswerer;
import io.tickmark.llm.NumberChecker;
import io.tickmark.llm.LanguageModelSettings;
import io.tickmark.llm.OpenAiLanguageModel;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.concurrent.Callable;

/** {@code tickmark ask}: a metric question answered from the stored facts, with the arithmetic and every input ticked. */
@Command(name = "ask", header = "Answer a question: a metric computed from the stored facts with every input ticked, else the passages that answer it.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Answer a financial metric question from the ingested filings, showing the formula and every input",
                "with its document, page and line; or say why it cannot be answered. Ingest the filings first. Other questions get",
                "the best evidence passages; with a language model (--llm-url), a short answer that must cite them.",
                "Example: tickmark ask \"What is Nike's FY2019 inventory turnover ratio? Round to two decimal places.\""},
        footer = {"", "Exit status: 0 when answered, 1 when not (abstained or not understood), 2 for a usage error."})
final class AskCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "The question (quote it, or give it as several words).")
    private String[] words;

    @Option(names = "--json", description = "Print the answer as JSON; a question for the evidence also carries its passages (evidence).")
    private boolean json;

    @Mixin
    private LlmOptions llmOptions;

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
        LanguageModelSettings llm = llmOptions.settings(io);
        if (ChineseQuestions.isChinese(question)) return chinese(question, llm);
        Answer answer;
        try (FactStore store = storeOptions.open(io)) {
            answer = new Asker(store).ask(question);
        }
        if (json) return json(question, answer, llm);
        if (answer.status() != Answer.Status.NOT_UNDERSTOOD) {
            print(answer, io.out());
            io.out().flush();
            return answer.answered() ? 0 : 1;
        }
        // not a metric question: the filings' pages answer it; the parser's reasons only matter when none do
        Evidence found = search(question);
        if (found.result() == null) {
            print(answer, io.out());
            io.out().println(found.why());
            io.out().flush();
            return 1;
        }
        io.out().println("Not a metric question, so nothing is computed: the filings' passages answer it.");
        evidence(question, found.result(), llm);
        io.out().flush();
        // passages of other companies than the one asked about are shown, but they do not answer the question
        return found.result().unknownCompany() == null ? 0 : 1;
    }

    /** The evidence search's passages for a question, or why there are none. */
    private record Evidence(QuestionSearch.Result result, String why) {
    }

    /**
     * The answer as JSON. A question that is not a metric question also carries its evidence as the server's
     * {@code /v1/ask} does: {@code evidence} (the passages), {@code evidenceNote} (why there are none, or a company the
     * question names that is not indexed), and with a language model {@code modelAnswer} or why there is none.
     */
    private int json(String question, Answer answer, LanguageModelSettings llm) throws java.io.IOException {
        var mapper = SpreadJson.mapper();
        com.fasterxml.jackson.databind.node.ObjectNode out = mapper.valueToTree(answer);
        boolean answered = answer.answered();
        if (answer.status() == Answer.Status.NOT_UNDERSTOOD) {
            Evidence found = search(question);
            QuestionSearch.Result r = found.result();
            out.set("evidence", mapper.valueToTree(r == null ? java.util.List.of() : r.passages()));
            if (r == null) out.put("evidenceNote", found.why());
            else if (r.unknownCompany() != null) out.put("evidenceNote", r.notes().get(0));
            if (r != null) out.set("searchNotes", mapper.valueToTree(r.notes()));
            answered = r != null && r.unknownCompany() == null;
            if (llm != null && answered) {
                CitedAnswerer.CitedAnswer a = modelAnswer(question, r, llm);
                if (a.status() == CitedAnswerer.Status.FAILED || a.status() == CitedAnswerer.Status.NO_CITATION) {
                    out.put("languageModel", llm.describe() + ": no model answer (" + a.message() + "); the passages are the evidence");
                } else {
                    com.fasterxml.jackson.databind.node.ObjectNode m = out.putObject("modelAnswer");
                    m.put("status", a.status().name()).put("text", a.marked()).put("model", llm.describe());
                    var citations = m.putArray("citations");
                    for (int i : a.citations()) citations.addObject().put("n", i).put("cite", r.passages().get(i - 1).cite());
                    m.set("unsupported", mapper.valueToTree(a.unsupported().stream().map(NumberChecker.Figure::text).toList()));
                }
            }
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(io.out(), out);
        io.out().println();
        io.out().flush();
        return answered ? 0 : 1;
    }

    /** The configured model's cited, checked answer from the passages (notes on standard error). */
    private CitedAnswerer.CitedAnswer modelAnswer(String question, QuestionSearch.Result result, LanguageModelSettings llm) {
        try (FactStore store = storeOptions.open(io)) {
            return new EvidenceAnswerer(new OpenAiLanguageModel(llm), store).answer(question, result.passages(), note -> io.err().println("note: " + note));
        }
    }

    /** A question in Chinese: answered (or refused) in Chinese from the stored Chinese reports. */
    private int chinese(String question, LanguageModelSettings llm) throws Exception {
        ChineseQuestions.Reply reply;
        try (FactStore store = storeOptions.open(io)) {
            reply = new ChineseAsker(store).ask(question);
        }
        // not a metric question: the reports' passages answer it, as for a question in English
        Evidence found = reply.answered() || reply.metric() ? null : search(question);
        QuestionSearch.Result passages = found == null || found.result() == null || found.result().passages().isEmpty() ? null : found.result();
        if (json) {
            var mapper = SpreadJson.mapper();
            com.fasterxml.jackson.databind.node.ObjectNode out = mapper.valueToTree(reply);
            if (found != null) {
                out.set("evidence", mapper.valueToTree(passages == null ? java.util.List.of() : passages.passages()));
                if (passages == null) out.put("evidenceNote", found.why() == null ? "no passage of the indexed filings matches" : found.why());
                else out.set("searchNotes", mapper.valueToTree(passages.notes()));
            }
            mapper.writerWithDefaultPrettyPrinter().writeValue(io.out(), out);
            io.out().println();
            io.out().flush();
            return reply.answered() || passages != null && passages.unknownCompany() == null ? 0 : 1;
        }
        if (passages == null) {
            io.out().println(reply.text());
            if (found != null && found.why() != null) io.out().println(found.why());
            io.out().flush();
            return reply.answered() ? 0 : 1;
        }
        io.out().println("这不是指标计算问题，不做计算：以下为回答该问题的报告段落。");
        evidence(question, passages, llm);
        io.out().flush();
        return passages.unknownCompany() == null ? 0 : 1;
    }

    /** Searches the data dir's index for the question's evidence. */
    private Evidence search(String question) throws java.io.IOException {
        Path dir = storeOptions.dataDir(io).resolve("index");
        if (!Files.isDirectory(dir)) {
            return new Evidence(null, "(ingest or index the filings to see the passages that answer questions like this: tickmark ingest PDF...)");
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            QuestionSearch.Result result = new QuestionSearch(index).search(question, 5);
            return result.passages().isEmpty() ? new Evidence(null, "no passage of the indexed filings matches") : new Evidence(result, null);
        } catch (IllegalArgumentException | io.tickmark.search.IndexMismatchException e) {
            return new Evidence(null, "no evidence search: " + e.getMessage());
        }
    }

    /**
     * The evidence of a question the metric engine cannot compute: with a language model, its cited and checked answer;
     * else (or when the model failed) the best passages with their citations.
     */
    private void evidence(String question, QuestionSearch.Result result, LanguageModelSettings llm) {
        io.out().println();
        if (result.unknownCompany() != null) {
            // the passages are of other companies: say so first, and never let a model answer from them
            io.out().println("note: " + result.notes().get(0));
            result = new QuestionSearch.Result(result.query(), result.filters(), result.passages(), result.notes().subList(1, result.notes().size()),
                    result.unknownCompany());
        } else if (llm != null && printModelAnswer(question, result, llm)) {
            return;
        }
        boolean zh = ChineseQuestions.isChinese(question);
        io.out().println(llm == null
                ? zh ? "未配置语言模型：以下为最能回答该问题的段落及其出处：" : "No language model is configured: the passages that best answer it, with their sources:"
                : zh ? "以下为最能回答该问题的段落及其出处：" : "The passages that best answer it, with their sources:");
        int n = 0;
        for (Passage p : result.passages()) {
            io.out().println((++n) + ". " + p.cite() + (p.section() == null || p.section().isBlank() ? "" : " · " + p.section()));
            io.out().println("   " + p.snippet().replace('\n', ' '));
        }
        result.notes().forEach(note -> io.out().println("  note: " + note));
    }

    /**
     * Asks the configured model to answer from the numbered passages and prints its checked answer; returns false
     * (the caller then prints the passages) when the model failed or cited nothing.
     */
    private boolean printModelAnswer(String question, QuestionSearch.Result result, LanguageModelSettings llm) {
        CitedAnswerer.CitedAnswer a = modelAnswer(question, result, llm);
        if (a.status() == CitedAnswerer.Status.FAILED || a.status() == CitedAnswerer.Status.NO_CITATION) {
            io.out().println("no model answer: " + a.message());
            return false;
        }
        io.out().println(a.marked());
        io.out().println("  answered by " + llm.describe() + " from these passages only:");
        for (int i : a.citations()) {
            Passage p = result.passages().get(i - 1);
            io.out().println("  [" + i + "] " + p.cite() + (p.section().isBlank() ? "" : " · " + p.section()));
        }
        if (a.status() == CitedAnswerer.Status.UNSUPPORTED_NUMBERS) io.out().println("  warning: " + a.message() + " (marked ⚠; not facts)");
        else if (!a.message().isBlank()) io.out().println("  note: " + a.message());
        result.notes().forEach(note -> io.out().println("  note: " + note));
        return true;
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
                    + "  ✓ " + f.source().cite() + (f.derived() ? "  (derived, not printed)"
                    : "  \"" + f.source().rawLabel() + "\" " + f.source().rawValue()));
        }
        a.sources().forEach(src -> out.println("  source: " + src));
        a.notes().forEach(n -> out.println("  note: " + n));
    }
}
