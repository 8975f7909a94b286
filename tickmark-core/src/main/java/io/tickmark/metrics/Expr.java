package io.tickmark.metrics;

import java.math.BigDecimal;

/** A node of a parsed formula; {@link #text()} prints it back in canonical form with only the parentheses it needs. */
public sealed interface Expr permits Expr.Num, Expr.Ref, Expr.Neg, Expr.Binary, Expr.Call {

    /** Canonical formula text of this node. */
    String text();

    /** Binding strength, used to decide where printed text needs parentheses. */
    default int precedence() {
        return 4;
    }

    /** A number literal such as 365 or 0.5. */
    record Num(BigDecimal value) implements Expr {
        public Num {
            if (value == null) throw new IllegalArgumentException("number literal has no value");
        }

        @Override
        public String text() {
            return value.toPlainString();
        }
    }

    /** A concept or metric id read {@code offset} fiscal years from the year asked (0 = that year, -1 = the year before). */
    record Ref(String name, int offset) implements Expr {
        public Ref {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("reference has no name");
        }

        @Override
        public String text() {
            return offset == 0 ? name : name + "@" + offset;
        }
    }

    /** Unary minus. */
    record Neg(Expr operand) implements Expr {
        public Neg {
            if (operand == null) throw new IllegalArgumentException("negation has no operand");
        }

        @Override
        public String text() {
            return "-" + wrap(operand, operand.precedence() < 4);
        }

        @Override
        public int precedence() {
            return 3;
        }
    }

    /** One of + - * / applied to two operands. */
    record Binary(char op, Expr left, Expr right) implements Expr {
        public Binary {
            if ("+-*/".indexOf(op) < 0) throw new IllegalArgumentException("operator '%s' is not one of + - * /".formatted(op));
            if (left == null || right == null) throw new IllegalArgumentException("operator " + op + " needs two operands");
        }

        @Override
        public String text() {
            return wrap(left, left.precedence() < precedence()) + " " + op + " " + wrap(right, right.precedence() <= precedence());
        }

        @Override
        public int precedence() {
            return op == '+' || op == '-' ? 1 : 2;
        }
    }

    /** A function applied to an expression; {@code count} is the year count of cagr and mean, null for the others. */
    record Call(Fn fn, Expr argument, Count count) implements Expr {
        public Call {
            if (fn == null || argument == null) throw new IllegalArgumentException("function call needs a function and an argument");
            if (fn.takesCount() != (count != null)) {
                throw new IllegalArgumentException(fn.id() + (fn.takesCount() ? " needs a year count" : " takes no year count"));
            }
        }

        @Override
        public String text() {
            return fn.id() + "(" + argument.text() + (count == null ? "" : ", " + count.text()) + ")";
        }
    }

    /** A year count: a literal such as 3, or a parameter such as n supplied with the question. */
    record Count(Integer literal, String parameter) {
        public Count {
            if ((literal == null) == (parameter == null)) {
                throw new IllegalArgumentException("a year count is either a number or a parameter name, not both or neither");
            }
            if (literal != null && literal < 1) throw new IllegalArgumentException("year count " + literal + " is below 1");
        }

        public static Count of(int years) {
            return new Count(years, null);
        }

        public static Count parameter(String name) {
            return new Count(null, name);
        }

        public String text() {
            return literal != null ? literal.toString() : parameter;
        }
    }

    /** The functions of the formula language. */
    enum Fn {
        AVG, CHANGE, GROWTH, CAGR, MEAN, ABS;

        /** The name as written in formulas. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether the function needs a year count as its second argument. */
        public boolean takesCount() {
            return this == CAGR || this == MEAN;
        }

        static java.util.Optional<Fn> named(String name) {
            for (Fn fn : values()) if (fn.id().equals(name)) return java.util.Optional.of(fn);
            return java.util.Optional.empty();
        }
    }

    private static String wrap(Expr e, boolean parens) {
        return parens ? "(" + e.text() + ")" : e.text();
    }
}
