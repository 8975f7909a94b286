package io.tickmark.metrics;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A parsed formula: the text as written and its syntax tree. Names are resolved only when it is
 * evaluated, against taxonomy concepts first and catalog metrics second.
 */
public record Formula(String text, Expr root) {
    public Formula {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("formula has no text");
        if (root == null) throw new IllegalArgumentException("formula '" + text + "' has no syntax tree");
    }

    /**
     * Parses formula text (see the package's formula language: + - * /, unary minus, parentheses,
     * {@code name@-1}, avg/change/growth/abs(x), cagr/mean(x, n) with n a number or a parameter name).
     *
     * @throws FormulaException naming the column and what was expected there
     */
    public static Formula parse(String text) {
        if (text == null) throw new IllegalArgumentException("formula text is null");
        return new Formula(text.strip(), new FormulaParser(text.strip()).parse());
    }

    /** The concept and metric ids the formula names, in order of first appearance. */
    public Set<String> references() {
        Set<String> names = new LinkedHashSet<>();
        collect(root, names, false);
        return names;
    }

    /** The parameter names used as year counts (such as n), to be supplied with the question. */
    public Set<String> parameters() {
        Set<String> names = new LinkedHashSet<>();
        collect(root, names, true);
        return names;
    }

    /** Whether the formula is nothing but one name at offset 0: a plain line item. */
    public boolean isBareReference(String name) {
        return root instanceof Expr.Ref ref && ref.name().equals(name) && ref.offset() == 0;
    }

    private static void collect(Expr e, Set<String> names, boolean parameters) {
        if (e instanceof Expr.Ref ref && !parameters) names.add(ref.name());
        if (e instanceof Expr.Neg neg) collect(neg.operand(), names, parameters);
        if (e instanceof Expr.Binary b) {
            collect(b.left(), names, parameters);
            collect(b.right(), names, parameters);
        }
        if (e instanceof Expr.Call call) {
            collect(call.argument(), names, parameters);
            if (parameters && call.count() != null && call.count().parameter() != null) names.add(call.count().parameter());
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
