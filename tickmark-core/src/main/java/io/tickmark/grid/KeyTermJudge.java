package io.tickmark.grid;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges passages without a language model, one sentence at a time. The question's key terms are its content
 * words (English stems, without question words, the company's name and words every filing uses). A sentence
 * states the answer when it holds every key term; "yes" needs such a sentence that does not negate them, "no" one
 * that does ("we did not pay any dividends", "… was suspended"; see {@link #negated}) — absence of a sentence is "not found", never "no". For a
 * question that is not yes/no, the sentence holding the most key terms (at least half, and at least two when the
 * question has two) is the short answer.
 */
public final class KeyTermJudge implements PassageJudge {
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?;])\\s+(?=[A-Z0-9(\"“])|\\n\\s*\\n|\\s*\\n(?=\\s*[•●▪\\-–]\\s)");
    /** Words that negate what follows them: "does not have operations", "no dividends", "never paid". */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "neither", "nor", "without", "cannot", "nothing");
    /** Words that negate the statement wherever they stand: "the program was suspended", "except China". */
    private static final Pattern STOPPED = Pattern.compile(
            "(?i)\\b(?:suspended|discontinued|ceased|exited|divested|except|exception|excluding)\\b");
    /** Words that may stand between a negation and what it negates: "did not pay any dividends", "does not currently have". */
    private static final Set<String> LIGHT = Set.of("a", "an", "the", "any", "have", "has", "had", "having", "be", "been", "being", "is",
            "are", "was", "were", "currently", "presently", "yet", "ever", "significant", "material", "anticipate", "expect", "intend",
            "plan", "to", "make", "made", "hold", "own", "maintain", "such", "further", "longer");
    /** Words of how a question is asked, not of what it asks. */
    private static final Set<String> QUESTION_WORDS = Set.of("doe", "do", "did", "is", "ar", "wa", "were", "ha", "have", "had",
            "can", "could", "will", "would", "should", "what", "which", "who", "how", "why", "when", "where", "compani", "company",
            "firm", "busi", "business", "current", "currentli", "ani", "its", "their", "it", "thei", "yes", "year", "fiscal", "fy",
            "report", "mention", "disclos", "state", "sai", "describ", "accord", "filing", "file", "10", "k");
    private static final int MAX_TEXT = 240;

    private final Analyzer analyzer = new EnglishAnalyzer();

    @Override
    public Verdict judge(String question, String company, boolean yesNo, List<EvidenceSource.Found> passages) {
        Set<String> terms = keyTerms(question, company);
        if (terms.isEmpty()) return new Verdict(Outcome.NOT_FOUND, null, List.of(), "the question has no key terms to look for");
        List<Quote> yes = new ArrayList<>();
        List<Quote> no = new ArrayList<>();
        Quote best = null;
        int bestHits = 0;
        for (int i = 0; i < passages.size(); i++) {
            for (String sentence : sentences(passages.get(i).text())) {
                Set<String> stems = stems(sentence);
                int hits = 0;
                for (String t : terms) if (stems.contains(t)) hits++;
                if (hits == terms.size()) (negated(sentence, terms) ? no : yes).add(new Quote(i, sentence));
                if (hits > bestHits) {
                    bestHits = hits;
                    best = new Quote(i, sentence);
                }
            }
        }
        String needs = "a sentence holding every key term " + terms;
        if (yesNo) {
            if (!yes.isEmpty() && !no.isEmpty()) {
                return new Verdict(Outcome.UNCLEAR, null, List.of(yes.get(0), no.get(0)), "one sentence states it and another negates it; read both");
            }
            if (!yes.isEmpty()) return new Verdict(Outcome.YES, null, yes.subList(0, Math.min(3, yes.size())), "stated: " + needs);
            if (!no.isEmpty()) return new Verdict(Outcome.NO, null, no.subList(0, Math.min(3, no.size())), "stated with a negation: " + needs);
            return new Verdict(Outcome.NOT_FOUND, null, List.of(), "no " + needs);
        }
        int needed = Math.max(Math.min(2, terms.size()), (terms.size() + 1) / 2);
        if (best == null || bestHits < needed) return new Verdict(Outcome.NOT_FOUND, null, List.of(), "no sentence holds " + needed + " of the key terms " + terms);
        String text = best.sentence().length() > MAX_TEXT ? best.sentence().substring(0, MAX_TEXT - 1) + "…" : best.sentence();
        return new Verdict(Outcome.TEXT, text, List.of(best), "best sentence holds " + bestHits + " of the key terms " + terms);
    }

    /**
     * Whether the sentence negates what it says of the key terms: a negation followed, after light words only, by a
     * key term ("we did not pay any dividends"), or a word that stops it anywhere ("suspended", "except"). "Not
     * limited to", "no expiration date" and "we do not use derivatives to hedge our foreign currency risk" do not
     * negate the key terms.
     */
    boolean negated(String sentence, Set<String> terms) {
        if (STOPPED.matcher(sentence).find()) return true;
        String[] words = sentence.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+");
        for (int i = 0; i < words.length; i++) {
            if (!NEGATIONS.contains(words[i]) && !words[i].endsWith("n't")) continue;
            int j = i + 1;
            while (j < words.length && LIGHT.contains(words[j]) && !terms.containsAll(stems(words[j]))) j++;
            if (j < words.length) {
                Set<String> s = stems(words[j]);
                if (!s.isEmpty() && terms.containsAll(s)) return true;
            }
        }
        return false;
    }

    /** The question's key terms: stems of its content words, without question words and the company's name. */
    Set<String> keyTerms(String question, String company) {
        Set<String> out = new LinkedHashSet<>(stems(question));
        out.removeAll(QUESTION_WORDS);
        if (company != null) out.removeAll(stems(company.replaceAll("(?i)\\b(?:inc|corp|corporation|company|co|ltd|plc|group|holdings)\\b", " ")));
        out.removeIf(t -> t.length() < 2 && !Character.isDigit(t.charAt(0)));
        return out;
    }

    /** The passage cut into sentences (and list items), spacing squeezed, short fragments dropped. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCES.split(text)) {
            String t = s.replaceAll("\\s+", " ").strip();
            if (t.length() >= 12) out.add(t);
        }
        return out;
    }

    /** The query words for the search: the key terms' source words (the analyzer stems the query itself). */
    String query(String question, String company) {
        Set<String> terms = keyTerms(question, company);
        List<String> words = new ArrayList<>();
        for (String w : question.split("[^\\p{L}\\p{N}&'-]+")) {
            if (w.isBlank()) continue;
            Set<String> s = stems(w);
            if (!s.isEmpty() && terms.containsAll(s)) words.add(w.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", new LinkedHashSet<>(words));
    }

    private Set<String> stems(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
