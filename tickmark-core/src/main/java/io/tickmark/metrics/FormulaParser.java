package io.tickmark.metrics;

import java.math.BigDecimal;

/** Recursive-descent parser of the formula language; one instance parses one text. */
final class FormulaParser {
    private final String text;
    private int pos;

    FormulaParser(String text) {
        this.text = text;
    }

    Expr parse() {
        Expr e = expr();
        skipSpace();
        if (pos < text.length()) throw error("expected an operator or the end of the formula");
        return e;
    }

    private Expr expr() {
        Expr e = term();
        for (char op = peekOp("+-"); op != 0; op = peekOp("+-")) {
            pos++;
            e = new Expr.Binary(op, e, term());
        }
        return e;
    }

    private Expr term() {
        Expr e = factor();
        for (char op = peekOp("*/"); op != 0; op = peekOp("*/")) {
            pos++;
            e = new Expr.Binary(op, e, factor());
        }
        return e;
    }

    private Expr factor() {
        skipSpace();
        if (pos >= text.length()) throw error("expected an expression");
        char c = text.charAt(pos);
        if (c == '-') {
            pos++;
            return new Expr.Neg(factor());
        }
        if (c == '(') {
            pos++;
            Expr e = expr();
            expect(')');
            return e;
        }
        if (Character.isDigit(c) || c == '.') return new Expr.Num(number());
        if (isNameStart(c)) return nameOrCall();
        throw error("expected an expression");
    }

    private Expr nameOrCall() {
        int start = pos;
        String name = name();
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '(') {
            Expr.Fn fn = Expr.Fn.named(name).orElseThrow(() -> errorAt(start,
                    "expected a function (avg, change, growth, cagr, mean, abs) but found '" + name + "'"));
            pos++;
            return call(fn);
        }
        if (Expr.Fn.named(name).isPresent()) throw error("expected '(' after " + name);
        if (pos < text.length() && text.charAt(pos) == '@') {
            pos++;
            return new Expr.Ref(name, signedInt());
        }
        return new Expr.Ref(name, 0);
    }

    private Expr call(Expr.Fn fn) {
        Expr argument = expr();
        skipSpace();
        Expr.Count count = null;
        if (fn.takesCount()) {
            expect(',');
            count = count();
        }
        skipSpace();
        if (!fn.takesCount() && pos < text.length() && text.charAt(pos) == ',') {
            throw error("expected ')': " + fn.id() + " takes one argument");
        }
        expect(')');
        return new Expr.Call(fn, argument, count);
    }

    private Expr.Count count() {
        skipSpace();
        if (pos < text.length() && isNameStart(text.charAt(pos))) return Expr.Count.parameter(name());
        if (pos >= text.length() || !Character.isDigit(text.charAt(pos))) throw error("expected a year count (a whole number or a parameter such as n)");
        int start = pos;
        int years = wholeNumber();
        if (years < 1) throw errorAt(start, "expected a year count of at least 1");
        return Expr.Count.of(years);
    }

    private int signedInt() {
        int sign = 1;
        if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
            sign = text.charAt(pos) == '-' ? -1 : 1;
            pos++;
        }
        if (pos >= text.length() || !Character.isDigit(text.charAt(pos))) throw error("expected a year offset such as -1 after '@'");
        return sign * wholeNumber();
    }

    private int wholeNumber() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
        if (pos - start > 4) throw errorAt(start, "expected a whole number of at most 4 digits");
        return Integer.parseInt(text.substring(start, pos));
    }

    private BigDecimal number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) pos++;
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw errorAt(start, "expected a number but found '" + text.substring(start, pos) + "'");
        }
    }

    private String name() {
        int start = pos;
        while (pos < text.length() && (isNameStart(text.charAt(pos)) || Character.isDigit(text.charAt(pos)))) pos++;
        return text.substring(start, pos);
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private char peekOp(String ops) {
        skipSpace();
        return pos < text.length() && ops.indexOf(text.charAt(pos)) >= 0 ? text.charAt(pos) : 0;
    }

    private void expect(char c) {
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != c) throw error("expected '" + c + "'");
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private FormulaException error(String expected) {
        return errorAt(pos, expected);
    }

    private FormulaException errorAt(int at, String expected) {
        return new FormulaException(text, at + 1, expected);
    }
}
