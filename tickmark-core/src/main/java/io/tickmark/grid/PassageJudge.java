package io.tickmark.grid;

import java.util.List;

/**
 * Reads the passages retrieved for one free-text cell and says what they answer. The default is
 * {@link KeyTermJudge} (rules, no model). A language-model judge plugs in here later: it gets the same passages
 * and must quote one of them verbatim; {@link Verdict#verified} refuses a verdict whose quote is not in its
 * passage, so a model can phrase an answer but never supply a fact the filings do not print.
 */
public interface PassageJudge {

    /** What the passages answer. */
    enum Outcome { YES, NO, UNCLEAR, TEXT, NOT_FOUND }

    /** A sentence quoted from one passage (index into the passages judged). */
    record Quote(int passage, String sentence) {
    }

    /**
     * A judgement: the outcome, the short text shown for TEXT (else null), the quotes it rests on (at least one
     * for YES, NO, UNCLEAR and TEXT), and a reason for a reader.
     */
    record Verdict(Outcome outcome, String text, List<Quote> quotes, String reason) {
        public Verdict {
            if (outcome == null) throw new IllegalArgumentException("a verdict needs an outcome");
            quotes = quotes == null ? List.of() : List.copyOf(quotes);
            if (outcome != Outcome.NOT_FOUND && quotes.isEmpty()) {
                throw new IllegalArgumentException("a " + outcome + " verdict must quote a passage");
            }
        }

        /** Whether every quote is printed, word for word (spacing aside), in the passage it names. */
        public boolean verified(List<EvidenceSource.Found> passages) {
            for (Quote q : quotes) {
                if (q.passage() < 0 || q.passage() >= passages.size()) return false;
                if (!squeeze(passages.get(q.passage()).text()).contains(squeeze(q.sentence()))) return false;
            }
            return true;
        }

        private static String squeeze(String s) {
            return s.replaceAll("\\s+", " ").strip();
        }
    }

    /**
     * Judges the passages for the question about the company.
     *
     * @param yesNo whether the question asks yes or no (else it asks for a short text)
     */
    Verdict judge(String question, String company, boolean yesNo, List<EvidenceSource.Found> passages);
}
