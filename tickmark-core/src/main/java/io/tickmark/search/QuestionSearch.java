package io.tickmark.search;

import io.tickmark.ask.QuestionParser;
import io.tickmark.statement.StatementType;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
 * latest year it names, a quarter or first half it names (read by the metric parser's period rules) ranks the
 * filings reporting on it higher without excluding the others, instructions to the answerer ("round to two decimal places", "answer in USD
 * millions") are dropped, and a statement it names ("the cash flow statement") adds that statement's title.
 * When the filters leave nothing, the year and then the company are let go, and the result says so.
 */
public final class QuestionSearch {
    /** A year, not inside a longer run of ASCII letters or digits ("\b" would also refuse "科技2019年": Han characters are letters to it). */
    private static final Pattern YEAR = Pattern.compile("(?i)(?:\\bFY\\s?'?|\\bQ[1-4]\\s?'?|(?<![A-Za-z0-9]))((?:19|20)\\d{2})(?![A-Za-z0-9])");
    private static final Pattern SHORT_YEAR = Pattern.compile("(?i)\\bFY\\s?'?(\\d{2})\\b");
    private static final Pattern QUARTER_NAME = Pattern.compile("\\bQ([1-4])\\b|\\b([1-4])Q\\b");
    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};
    private static final Pattern PARTS = Pattern.compile("(?<=[.?!:;])\\s+");
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)\\b(?:answer|respon[sd]\\w*|round\\w*|decimal|units?\\s+of|"
            + "assume|analyst|perspective|please|state\\s+that|explain|best\\s+of\\s+your|judg\\w*|question|calculat\\w*|comput\\w*)\\b");
    private static final Pattern FORMAT = Pattern.compile("(?i)\\(?\\b(?:in\\s+)?(?:USD|US\\$)\\s*(?:millions|billions|thousands)?\\)?|\\bFY\\s?(?=\\d)");
    private static final Pattern QUESTION_WORDS = Pattern.compile("(?i)\\b(?:what|which|who|whom|whose|how|why|when|where|is|are|was|were|"
            + "does|do|did|has|have|had|can|could|would|should|will|any|there|this|that|these|those|its|their|it|they|"
            + "based|data|as\\s+of|compared?|between|during|year|fiscal|company|business|report(?:ed)?|much|many|vs|versus|we|our)\\b");
    private static final QuestionParser PARSER = new QuestionParser(Map.of());

    private final SearchIndex index;

    public QuestionSearch(SearchIndex index) {
        this.index = index;
    }

    /**
     * What was searched for a question: the cleaned query, the filters read and applied, the passages, and notes;
     * {@code unknownCompany} is a company the question names that no indexed filing is of (null when none): the
     * passages are then from other companies, and an answer must not be drawn from them.
     */
    public record Result(String query, Filters filters, List<Passage> passages, List<String> notes, String unknownCompany) {
        public Result {
            passages = List.copyOf(passages);
            notes = List.copyOf(notes);
        }

        public Result(String query, Filters filters, List<Passage> passages, List<String> notes) {
            this(query, filters, passages, notes, null);
        }
    }

    /** The best k passages for the question, one per page, best first. */
    public Result search(String question, int k) throws IOException {
        return search(question, Filters.none(), k);
    }

    /**
     * The best k passages for the question within the filters the user gave, one per page, best first: what the
     * filters name (company, fiscal year) is not read from the text, and a filter given is never dropped; what the
     * question says is read as ever and widened when it finds nothing.
     */
    public Result search(String question, Filters given, int k) throws IOException {
        if (question == null || question.isBlank()) throw new IllegalArgumentException("the question is empty: type what to look for");
        Filters g = given == null ? Filters.none() : given;
        List<String> notes = new ArrayList<>();
        List<String> companies = g.company() != null ? index.resolveCompany(g.company()) : companies(question);
        Integer year = g.fiscalYear() != null ? g.fiscalYear() : year(question);
        QueryExpansion.Expanded expanded = QueryExpansion.standard().expand(question);
        String query = (query(question, companies, mentions(question)) + " " + expanded.terms()).strip();
        if (Languages.chinese(question)) {
            // the company's name would only match its cover and running heads: search the rest of the question
            String words = question;
            for (String alias : chineseAliases(question, companies)) words = words.replace(alias, " ");
            // the year is a filter; as words it would match the running head of every page (2019年年度报告)
            String kept = CHINESE_QUESTION_WORDS.matcher(CHINESE_YEAR.matcher(words).replaceAll(" ")).replaceAll(" ").replaceAll("\\s+", " ").strip();
            query = kept.isEmpty() ? words.strip() : kept;
        }
        if (query.isBlank()) query = question.strip();
        String company = g.company() != null ? g.company() : companies.isEmpty() ? null : companies.get(0);
        Filters filters = new Filters(company, g.documentType(), year, g.period(), g.filedAfter(), g.filedBefore());
        Priors statements = priors(question, expanded.statements());
        Map<String, Float> filings = new HashMap<>();
        if (year == null && company != null) filings.putAll(latest(companies));
        FiscalPeriod period = period(question);
        if (period != null) {
            int covering = 0;
            for (Filing f : index.filings()) {
                if (f.periods().contains(period) && (companies.isEmpty() || companies.contains(f.company()))) {
                    filings.merge(f.sha256(), PERIOD_BOOST, (a, b) -> a * b);
                    covering++;
                }
            }
            notes.add(covering == 0 ? period + " read from the question; no indexed filing" + (company == null ? "" : " of " + company) + " reports on it"
                    : period + " read from the question: the " + covering + " filing" + (covering == 1 ? "" : "s") + " reporting on it rank higher");
        }
        if (!filings.isEmpty()) statements = statements.withFilings(filings);
        // the embedding model reads the question as written: measured better than its keywords or its sentences
        // without instructions and company name (evidence top 5 0.890 vs 0.846 and 0.868, MiniLM-q)
        List<Passage> found = index.search(query, question, filters, k, statements);
        if (found.isEmpty() && year != null && g.fiscalYear() == null) {
            notes.add("no passage of FY" + year + (company == null ? "" : " for " + company) + "; searched all years");
            filters = filters.withFiscalYear(null);
            found = index.search(query, question, filters, k, statements);
        }
        if (found.isEmpty() && company != null && g.company() == null) {
            notes.add("no passage for " + company + "; searched all companies");
            filters = filters.withCompany(null);
            found = index.search(query, question, filters, k, statements);
        }
        String unknown = null;
        if (company == null) {
            List<String> named = mentions(question).stream().filter(QuestionSearch::nameLike).toList();
            if (named.isEmpty()) {
                notes.add("no indexed company named in the question; searched all companies");
            } else {
                unknown = named.get(0);
                List<String> known = index.companies();
                notes.add(0, unknown + " is not in the search index: ingest its filings first (indexed: "
                        + String.join(", ", known.subList(0, Math.min(8, known.size()))) + (known.size() > 8 ? ", … " + known.size() + " in all" : "")
                        + "); the passages are from other companies");
            }
        }
        return new Result(query, filters, found, notes, unknown);
    }

    /** A statement the question names outright ("using the cash flow statement"): its pages hold the answer. */
    private static final Map<StatementType, Pattern> NAMED_STATEMENT = Map.of(
            StatementType.BALANCE_SHEET,
            Pattern.compile("(?i)\\bbalance\\s+sheets?\\b|\\bstatements?\\s+of\\s+(?:consolidated\\s+)?financial\\s+(?:position|condition)\\b"),
            StatementType.INCOME_STATEMENT,
            Pattern.compile("(?i)\\bincome\\s+statements?\\b|\\bstatements?\\s+of\\s+(?:consolidated\\s+)?(?:income|operations|earnings)\\b|\\bP\\s?&\\s?L\\b|\\bprofit\\s+and\\s+loss\\b"),
            StatementType.CASH_FLOW,
            Pattern.compile("(?i)\\bcash\\s+flows?\\s+statements?\\b|\\bstatements?\\s+of\\s+(?:consolidated\\s+)?cash\\s+flows?\\b"));
    /** What a Chinese question asks with, not about: 是多少, 是什么, 哪些, 如何, 吗, 的 ... and its punctuation. */
    private static final Pattern CHINESE_QUESTION_WORDS = Pattern.compile(
            "是多少|是什么|是谁|为多少|有多少|多少|什么|哪些|哪个|哪里|如何|怎么样|怎样|怎么|为什么|是否|有没有|请问|分别|谁|吗|呢|吧|的|了|[？?，,。！!：:；;、“”\"（）()]");
    /** "2019年", "2019年度" in a Chinese question: taken out of its search words (the year is a filter). */
    private static final Pattern CHINESE_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}\\s*年度?");
    /** A quarter, a part of a year, or a quarterly filing named in the question. */
    private static final Pattern QUARTER = Pattern.compile(
            "(?i)\\bQ[1-4]\\b|\\b[1-4]Q(?:\\d{2})?\\b|\\bquarter(?:ly)?\\b|\\b(?:three|six|nine)\\s+months\\b|\\b(?:first|second)\\s+half\\b|\\b10-?Q\\b|\\byear[- ]to[- ]date\\b");
    /** A release or current report named in the question. */
    private static final Pattern RELEASE = Pattern.compile("(?i)\\b(?:earnings|press|news)\\s+release\\b|\\b8-?K\\b|\\bannounce(?:d|ment)?\\b");
    /** An annual report named in the question ("mentioned in this 10-K", "the annual report"). */
    private static final Pattern ANNUAL = Pattern.compile("(?i)\\b10-?K\\b|\\bannual\\s+report\\b|\\b20-?F\\b");
    /** A measure companies define themselves (adjusted, non-GAAP, EBITDA): earnings releases are where they report and reconcile it. */
    private static final Pattern NON_GAAP = Pattern.compile("(?i)\\badjusted\\b|\\bnon[- ]?GAAP\\b|\\bEBITDAR?\\b");
    /** How much higher the company's latest filings rank when the question names no year ("in the future", "historically"). */
    static final float LATEST_BOOST = 1.3f;
    /** How recent a filing must be, in days before the company's latest period end, to count among its latest. */
    private static final int LATEST_DAYS = 366;

    /**
     * How much higher the filings that report on the quarter or half the question names rank (a second-quarter
     * 10-Q for "Q2 of FY2023"). A factor, not a filter. Measured on the 8 FinanceBench questions that name a quarter or
     * half (eval evidence, 91 questions, keywords): 1.5, 3.0 and a hard period filter (let go when it leaves nothing)
     * each moved one question from rank 4 to 3 and changed no other rank (top 1/5/10 0.484 / 0.890 / 0.912 in all).
     * The filter ties only because the sample holds no quarterly report of a company whose answer to "in Q2 of
     * FY2022" is in its 10-K (one such question does: the dividends paid each quarter); a filter would drop that
     * 10-K whenever the company's Q2 10-Q is indexed too, a factor only ranks the 10-Q first.
     */
    static final float PERIOD_BOOST = 1.5f;

    /**
     * The quarter or first half the question names, read by the metric parser's period rules ("Q2 of FY2023",
     * "second quarter of fiscal 2023", "Q2'2023", "H1 FY2023"), or null.
     */
    static FiscalPeriod period(String question) {
        Integer q = QuestionParser.quarterOf(question);
        if (q != null) return FiscalPeriod.quarter(q);
        Integer h = QuestionParser.halfOf(question);
        return h != null && h == 1 ? FiscalPeriod.H1 : null;
    }

    /** How much higher a page ranks that prints a statement the question names outright, or one a metric it names needs. */
    static final float NAMED_STATEMENT_BOOST = 3.0f;
    static final float NEEDED_STATEMENT_BOOST = 2.5f;
    /** How much higher interim filings rank when the question names a quarter or a release. */
    static final float INTERIM_BOOST = 1.4f;
    /** A question about a fiscal year that names no quarter: a quarterly report holds only part of the year. */
    static final float QUARTERLY_FOR_YEAR = 0.75f;

    /** Where the question says its answer is printed: statements it names or needs, section headings its words point to, the kind of filing. */
    static Priors priors(String question, Set<StatementType> needed) {
        Map<StatementType, Float> statements = new EnumMap<>(StatementType.class);
        for (var t : needed) statements.put(t, NEEDED_STATEMENT_BOOST);
        NAMED_STATEMENT.forEach((t, p) -> {
            if (p.matcher(question).find()) statements.put(t, NAMED_STATEMENT_BOOST);
        });
        Map<String, Float> forms = new HashMap<>();
        if (QUARTER.matcher(question).find()) {
            for (String f : List.of("10-Q", "10-QT", "8-K", "6-K", Filing.RELEASE)) forms.put(f, INTERIM_BOOST);
        } else if (year(question) != null) {
            forms.put("10-Q", QUARTERLY_FOR_YEAR);
            forms.put("10-QT", QUARTERLY_FOR_YEAR);
        }
        if (RELEASE.matcher(question).find() || NON_GAAP.matcher(question).find()) {
            for (String f : List.of("8-K", "6-K", Filing.RELEASE)) forms.put(f, INTERIM_BOOST);
        }
        if (ANNUAL.matcher(question).find()) {
            for (String f : Filing.ANNUAL) forms.put(f, INTERIM_BOOST);
        }
        return new Priors(statements, SectionPriors.standard().matching(question), forms, Map.of());
    }

    /** Factors for the company's latest filings: those whose period ended within a year of its latest period end. */
    private Map<String, Float> latest(List<String> companies) throws IOException {
        List<Filing> of = index.filings().stream().filter(f -> companies.contains(f.company()) && f.periodEnd() != null).toList();
        LocalDate last = of.stream().map(Filing::periodEnd).max(LocalDate::compareTo).orElse(null);
        Map<String, Float> out = new HashMap<>();
        if (last == null) return out;
        for (Filing f : of) if (!f.periodEnd().isBefore(last.minusDays(LATEST_DAYS))) out.put(f.sha256(), LATEST_BOOST);
        return out;
    }

    /** The indexed company names the question means (only one company's names, or none). */
    List<String> companies(String question) throws IOException {
        if (Languages.chinese(question)) return chinese(question);
        for (String mention : mentions(question)) {
            List<String> names = index.resolveCompany(mention);
            if (!names.isEmpty()) return names;
        }
        List<String> written = written(question);
        if (!written.isEmpty()) return written;
        List<String> candidates = new ArrayList<>(mentions(question));
        for (String word : question.split("[\\s?!,;:()\"“”]+")) {
            String w = word.replaceAll("['’]s?$", "");
            if (w.length() >= 3 && w.chars().filter(Character::isUpperCase).count() >= 2) candidates.add(w);
        }
        for (String mention : candidates) {
            List<String> names = abbreviated(mention);
            if (names.size() == 1) return names;
        }
        return List.of();
    }

    /**
     * The indexed company a Chinese question names by its full name, short name (简称) or stock code, as the report's
     * cover prints them (the longest name written wins; none when it names two companies).
     */
    private List<String> chinese(String question) throws IOException {
        String q = question.replaceAll("\\s+", "");
        String best = null;
        int longest = 0;
        Set<String> companies = new LinkedHashSet<>();
        for (Filing f : index.filings()) {
            List<String> aliases = new ArrayList<>(f.tickers());
            aliases.add(f.company());
            for (String alias : aliases) {
                String a = alias.replaceAll("\\s+", "");
                if (a.length() < 2 || !q.contains(a)) continue;
                companies.add(f.company());
                if (a.length() > longest) {
                    longest = a.length();
                    best = f.company();
                }
            }
        }
        return best == null || companies.size() > 1 ? List.of() : List.of(best);
    }

    /** The names a Chinese question gives the company (full, short, code), taken out of its search words like an English name. */
    private List<String> chineseAliases(String question, List<String> companies) throws IOException {
        String q = question.replaceAll("\\s+", "");
        List<String> out = new ArrayList<>();
        for (Filing f : index.filings()) {
            if (!companies.contains(f.company())) continue;
            List<String> aliases = new ArrayList<>(f.tickers());
            aliases.add(f.company());
            for (String a : aliases) if (a.length() >= 2 && q.contains(a.replaceAll("\\s+", "")) && !out.contains(a)) out.add(a);
        }
        out.sort((a, b) -> b.length() - a.length());
        return out;
    }

    private static List<String> mentions(String question) {
        return PARSER.parse(question).companyMentions();
    }

    /** An abbreviation of the trade ("M&A", "R&D", "P&L") or a date ("August 30"): what the parser takes for a company, but no company. */
    private static final Pattern NOT_A_NAME = Pattern.compile("^[A-Z]{1,4}\\s?[&/]\\s?[A-Z]{1,4}$|^(?i:January|February|March|April|May|June|July|August|September|October|November|December)\\b.*");

    /** Whether a company mention of the metric parser reads as a company's name. */
    static boolean nameLike(String mention) {
        return mention != null && !mention.isBlank() && !NOT_A_NAME.matcher(mention.strip()).matches();
    }

    /** Indexed names a mention abbreviates by the first letters of their words ("AMEX": AMerican EXpress). */
    private List<String> abbreviated(String mention) throws IOException {
        String key = Names.key(mention);
        if (key.length() < 3) return List.of();
        List<String> out = new ArrayList<>();
        for (String company : index.companies()) {
            List<String> words = new ArrayList<>();
            for (String w : Names.words(company)) words.add(w);
            if (words.size() >= 2 && prefixes(key, words, 0, 0)) out.add(company);
        }
        return out;
    }

    private static boolean abbreviates(String word, List<String> companies) {
        String key = Names.key(word);
        return companies.stream().anyMatch(c -> Names.words(c).size() >= 2 && prefixes(key, Names.words(c), 0, 0));
    }

    /** Whether {@code key} from {@code at} is made of non-empty prefixes of consecutive words from {@code word}, using two words or more. */
    private static boolean prefixes(String key, List<String> words, int word, int at) {
        if (at == key.length()) return word >= 2;
        if (word >= words.size()) return false;
        String w = words.get(word);
        for (int n = Math.min(w.length(), key.length() - at); n >= 1; n--) {
            if (key.regionMatches(at, w, 0, n) && prefixes(key, words, word + 1, at + n)) return true;
        }
        return false;
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
        for (String word : Names.words(company)) {
            if (word.length() < 2) continue;
            query = query.replaceAll("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?:['’]s?)?(?![\\p{L}\\p{N}])", " ");
        }
        return query;
    }

    /** The question without instructions to the answerer and format words, with the titles of statements it names. */
    static String query(String question, List<String> companies) {
        return query(question, companies, List.of());
    }

    /** The same, also without the company as the question writes it ("AMEX"), when a company was found. */
    static String query(String question, List<String> companies, List<String> mentions) {
        List<String> kept = new ArrayList<>();
        for (String part : PARTS.split(question.strip())) {
            if (!INSTRUCTION.matcher(part).find() || part.endsWith("?")) kept.add(part);
        }
        if (kept.isEmpty()) kept.add(question);
        // filings print four-digit years: "FY21" is searched as 2021, not as the number 21
        String joined = SHORT_YEAR.matcher(String.join(" ", kept)).replaceAll("20$1");
        // filings write "second quarter", analysts "Q2" or "2Q"
        Matcher quarter = QUARTER_NAME.matcher(joined);
        joined = quarter.replaceAll(m -> ORDINALS[Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) - 1] + " quarter");
        String query = FORMAT.matcher(joined).replaceAll(" ");
        query = QUESTION_WORDS.matcher(query).replaceAll(" ");
        for (String company : companies) query = withoutName(query, company);
        if (!companies.isEmpty()) for (String mention : mentions) query = withoutName(query, mention);
        if (!companies.isEmpty()) {
            for (String word : question.split("[\\s?!,;:()\"“”]+")) {
                String w = word.replaceAll("['’]s?$", "");
                if (w.length() >= 3 && w.chars().filter(Character::isUpperCase).count() >= 2 && abbreviates(w, companies)) query = withoutName(query, w);
            }
        }
        return query.replaceAll("\\s+", " ").strip();
    }
}
