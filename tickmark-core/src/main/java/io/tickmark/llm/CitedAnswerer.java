package io.tickmark.llm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a language model to answer a question from numbered passages only, then checks what it said: the
 * answer must cite the passages ("[1]", "[2]"), citations must name passages that were given, and every
 * number in it must be printed in a cited passage or be one of the given fact values. An answer without a
 * citation is refused; numbers found in neither are returned as unsupported, to be flagged, never shown as fact.
 */
public final class CitedAnswerer {
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2}(?:\\s*[,;]\\s*\\d{1,2})*)]");
    static final String SYSTEM = """
            You answer questions about company filings using ONLY the numbered passages given to you.
            Rules:
            - Cite every statement with the passage number in square brackets, like [1] or [2][3].
            - Copy every figure exactly as the cited passage prints it; never compute, estimate or invent numbers.
            - If the passages do not answer the question, say so in one sentence and cite nothing.
            - Answer in at most five sentences.""";

    private final LanguageModel model;

    public CitedAnswerer(LanguageModel model) {
        this.model = model;
    }

    /** A passage given to the model: where it is from ("3M_2018_10K.pdf p.60") and its text. */
    public record Source(String cite, String text) {
    }

    /** How the answer came out. */
    public enum Status {
        /** Cites given passages and every number is supported. */
        ANSWERED,
        /** Cites given passages, but some numbers are in neither the cited passages nor the facts. */
        UNSUPPORTED_NUMBERS,
        /** Cites nothing (or only passages that were not given): refused. */
        NO_CITATION,
        /** The model gave no usable reply (down, timeout, malformed). */
        FAILED
    }

    /** The checked answer: its text, the passage numbers it cites (1-based), the figures not supported, and a message. */
    public record CitedAnswer(Status status, String text, List<Integer> citations, List<NumberChecker.Figure> unsupported, String message) {
        public CitedAnswer {
            citations = List.copyOf(citations);
            unsupported = List.copyOf(unsupported);
        }

        /** The answer with each unsupported figure marked "⚠[figure: not in the cited passages]". */
        public String marked() {
            if (text == null) return "";
            StringBuilder sb = new StringBuilder(text);
            for (int i = unsupported.size() - 1; i >= 0; i--) {
                NumberChecker.Figure f = unsupported.get(i);
                sb.replace(f.start(), f.end(), "⚠[" + text.substring(f.start(), f.end()).strip() + ": not in the cited passages or facts]");
            }
            return sb.toString();
        }
    }

    /** The user message: the numbered passages, then the question. */
    static String prompt(String question, List<Source> sources) {
        StringBuilder sb = new StringBuilder("Passages:\n");
        for (int i = 0; i < sources.size(); i++) {
            sb.append('[').append(i + 1).append("] (").append(sources.get(i).cite()).append(")\n").append(sources.get(i).text().strip()).append("\n\n");
        }
        return sb.append("Question: ").append(question.strip()).append('\n').toString();
    }

    /** Answers from the sources; {@code facts} are stored figures the answer may also use. Never throws for a model failure. */
    public CitedAnswer answer(String question, List<Source> sources, Collection<BigDecimal> facts) {
        if (sources.isEmpty()) return new CitedAnswer(Status.NO_CITATION, null, List.of(), List.of(), "no passage to answer from");
        String reply;
        try {
            reply = model.complete(SYSTEM, prompt(question, sources));
        } catch (LanguageModelException e) {
            return new CitedAnswer(Status.FAILED, null, List.of(), List.of(), e.getMessage());
        }
        return check(reply, sources, facts);
    }

    /** Checks a reply against the sources it was given and the facts. */
    public static CitedAnswer check(String reply, List<Source> sources, Collection<BigDecimal> facts) {
        TreeSet<Integer> cited = new TreeSet<>();
        TreeSet<Integer> unknown = new TreeSet<>();
        Matcher m = CITATION.matcher(reply);
        while (m.find()) {
            for (String n : m.group(1).split("\\s*[,;]\\s*")) {
                int i = Integer.parseInt(n.strip());
                (i >= 1 && i <= sources.size() ? cited : unknown).add(i);
            }
        }
        if (cited.isEmpty()) {
            return new CitedAnswer(Status.NO_CITATION, reply, List.of(), List.of(),
                    "the model's answer cites none of the passages" + (unknown.isEmpty() ? "" : " given (it cites " + unknown + ")")
                            + ": not shown as an answer");
        }
        List<String> texts = new ArrayList<>();
        for (int i : cited) texts.add(sources.get(i - 1).text());
        NumberChecker.Check check = NumberChecker.of(texts, facts).check(reply);
        List<String> notes = new ArrayList<>();
        if (!unknown.isEmpty()) notes.add("cites passages that were not given: " + unknown);
        if (!check.clean()) {
            notes.add(check.unsupported().size() + " number(s) in the answer are in neither the cited passages nor the stored facts: "
                    + check.unsupported().stream().map(NumberChecker.Figure::text).toList());
        }
        return new CitedAnswer(check.clean() ? Status.ANSWERED : Status.UNSUPPORTED_NUMBERS, reply, new ArrayList<>(cited),
                check.unsupported(), String.join("; ", notes));
    }
}
