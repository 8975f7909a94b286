package io.tickmark.eval;

import io.tickmark.ask.Answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Answer latency once the documents are ingested: every question asked {@code rounds} times after
 * one untimed warm-up round; median and 95th percentile over all timed answers.
 */
public final class AskBench {
    private AskBench() {
    }

    /** The latencies measured, in milliseconds, and how the answers came out. */
    public record Report(int questions, int rounds, double[] millis, int answered) {
        public double median() {
            return FinanceBenchEval.percentile(sorted(), 0.5);
        }

        public double p95() {
            return FinanceBenchEval.percentile(sorted(), 0.95);
        }

        public double max() {
            return millis.length == 0 ? 0 : sorted()[millis.length - 1];
        }

        private double[] sorted() {
            double[] s = millis.clone();
            Arrays.sort(s);
            return s;
        }

        public String table() {
            return String.format(Locale.ROOT, "questions %d, rounds %d, answers timed %d, answered %d%nlatency ms: median %.2f, p95 %.2f, max %.2f%n",
                    questions, rounds, millis.length, answered, median(), p95(), max());
        }

        public String json() {
            return String.format(Locale.ROOT, "{\"bench\":\"ask\",\"questions\":%d,\"rounds\":%d,\"answers\":%d,\"answered\":%d,"
                    + "\"median_ms\":%.2f,\"p95_ms\":%.2f,\"max_ms\":%.2f}", questions, rounds, millis.length, answered, median(), p95(), max());
        }
    }

    public static Report run(List<String> questions, Function<String, Answer> asker, int rounds) {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        questions.forEach(asker::apply);
        List<Double> times = new ArrayList<>();
        int answered = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long start = System.nanoTime();
                Answer a = asker.apply(q);
                times.add((System.nanoTime() - start) / 1e6);
                if (r == 0 && a.answered()) answered++;
            }
        }
        return new Report(questions.size(), rounds, times.stream().mapToDouble(Double::doubleValue).toArray(), answered);
    }
}
