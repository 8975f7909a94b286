package io.tickmark.search;

import io.tickmark.ask.QuestionParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches the index with a question as a user types it: the company is read from the question (the metric
 * parser's company mention, else any indexed company name or ticker written in it), the fiscal year is the
 * latest year it names, instructions to the answerer ("round to two decimal places", "answer in USD
 * millions") are dropped, and a statement it names ("the cash flow statement") adds that statement's title.
 * When the filters leave nothing, the year and then the company are let go, and the result says so.
 */
public final class QuestionSearch {
    private static final Pattern YEAR = Pattern.compile("(?i)(?:\\bFY\\s?'?|\\bQ[1-4]\\s?'?|\\b)((?:19|20)\\d{2})\\b");
    private static final Pattern SHORT_YEAR = Pattern.compile("(?i)\\bFY\\s?'?(\\d{2})\\b");
    private static final Pattern PARTS = Pattern.compile("(?<=[.?!:;])\\s+");
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)\\b(?:answer|respon[sd]\\w*|round\\w*|decimal|units?\\s+of|"
            + "assume|analyst|perspective|please|state\\s+that|explain|best\\s+of\\s+your|judg\\w*|question|calculat\\w*|comput\\w*)\\b");
    private static final Pattern FORMAT = Pattern.compile("(?i)\\(?\\b(?:in\\s+)?(?:USD|US\\$)\\s*(?:millions|billions|thousands)?\\)?|\\bFY\\s?(?=\\d)");
    private static final Map<Pattern, String> STATEMENTS = Map.of(
            Pattern.compile("(?i)\\b(?:balance\\s+sheets?|statements?\\s+of\\s+financial\\s+position)\\b"), "consolidated balance sheets total assets liabilities",
            Pattern.compile("(?i)\\b(?:cash\\s+flows?\\s+statements?|statements?\\s+of\\s+cash\\s+flows?)\\b"), "consolidated statements of cash flows activities",
            Pattern.compile("(?i)\\b(?:income\\s+statements?|statements?\\s+of\\s+(?:income|operations|earnings)|P&L)\\b"), "consolidated statements of income operations net revenue");
    private static final Pattern QUESTION_WORDS = Pattern.compile("(?i)\\b(?:what|which|who|whom|whose|how|why|when|where|is|are|was|were|"
            + "does|do|did|has|have|had|can|could|would|should|will|any|there|this|that|these|those|its|their|it|they|"
            + "based|data|as\\s+of|compared?|between|during|year|fiscal|company|business|report(?:ed)?)\\b");
    private static final QuestionParser PARSER = new QuestionParser(Map.of());

    private final SearchIndex index;

    public QuestionSearch(SearchIndex index) {
        this.index = index;
    }

    /** What was searched for a question: the cleaned query, the filters read and applied, the passages, and notes. */
    public record Result(String query, Filters filters, List<Passage> passages, List<String> notes) {
        public Result {
            passages = List.copyOf(passages);
            notes = List.copyOf(notes);
        }
    }

    /** The best k passages for the question, one per page, best first. */
    public Result search(String question, int k) throws IOException {
        if (question == null || question.isBlank()) throw new IllegalArgumentException("the question is empty: type what to look for");
        List<String> notes = new ArrayList<>();
        List<String> companies = companies(question);
        Integer year = year(question);
        String query = query(question, companies);
        String company = companies.isEmpty() ? null : companies.get(0);
        Filters filters = new Filters(company, null, year);
        List<Passage> found = index.search(query, filters, k);
        if (found.isEmpty() && year != null) {
            notes.add("no passage of FY" + year + (company == null ? "" : " for " + company) + "; searched all years");
            filters = filters.withFiscalYear(null);
            found = index.search(query, filters, k);
        }
        if (found.isEmpty() && company != null) {
            notes.add("no passage for " + company + "; searched all companies");
            filters = Filters.none();
            found = index.search(query, filters, k);
        }
        if (company == null) notes.add("no indexed company named in the question; searched all companies");
        return new Result(query, filters, found, notes);
    }

    /** The indexed company names the question means (only one company's names, or none). */
    List<String> companies(String question) throws IOException {
        for (String mention : PARSER.parse(question).companyMentions()) {
            List<String> names = index.resolveCompany(mention);
            if (!names.isEmpty()) return names;
        }
        return written(question);
    }

    /** Indexed names or tickers written in the question: the longest run of capitalised words that names one. */
    private List<String> written(String question) throws IOException {
        String[] words = question.split("[\\s?!,;:()\"“”]+");
        for (int length = 4; length >= 1; length--) {
            Set<String> found = new LinkedHashSet<>();
            for (int i = 0; i + length <= words.length; i++) {
                if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0)) && !Character.isDigit(words[i].charAt(0))) continue;
                String phrase = String.join(" ", List.of(words).subList(i, i + length)).replaceAll("['’]s?$", "");
                if (Names.key(phrase).length() < 2) continue;
                found.addAll(exactOrTicker(phrase));
            }
            if (!found.isEmpty() && new TreeSet<>(found.stream().map(Names::key).toList()).size() == 1) return List.copyOf(found);
        }
        return List.of();
    }

    private List<String> exactOrTicker(String phrase) throws IOException {
        List<String> names = index.resolveCompany(phrase);
        return names;
    }

    /** The latest year the question names ("FY2022", "2019", "Q2'2023", "FY21"), or null. */
    static Integer year(String question) {
        Integer latest = null;
        Matcher m = YEAR.matcher(question);
        while (m.find()) latest = max(latest, Integer.parseInt(m.group(1)));
        Matcher s = SHORT_YEAR.matcher(question);
        while (s.find()) latest = max(latest, 2000 + Integer.parseInt(s.group(1)));
        return latest;
    }

    private static Integer max(Integer a, int b) {
        return a == null ? b : Math.max(a, b);
    }

    /** The question without the company's name (the filter already holds it; the name would only match covers). */
    private static String withoutName(String query, String company) {
        String first = company.split("[\\s,]+")[0];
        if (first.length() < 2 || first.equalsIgnoreCase("the")) return query;
        return query.replaceAll("(?i)\\b" + Pattern.quote(first) + "(?:['’]s?)?", " ");
    }

    /** The question without instructions to the answerer and format words, with the titles of statements it names. */
    static String query(String question, List<String> companies) {
        List<String> kept = new ArrayList<>();
        for (String part : PARTS.split(question.strip())) {
            if (!INSTRUCTION.matcher(part).find() || part.endsWith("?")) kept.add(part);
        }
        if (kept.isEmpty()) kept.add(question);
        String query = FORMAT.matcher(String.join(" ", kept)).replaceAll(" ");
        query = QUESTION_WORDS.matcher(query).replaceAll(" ");
        for (String company : companies) query = withoutName(query, company);
        StringBuilder extra = new StringBuilder();
        STATEMENTS.forEach((p, title) -> {
            if (p.matcher(question).find()) extra.append(' ').append(title);
        });
        return (query + extra).replaceAll("\\s+", " ").strip();
    }
}
