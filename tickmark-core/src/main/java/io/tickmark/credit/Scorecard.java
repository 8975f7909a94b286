package io.tickmark.credit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A transparent rating scorecard from a CSV a bank can replace ({@code --scorecard FILE}). Columns
 * kind, name, metric, weight, direction, cutoffs, description. A {@code factor} row scores a ratio of
 * the pack (or a score, or a metric of the catalog) from 1 to 5 points by four cutoffs, ascending
 * ("0.8|1.0|1.3|1.8"): with direction {@code higher}, below the first cutoff is 1 point and at or
 * above the last 5; with {@code lower}, cutoffs run descending and lower values earn more. A
 * {@code grade} row maps a weighted score of at least {@code cutoffs} points to a grade.
 */
public record Scorecard(String source, List<Factor> factors, List<Grade> grades) {
    private static final List<String> REQUIRED = List.of("kind", "name", "metric", "weight", "direction", "cutoffs");

    public record Factor(String name, String metric, double weight, boolean higherIsBetter, List<Double> cutoffs, String description) {
        public Factor {
            cutoffs = List.copyOf(cutoffs);
        }

        /** Points 1 to 5 for a value. */
        public int points(double value) {
            int points = 1;
            for (double c : cutoffs) {
                if (higherIsBetter ? value >= c : value <= c) points++;
            }
            return points;
        }
    }

    public record Grade(String grade, double minimum, String description) {
    }

    public Scorecard {
        factors = List.copyOf(factors);
        grades = grades.stream().sorted(Comparator.comparingDouble(Grade::minimum).reversed()).toList();
    }

    /** The scorecard shipped with Tickmark (an example: a bank replaces it with its own), read once. */
    public static Scorecard standard() {
        return Standard.CARD;
    }

    private static final class Standard {
        static final Scorecard CARD = parse(CsvTable.resource("scorecard.csv"), "scorecard.csv");
    }

    public static Scorecard load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    public static Scorecard parse(String csv, String source) {
        CsvTable table = CsvTable.parse(csv, source, REQUIRED);
        List<Factor> factors = new ArrayList<>();
        List<Grade> grades = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            String kind = r.require("kind").toLowerCase(Locale.ROOT);
            switch (kind) {
                case "factor" -> factors.add(factor(r));
                case "grade" -> grades.add(new Grade(r.require("name"), r.number("cutoffs"), r.get("description")));
                default -> throw r.error("kind is '" + kind + "', not factor or grade");
            }
        }
        if (factors.isEmpty()) throw new CreditDataException(source, 0, "has no factor rows");
        if (grades.isEmpty()) throw new CreditDataException(source, 0, "has no grade rows");
        if (grades.stream().noneMatch(g -> g.minimum() <= 1)) {
            throw new CreditDataException(source, 0, "no grade covers the lowest score of 1 point (give the last grade a cutoff of 0)");
        }
        return new Scorecard(source, factors, grades);
    }

    private static Factor factor(CsvTable.Row r) {
        double weight = r.number("weight");
        if (weight <= 0) throw r.error("weight must be positive, got " + weight);
        String direction = r.require("direction").toLowerCase(Locale.ROOT);
        if (!direction.equals("higher") && !direction.equals("lower")) throw r.error("direction is '" + direction + "', not higher or lower");
        List<Double> cutoffs;
        try {
            cutoffs = Arrays.stream(r.require("cutoffs").split("\\|")).map(String::strip).map(Double::parseDouble).toList();
        } catch (NumberFormatException e) {
            throw r.error("cutoffs '" + r.get("cutoffs") + "' are not numbers separated by |");
        }
        if (cutoffs.size() != 4) throw r.error("needs 4 cutoffs for 5 point levels, got " + cutoffs.size());
        boolean higher = direction.equals("higher");
        for (int i = 1; i < cutoffs.size(); i++) {
            if (higher ? cutoffs.get(i) <= cutoffs.get(i - 1) : cutoffs.get(i) >= cutoffs.get(i - 1)) {
                throw r.error("cutoffs must run " + (higher ? "ascending" : "descending") + " for direction " + direction);
            }
        }
        return new Factor(r.require("name"), r.require("metric"), weight, higher, cutoffs, r.get("description"));
    }

    public Grade grade(double score) {
        for (Grade g : grades) if (score >= g.minimum()) return g;
        return grades.get(grades.size() - 1);
    }
}
