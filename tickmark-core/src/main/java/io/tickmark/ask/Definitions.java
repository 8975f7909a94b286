package io.tickmark.ask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the English definitions written in a question into the formula language, relative to the
 * asked year Y: "FY2019 revenue" is {@code revenue} when Y is 2019 and {@code revenue@-1} when Y is 2020;
 * "average X between FY2018 and FY2019" is {@code avg(X)}; "change in X between FY2018 and FY2019" is
 * {@code change(X)}; a definition naming another ("DIO + DSO - DPO") has the other inlined in parentheses.
 * Any word, year or operator not understood makes the whole definition not understood.
 *
 * <p>Canonical output: binary operators between single spaces, no space inside parentheses or calls,
 * unary minus attached to its operand, and parentheses around a single operand dropped
 * ("(FY2019 COGS)" becomes {@code cost_of_revenue}); other parentheses are kept as written.
 */
final class Definitions {
    /** A definition as written: the name defined and the English body. */
    record Definition(String name, String body) {
        /** The normalised names this definition answers to: the name and an abbreviation in parentheses. */
        List<String> keys() {
            List<String> keys = new ArrayList<>();
            Matcher m = Pattern.compile("\\(([^()]+)\\)").matcher(name);
            keys.add(Words.key(m.replaceAll(" ")));
            m.reset();
            while (m.find()) keys.add(Words.key(m.group(1)));
            return keys;
        }
    }

    /** The formula of one definition, or the reasons it was not understood. */
    record Compiled(String formula, List<String> problems) {
    }

    private static final String YEAR = "FY\\s?(\\d{4})";
    private static final String SPAN = "(?:\\s+(?:between|from)\\s+" + YEAR + "\\s+(?:and|to)\\s+" + YEAR + ")?";
    private static final Pattern AVERAGE = Pattern.compile("(?i)^(?:the\\s+)?average\\s+(?:of\\s+)?(.+?)" + SPAN + "$");
    private static final Pattern CHANGE = Pattern.compile("(?i)^(?:the\\s+)?(?:change|increase)\\s+in\\s+(.+?)" + SPAN + "$");
    private static final Pattern SINGLE_YEAR = Pattern.compile("(?i)(?:\\b(?:in|for|during|of)\\s+)?\\b" + YEAR + "(?:'s)?\\b");
    private static final Pattern OPERATOR_WORDS = Pattern.compile("(?i)\\b(divided by|multiplied by|over|times|plus|minus|less)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final String STATEMENT = "(?:as\\s+)?(?:reported\\s+)?(?:from|on|in)\\s+(?:the\\s+)?(?:cash\\s+flows?\\s+statement|statement\\s+of\\s+cash\\s+flows"
            + "|income\\s+statement|statement\\s+of\\s+income|balance\\s+sheet|p&l(?:\\s+statement)?)";
    /** "from the cash flow statement", "(from cash flow statement)": where to read a line item, not part of its name. */
    static final Pattern SOURCE_NOTE = Pattern.compile("(?i)\\s*\\(\\s*" + STATEMENT + "\\s*\\)|\\s+\\b" + STATEMENT + "\\b");

    private final List<Definition> definitions;
    private final Terms terms;
    private final Integer year;

    Definitions(List<Definition> definitions, Terms terms, Integer year) {
        this.definitions = List.copyOf(definitions);
        this.terms = terms;
        this.year = year;
    }

    /** The definition answering to a normalised name, if the question has one. */
    Optional<Definition> named(String key) {
        return definitions.stream().filter(d -> d.keys().contains(key)).findFirst();
    }

    /** Translates one definition, inlining the others it names. */
    Compiled compile(Definition d) {
        List<String> problems = new ArrayList<>();
        List<Item> items = items(d, new HashSet<>(), problems);
        if (!problems.isEmpty()) return new Compiled(null, problems);
        try {
            return new Compiled(new Printer(items).print(), List.of());
        } catch (IllegalArgumentException e) {
            return new Compiled(null, List.of("definition of '%s' is not a well-formed formula: %s".formatted(d.name(), e.getMessage())));
        }
    }

    private enum Kind { OPERAND, OP, OPEN, CLOSE }

    private record Item(Kind kind, String text) {
    }

    private List<Item> items(Definition d, Set<String> visiting, List<String> problems) {
        if (!visiting.add(d.name())) {
            problems.add("definition of '%s' refers back to itself".formatted(d.name()));
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        String body = SOURCE_NOTE.matcher(d.body()).replaceAll(" ").trim();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean minus = (c == '-' || c == '–') && (i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)));
            if ("()+*/×÷".indexOf(c) >= 0 || minus) {
                flush(run, d, items, visiting, problems);
                items.add(symbol(c));
            } else {
                run.append(c);
            }
        }
        flush(run, d, items, visiting, problems);
        visiting.remove(d.name());
        return items;
    }

    private static Item symbol(char c) {
        return switch (c) {
            case '(' -> new Item(Kind.OPEN, "(");
            case ')' -> new Item(Kind.CLOSE, ")");
            case '×' -> new Item(Kind.OP, "*");
            case '÷' -> new Item(Kind.OP, "/");
            case '–' -> new Item(Kind.OP, "-");
            default -> new Item(Kind.OP, String.valueOf(c));
        };
    }

    private void flush(StringBuilder run, Definition d, List<Item> items, Set<String> visiting, List<String> problems) {
        String text = run.toString();
        run.setLength(0);
        Matcher m = OPERATOR_WORDS.matcher(text);
        int at = 0;
        while (m.find()) {
            operand(text.substring(at, m.start()), d, items, visiting, problems);
            items.add(new Item(Kind.OP, operatorOf(m.group(1))));
            at = m.end();
        }
        operand(text.substring(at), d, items, visiting, problems);
    }

    private static String operatorOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "divided by", "over" -> "/";
            case "multiplied by", "times" -> "*";
            case "plus" -> "+";
            default -> "-";
        };
    }

    private void operand(String raw, Definition d, List<Item> items, Set<String> visiting, List<String> problems) {
        String text = raw.strip().replaceAll("[:.;,]+$", "").replaceAll("^[:,]+", "").strip();
        if (text.isEmpty()) return;
        if (NUMBER.matcher(text).matches()) {
            items.add(new Item(Kind.OPERAND, text));
            return;
        }
        Matcher avg = AVERAGE.matcher(text);
        Matcher change = CHANGE.matcher(text);
        if (avg.matches()) {
            call("avg", avg, text, d, items, visiting, problems);
        } else if (change.matches()) {
            call("change", change, text, d, items, visiting, problems);
        } else {
            single(text, d, items, visiting, problems);
        }
    }

    private void call(String fn, Matcher m, String text, Definition d, List<Item> items, Set<String> visiting, List<String> problems) {
        if (m.group(2) != null) checkSpan(text, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), d, problems);
        String inner = m.group(1);
        if (SINGLE_YEAR.matcher(inner).find()) {
            problems.add("definition of '%s': '%s' puts a year inside %s; expected 'between FY<Y-1> and FY<Y>'".formatted(d.name(), text, fn));
            return;
        }
        Optional<String> x = nameAt(inner, 0, d, visiting, problems);
        x.ifPresent(f -> items.add(new Item(Kind.OPERAND, fn + "(" + f + ")")));
    }

    private void checkSpan(String text, int from, int to, Definition d, List<String> problems) {
        if (year == null) {
            problems.add("definition of '%s' names years ('%s') but the question asks no fiscal year".formatted(d.name(), text));
        } else if (from != year - 1 || to != year) {
            problems.add("definition of '%s': '%s' does not span FY%d to FY%d, the asked year and the one before"
                    .formatted(d.name(), text, year - 1, year));
        }
    }

    private void single(String text, Definition d, List<Item> items, Set<String> visiting, List<String> problems) {
        Matcher y = SINGLE_YEAR.matcher(text);
        int offset = 0;
        int years = 0;
        while (y.find()) {
            years++;
            if (year == null) {
                problems.add("definition of '%s' names a year ('%s') but the question asks no fiscal year".formatted(d.name(), text));
                return;
            }
            offset = Integer.parseInt(y.group(1)) - year;
        }
        if (years > 1 || offset > 0 || offset < -1) {
            problems.add("definition of '%s': '%s' is not in FY%d or the year before".formatted(d.name(), text, year));
            return;
        }
        String name = SINGLE_YEAR.matcher(text).replaceAll(" ").strip();
        Optional<Definition> other = named(Words.key(name));
        if (other.isPresent() && other.get() != d) {
            if (offset != 0) {
                problems.add("definition of '%s': '%s' shifts a defined expression to another year, which is not supported".formatted(d.name(), text));
                return;
            }
            List<Item> inner = items(other.get(), visiting, problems);
            items.add(new Item(Kind.OPEN, "("));
            items.addAll(inner);
            items.add(new Item(Kind.CLOSE, ")"));
            return;
        }
        nameAt(name, offset, d, visiting, problems).ifPresent(f -> items.add(new Item(Kind.OPERAND, f)));
    }

    /** A name (another definition or a term) at an offset, as formula text. */
    private Optional<String> nameAt(String name, int offset, Definition d, Set<String> visiting, List<String> problems) {
        Optional<Definition> other = named(Words.key(name));
        if (other.isPresent() && other.get() != d && offset == 0) {
            List<String> sub = new ArrayList<>();
            List<Item> inner = items(other.get(), visiting, sub);
            problems.addAll(sub);
            if (!sub.isEmpty()) return Optional.empty();
            try {
                return Optional.of(new Printer(inner).print());
            } catch (IllegalArgumentException e) {
                problems.add("definition of '%s' is not a well-formed formula: %s".formatted(other.get().name(), e.getMessage()));
                return Optional.empty();
            }
        }
        Optional<Terms.Term> t = terms.find(name);
        if (t.isEmpty()) {
            problems.add("definition of '%s': unknown term '%s' (not a line item, metric or other definition)".formatted(d.name(), name.strip()));
            return Optional.empty();
        }
        return Optional.of(t.get().at(offset));
    }

    /** Checks the item sequence against the formula grammar and prints it canonically. */
    private static final class Printer {
        private record Node(String text, boolean simple) {
        }

        private final List<Item> items;
        private int pos;

        Printer(List<Item> items) {
            this.items = items;
        }

        String print() {
            if (items.isEmpty()) throw new IllegalArgumentException("it is empty");
            Node n = expr();
            if (pos != items.size()) throw new IllegalArgumentException("unexpected '%s'".formatted(items.get(pos).text()));
            return n.text();
        }

        private Node expr() {
            return chain(this::term, "+", "-");
        }

        private Node term() {
            return chain(this::factor, "*", "/");
        }

        private Node chain(java.util.function.Supplier<Node> next, String op1, String op2) {
            Node first = next.get();
            StringBuilder text = new StringBuilder(first.text());
            boolean simple = first.simple();
            while (pos < items.size() && items.get(pos).kind() == Kind.OP
                    && (items.get(pos).text().equals(op1) || items.get(pos).text().equals(op2))) {
                String op = items.get(pos++).text();
                text.append(' ').append(op).append(' ').append(next.get().text());
                simple = false;
            }
            return new Node(text.toString(), simple);
        }

        private Node factor() {
            if (pos >= items.size()) throw new IllegalArgumentException("an operator has no operand after it");
            Item i = items.get(pos++);
            return switch (i.kind()) {
                case OPERAND -> new Node(i.text(), true);
                case OPEN -> group();
                case OP -> {
                    if (!i.text().equals("-")) throw new IllegalArgumentException("'%s' has no operand before it".formatted(i.text()));
                    yield new Node("-" + factor().text(), false);
                }
                case CLOSE -> throw new IllegalArgumentException("')' closes nothing or follows an operator");
            };
        }

        private Node group() {
            Node inner = expr();
            if (pos >= items.size() || items.get(pos).kind() != Kind.CLOSE) throw new IllegalArgumentException("a '(' is not closed");
            pos++;
            return inner.simple() ? inner : new Node("(" + inner.text() + ")", true);
        }
    }
}
