package io.tickmark.ask;

import io.tickmark.ask.Definitions.Compiled;
import io.tickmark.ask.Definitions.Definition;
import io.tickmark.taxonomy.Taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a FinanceBench-style metric question without a language model: company, asked fiscal year and
 * period shape, metric, the definition the question writes (as a formula), unit and rounding. It never
 * guesses: every word of the question sentence must be accounted for, and whatever is not understood is
 * listed in {@link ParsedQuestion#problems()} so the caller abstains instead of answering.
 *
 * <p>Rules, in order: the question sentence is the clause from "what is/was" or "how much" to the "?";
 * sentences "X is defined as: ...", "X here is defined as ...", "Define X as ..." and an expression
 * followed by its name in parentheses ("operating income + D&A (EBITDA)") are definitions; the metric
 * is the catalog name matching most words of the question sentence, a name filling a whole parenthesis
 * ("(DPO)") winning; the definition answering to the metric (by name, abbreviation or catalog synonym,
 * or "X margin" for a defined X, read as X / revenue) gives the formula. A "using A and B" clause is a
 * hint: its terms are reported as {@link ParsedQuestion#inputs()} and do not make a formula, except for
 * the payout ratio (dividends / income) and retention ratio (1 - dividends / income), which the two
 * inputs fully determine.
 */
public final class QuestionParser {
    private static final Pattern ASKS = Pattern.compile("(?i)\\b(?:what\\s+(?:is|was|are|were)|how\\s+much)\\b");
    private static final Pattern DEFINED = Pattern.compile("(?is)^(.+?)\\s+(?:here\\s+)?(?:is|are)\\s+(?:defined|calculated|computed)\\s+as\\s*:?\\s*(.+)$");
    private static final Pattern DEFINE = Pattern.compile("(?is)^define\\s+(.+?)\\s+as\\s*:?\\s*(.+)$");
    private static final Pattern INLINE = Pattern.compile("(?i)\\bFY\\s?\\d{4}\\s+([^()?]+?(?:\\s[-+*/]\\s|\\s(?:plus|minus|less|divided\\s+by)\\s)[^()?]+?)\\s*\\(([^()]+)\\)");
    private static final Pattern USING_PAREN = Pattern.compile("(?i)\\(\\s*using\\s+([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");
    private static final Pattern USING_SENTENCE = Pattern.compile("(?is)^(?:calculate|compute|derive)\\s+(.+?)\\s+using\\s+(.+)$");
    private static final Pattern NOT_A_HINT = Pattern.compile(
            "(?i)\\b(?:answer|question|what|using\\s+(?:the\\s+|only\\s+)?(?:details|information|line\\s+items|data|statement))\\b");
    private static final Pattern NOT_STATEMENT_FIGURE = Pattern.compile(
            "(?i)\\b(?:adjusted|non-?gaap|organic|excluding|segment|segments|division|region|guidance|forecast|expected|pro\\s+forma)\\b");
    private static final Set<String> SENTENCE_WORDS = Set.of("what", "is", "was", "are", "were", "how", "much", "did", "do",
            "doe", "does", "have", "had", "has", "for", "of", "in", "at", "by", "on", "to", "from", "as", "and", "its", "their",
            "year", "end", "fiscal", "total", "amount", "company", "usd", "dollar", "million", "billion", "thousand", "generate",
            "pay", "paid", "out", "spend", "report", "value", "figure", "with", "during", "period", "rate");

    private final List<Name> names;
    private final Map<String, List<String>> metricKeys = new HashMap<>();
    private final Terms terms;

    /** A parser for the catalog's metric names (metric id to names and synonyms), over the standard taxonomy. */
    public QuestionParser(Map<String, List<String>> metricNames) {
        this(metricNames, Taxonomy.standard());
    }

    /** A parser for the catalog's metric names whose definitions may also use the given taxonomy's labels. */
    public QuestionParser(Map<String, List<String>> metricNames, Taxonomy taxonomy) {
        if (metricNames == null || taxonomy == null) throw new IllegalArgumentException("metricNames and taxonomy are required");
        this.terms = new Terms(metricNames, taxonomy);
        List<Name> all = new ArrayList<>();
        metricNames.forEach((id, list) -> {
            List<String> keys = new ArrayList<>();
            keys.add(Words.key(id.replace('_', ' ')));
            list.forEach(n -> keys.add(Words.key(n)));
            metricKeys.put(id, List.copyOf(keys));
            keys.stream().filter(k -> !k.isEmpty()).distinct().forEach(k -> all.add(new Name(id, List.of(k.split(" ")))));
        });
        this.names = List.copyOf(all);
    }

    private record Name(String id, List<String> words) {
    }

    /**
     * The fiscal quarter (1 to 4) a text names first, as {@link #parse} reads it in a metric question ("Q2 of FY2023",
     * "Q2'2023", "2Q", "second quarter of fiscal 2023"), or null: for texts that are not metric questions (evidence search).
     */
    public static Integer quarterOf(String text) {
        return text == null ? null : Periods.quarter(text);
    }

    /** The half (1 or 2) of a fiscal year a text names first ("H1 FY2023", "first half of 2023"), or null. */
    public static Integer halfOf(String text) {
        return text == null ? null : Periods.half(text);
    }

    /** Reads one question; never throws on odd input: what was not understood is in the result's problems. */
    public ParsedQuestion parse(String question) {
        if (question == null) throw new IllegalArgumentException("question is null; pass the text asked");
        return new Reading(question).read();
    }

    /** The state of reading one question: what is found so far and what went wrong. */
    private final class Reading {
        private final String question;
        private final List<String> recognised = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final List<String> inputs = new ArrayList<>();
        private String sentence;
        private StringBuilder open;
        private String metricPhrase;
        private String metricId;
        private String abbreviation;

        Reading(String question) {
            this.question = question.strip();
        }

        ParsedQuestion read() {
            sentence = questionSentence();
            List<String> companies = company();
            Periods.Read period = Periods.read(open.toString());
            open = new StringBuilder(period.text());
            recognised.addAll(period.recognised());
            AnswerFormat.Read format = AnswerFormat.read(question);
            format.patterns().forEach(p -> blankAll(open, p));
            describeFormat(format);
            List<Definition> definitions = definitions();
            List<String[]> hints = hints();
            metric(definitions);
            String formula = formula(new Definitions(definitions, terms, period.year()), definitions, hints);
            checkWholeSentenceRead();
            if (metricId == null && formula == null) problems.add("no metric recognised in '%s'".formatted(sentence.strip()));
            problems.addAll(period.problems());
            Map<String, Integer> params = period.n() == null ? Map.of()
                    : Map.of(period.shape() == ParsedQuestion.Shape.QUARTER ? "quarter" : "n", period.n());
            return new ParsedQuestion(question, companies, period.year(), period.shape(), params, metricPhrase, metricId,
                    formula, inputs, format.unit(), format.scale(), format.decimals(), recognised,
                    List.copyOf(new LinkedHashSet<>(problems)));
        }

        private String questionSentence() {
            Matcher m = ASKS.matcher(question);
            int start = 0;
            if (m.find()) {
                start = m.start();
            } else {
                problems.add("it does not ask for a value ('what is ...' or 'how much ...')");
            }
            int end = question.indexOf('?', start);
            String s = question.substring(start, end < 0 ? question.length() : end);
            open = new StringBuilder(s);
            blankAll(open, ASKS);
            Matcher odd = NOT_STATEMENT_FIGURE.matcher(s);
            if (odd.find()) problems.add("it asks for a figure the statements do not give as such ('%s')".formatted(odd.group()));
            return s;
        }

        private List<String> company() {
            Companies.Found found = Companies.find(sentence);
            if (found == null) return List.of();
            for (int i = found.start(); i < found.end(); i++) open.setCharAt(i, '|');
            recognised.add("company '%s'".formatted(String.join("' / '", found.names())));
            return found.names();
        }

        private void describeFormat(AnswerFormat.Read f) {
            if (f.unit() != null) recognised.add("unit " + f.unit().name().toLowerCase() + (f.scale() == null ? "" : " in " + f.scale().name().toLowerCase()));
            if (f.decimals() != null) recognised.add(f.decimals() + " decimal places");
        }

        /** The definitions written as sentences after the question, and one written inline before "(NAME)". */
        private List<Definition> definitions() {
            List<Definition> defs = new ArrayList<>();
            Matcher inline = INLINE.matcher(sentence);
            if (inline.find()) {
                defs.add(new Definition(inline.group(2).strip(), inline.group(1).strip()));
                for (int i = inline.start(1); i < inline.end(1); i++) open.setCharAt(i, '|');
            }
            for (String s : otherSentences()) {
                Matcher m = DEFINED.matcher(s);
                Matcher d = DEFINE.matcher(s);
                if (m.matches()) defs.add(new Definition(m.group(1).strip(), m.group(2).strip()));
                else if (d.matches()) defs.add(new Definition(d.group(1).strip(), d.group(2).strip()));
            }
            defs.forEach(d -> recognised.add("definition of '%s'".formatted(d.name())));
            return defs;
        }

        private List<String> otherSentences() {
            String rest = question.replace(sentence, " ");
            List<String> out = new ArrayList<>();
            for (String s : rest.split("(?<=[.?!])\\s+(?=[A-Z(])|\\?")) {
                String t = s.strip().replaceAll("[.\\s]+$", "");
                if (!t.isEmpty()) out.add(t);
            }
            return out;
        }

        /** "using A and B" clauses: subject (null for the metric itself) and the list of inputs. */
        private List<String[]> hints() {
            List<String[]> hints = new ArrayList<>();
            Matcher paren = USING_PAREN.matcher(sentence);
            if (paren.find()) {
                hints.add(new String[]{null, paren.group(1)});
                for (int i = paren.start(); i < paren.end(); i++) open.setCharAt(i, '|');
            }
            for (String s : otherSentences()) {
                Matcher m = USING_SENTENCE.matcher(s);
                if (m.matches() && !NOT_A_HINT.matcher(m.group(1) + " using " + m.group(2)).find()) hints.add(new String[]{m.group(1), m.group(2)});
            }
            return hints;
        }

        private void metric(List<Definition> definitions) {
            List<Words.Token> tokens = Words.tokens(open.toString());
            int bestAt = -1;
            int bestLength = 0;
            boolean bestParen = false;
            for (int i = 0; i < tokens.size(); i++) {
                for (Name n : names) {
                    if (!matchesAt(tokens, i, n.words())) continue;
                    int end = tokens.get(i + n.words().size() - 1).end();
                    boolean paren = fillsParenthesis(tokens.get(i).start(), end);
                    if (better(paren, n.words().size(), bestParen, bestLength)) {
                        bestAt = i;
                        bestLength = n.words().size();
                        bestParen = paren;
                        metricId = n.id();
                    }
                }
            }
            if (bestAt < 0) {
                definedInSentence(tokens, definitions);
                return;
            }
            take(tokens, bestAt, bestLength);
            blankOtherNames(Words.tokens(open.toString()));
            recognised.add("metric '%s' (%s)".formatted(metricPhrase, metricId));
        }

        /** "return on assets (ROA)": once one name is taken, the other names of the same metric are read too. */
        private void blankOtherNames(List<Words.Token> tokens) {
            for (Name n : names) {
                if (!n.id().equals(metricId)) continue;
                for (int i = 0; i < tokens.size(); i++) {
                    if (!matchesAt(tokens, i, n.words())) continue;
                    for (int c = tokens.get(i).start(); c < tokens.get(i + n.words().size() - 1).end(); c++) open.setCharAt(c, '|');
                }
            }
        }

        private boolean better(boolean paren, int length, boolean bestParen, int bestLength) {
            if (paren != bestParen) return paren;
            return length > bestLength;
        }

        /** With no catalog name found, a defined name written in the question sentence is the metric. */
        private void definedInSentence(List<Words.Token> tokens, List<Definition> definitions) {
            for (Definition d : definitions) {
                for (String key : d.keys()) {
                    List<String> words = List.of(key.split(" "));
                    for (int i = 0; i < tokens.size(); i++) {
                        if (!key.isEmpty() && matchesAt(tokens, i, words)) {
                            take(tokens, i, words.size());
                            recognised.add("metric '%s' (defined in the question)".formatted(metricPhrase));
                            return;
                        }
                    }
                }
            }
        }

        private void take(List<Words.Token> tokens, int at, int length) {
            int start = tokens.get(at).start();
            int end = tokens.get(at + length - 1).end();
            metricPhrase = sentence.substring(start, end);
            Matcher abbr = Pattern.compile("^\\s*\\(([^()]+)\\)").matcher(sentence.substring(end));
            if (abbr.find()) {
                abbreviation = abbr.group(1);
                end += abbr.end();
            }
            for (int i = start; i < end; i++) open.setCharAt(i, '|');
        }

        private boolean fillsParenthesis(int start, int end) {
            String before = sentence.substring(0, start).stripTrailing();
            String after = sentence.substring(end).stripLeading();
            return before.endsWith("(") && after.startsWith(")");
        }

        private String formula(Definitions definitions, List<Definition> written, List<String[]> hints) {
            String formula = null;
            if (!written.isEmpty()) formula = fromDefinition(definitions, written);
            for (String[] hint : hints) {
                String f = fromHint(hint);
                if (f != null && formula == null) formula = f;
            }
            if (formula != null) recognised.add("formula " + formula);
            return formula;
        }

        private String fromDefinition(Definitions definitions, List<Definition> written) {
            Set<String> wanted = wantedKeys();
            for (Definition d : written) {
                if (d.keys().stream().anyMatch(wanted::contains)) return compiled(definitions.compile(d));
            }
            for (Definition d : written) {
                String key = d.keys().get(0);
                if (metricPhrase != null && isMarginOf(Words.key(metricPhrase), key)) {
                    String f = compiled(definitions.compile(d));
                    return f == null ? null : (f.contains(" ") ? "(" + f + ")" : f) + " / revenue";
                }
            }
            problems.add("the question defines %s but asks for %s".formatted(
                    written.stream().map(d -> "'" + d.name() + "'").toList(), metricPhrase == null ? "no recognisable metric" : "'" + metricPhrase + "'"));
            return null;
        }

        private Set<String> wantedKeys() {
            Set<String> wanted = new LinkedHashSet<>();
            if (metricPhrase != null) wanted.add(Words.key(metricPhrase));
            if (abbreviation != null) wanted.add(Words.key(abbreviation));
            if (metricId != null) wanted.addAll(metricKeys.get(metricId));
            wanted.remove("");
            return wanted;
        }

        private boolean isMarginOf(String phrase, String defined) {
            return phrase.equals(defined + " margin") || phrase.equals(defined + " as a percent of revenue")
                    || phrase.equals(defined + " to revenue");
        }

        private String compiled(Compiled c) {
            problems.addAll(c.problems());
            return c.formula();
        }

        /** Reads a using-clause into {@link #inputs}; returns a formula only for payout and retention ratios. */
        private String fromHint(String[] hint) {
            List<Terms.Term> found = hintTerms(Definitions.SOURCE_NOTE.matcher(hint[1]).replaceAll(" "));
            if (found == null) return null;
            found.forEach(t -> inputs.add(t.at(0)));
            recognised.add("inputs " + inputs);
            String subject = hint[0] != null ? Words.key(hint[0]) : metricPhrase == null ? "" : Words.key(metricPhrase);
            Terms.Term dividends = found.stream().filter(t -> t.id().equals("dividends_paid")).findFirst().orElse(null);
            Terms.Term income = found.stream().filter(t -> t.id().startsWith("net_income")).findFirst().orElse(null);
            if (found.size() != 2 || dividends == null || income == null) return null;
            String ratio = dividends.at(0) + " / " + income.at(0);
            if (subject.contains("payout")) return ratio;
            if (subject.contains("retention")) return "1 - " + ratio;
            return null;
        }

        /** Splits "A and B, C" into known terms, joining pieces where a term's own name holds "and" (D and A). */
        private List<Terms.Term> hintTerms(String text) {
            String[] pieces = text.strip().replaceAll("[.;]+$", "").split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
            List<Terms.Term> out = new ArrayList<>();
            int i = 0;
            while (i < pieces.length) {
                int j = pieces.length;
                Optional<Terms.Term> t = Optional.empty();
                while (j > i && (t = terms.find(String.join(" and ", List.of(pieces).subList(i, j)))).isEmpty()) j--;
                if (t.isEmpty()) {
                    problems.add("'using' clause names an unknown term '%s'".formatted(pieces[i].strip()));
                    return null;
                }
                out.add(t.get());
                i = j;
            }
            return out;
        }

        /** Every word of the question sentence must have been read as company, period, metric or format. */
        private void checkWholeSentenceRead() {
            List<String> left = Words.tokens(open.toString()).stream().map(Words.Token::norm)
                    .filter(w -> !w.equals(Words.BARRIER) && !SENTENCE_WORDS.contains(w)).toList();
            if (!left.isEmpty() && metricPhrase != null) {
                problems.add("words not understood in the question: '%s'".formatted(String.join(" ", left)));
            }
        }
    }

    private static boolean matchesAt(List<Words.Token> tokens, int at, List<String> words) {
        if (at + words.size() > tokens.size()) return false;
        for (int k = 0; k < words.size(); k++) if (!tokens.get(at + k).norm().equals(words.get(k))) return false;
        return true;
    }

    private static void blankAll(StringBuilder text, Pattern p) {
        Matcher m = p.matcher(text.toString());
        while (m.find()) Periods.blank(text, m);
    }
}
