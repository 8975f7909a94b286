package io.tickmark.metrics;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormulaTest {

    @Test
    void multiplication_binds_tighter_than_addition() {
        Expr root = Formula.parse("a + b * c").root();
        assertThat(root).isEqualTo(new Expr.Binary('+', new Expr.Ref("a", 0),
                new Expr.Binary('*', new Expr.Ref("b", 0), new Expr.Ref("c", 0))));
    }

    @Test
    void subtraction_and_division_group_to_the_left() {
        assertThat(Formula.parse("a - b - c").root()).isEqualTo(new Expr.Binary('-',
                new Expr.Binary('-', new Expr.Ref("a", 0), new Expr.Ref("b", 0)), new Expr.Ref("c", 0)));
        assertThat(Formula.parse("365 / a / b").root().text()).isEqualTo("365 / a / b");
        assertThat(Formula.parse("a / (b / c)").root().text()).isEqualTo("a / (b / c)");
    }

    @Test
    void parentheses_override_precedence_and_survive_printing() {
        Formula f = Formula.parse("(revenue - abs(cost_of_revenue))/revenue");
        assertThat(f.root().text()).isEqualTo("(revenue - abs(cost_of_revenue)) / revenue");
        assertThat(Formula.parse(f.root().text()).root()).isEqualTo(f.root());
    }

    @Test
    void unary_minus_offsets_and_numbers_parse() {
        assertThat(Formula.parse("-revenue@-1").root()).isEqualTo(new Expr.Neg(new Expr.Ref("revenue", -1)));
        assertThat(Formula.parse("x@+2").root()).isEqualTo(new Expr.Ref("x", 2));
        assertThat(Formula.parse("0.5 * 365").root()).isEqualTo(new Expr.Binary('*',
                new Expr.Num(new BigDecimal("0.5")), new Expr.Num(new BigDecimal("365"))));
    }

    @Test
    void year_counts_are_numbers_or_parameters() {
        Formula f = Formula.parse("mean(abs(capex) / revenue, n) + cagr(revenue, 3)");
        assertThat(f.parameters()).containsExactly("n");
        assertThat(f.references()).containsExactly("capex", "revenue");
        assertThat(f.root()).isInstanceOfSatisfying(Expr.Binary.class, b ->
                assertThat(((Expr.Call) b.right()).count()).isEqualTo(Expr.Count.of(3)));
    }

    @Test
    void unfinished_formula_names_the_column_where_an_expression_was_expected() {
        assertThatThrownBy(() -> Formula.parse("revenue / ("))
                .isInstanceOf(FormulaException.class)
                .hasMessage("formula 'revenue / (' : expected an expression at column 12")
                .satisfies(e -> assertThat(((FormulaException) e).column()).isEqualTo(12));
    }

    @Test
    void offset_on_a_parenthesised_expression_is_rejected() {
        assertThatThrownBy(() -> Formula.parse("(a / b)@-1"))
                .hasMessageContaining("expected an operator or the end of the formula at column 8");
    }

    @Test
    void wrong_argument_counts_are_rejected_with_positions() {
        assertThatThrownBy(() -> Formula.parse("avg(inventory, 2)")).hasMessageContaining("avg takes one argument at column 14");
        assertThatThrownBy(() -> Formula.parse("cagr(revenue)")).hasMessageContaining("expected ',' at column 13");
        assertThatThrownBy(() -> Formula.parse("mean(revenue, 0)")).hasMessageContaining("at least 1 at column 15");
        assertThatThrownBy(() -> Formula.parse("mean(revenue, -2)")).hasMessageContaining("expected a year count").hasMessageContaining("column 15");
    }

    @Test
    void unknown_functions_missing_parentheses_and_stray_tokens_are_rejected() {
        assertThatThrownBy(() -> Formula.parse("sqrt(revenue)")).hasMessageContaining("found 'sqrt' at column 1");
        assertThatThrownBy(() -> Formula.parse("avg + 1")).hasMessageContaining("expected '(' after avg at column 5");
        assertThatThrownBy(() -> Formula.parse("revenue@")).hasMessageContaining("expected a year offset such as -1 after '@' at column 9");
        assertThatThrownBy(() -> Formula.parse("revenue cogs")).hasMessageContaining("at column 9");
        assertThatThrownBy(() -> Formula.parse("(revenue")).hasMessageContaining("expected ')' at column 9");
        assertThatThrownBy(() -> Formula.parse("revenue $ 2")).hasMessageContaining("column 9");
        assertThatThrownBy(() -> Formula.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
