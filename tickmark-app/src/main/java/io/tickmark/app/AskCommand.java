package io.tickmark.app;

import io.tickmark.ask.Answer;
import io.tickmark.ask.Asker;
import io.tickmark.output.SpreadJson;
import io.tickmark.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
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
        Answer answer;
        try (FactStore store = storeOptions.open(io)) {
            answer = new Asker(store).ask(question);
        }
        if (json) {
            SpreadJson.mapper().writerWithDefaultPrettyPrinter().writeValue(io.out(), answer);
            io.out().println();
        } else {
            print(answer, io.out());
        }
        io.out().flush();
        return answer.answered() ? 0 : 1;
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
