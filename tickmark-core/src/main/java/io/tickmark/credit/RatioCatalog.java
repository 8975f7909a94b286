package io.tickmark.credit;

import io.tickmark.metrics.Formula;
import io.tickmark.metrics.FormulaException;
import io.tickmark.metrics.Metric;
import io.tickmark.metrics.MetricCatalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The ratio pack's definitions, from {@code ratios.csv} (a file a bank can replace): columns id, family,
 * name, formula, denominator, unit, decimals, variant, better, description. Every name a formula uses
 * must be a taxonomy concept or a metric of the metric catalog; loading says which row breaks a rule.
 */
public final class RatioCatalog {
    public static final List<String> FAMILIES = List.of("liquidity", "leverage", "coverage", "profitability", "efficiency", "cash_flow");
    private static final List<String> REQUIRED = List.of("id", "family", "name", "formula", "unit");

    private final String source;
    private final List<Ratio> ratios;

    private RatioCatalog(String source, List<Ratio> ratios) {
        this.source = source;
        this.ratios = List.copyOf(ratios);
    }

    private static volatile RatioCatalog standard;

    /** The ratio file shipped with Tickmark, read once. */
    public static RatioCatalog standard() {
        RatioCatalog c = standard;
        if (c == null) standard = c = parse(CsvTable.resource("ratios.csv"), "ratios.csv", MetricCatalog.standard());
        return c;
    }

    public static RatioCatalog load(Path file, MetricCatalog metrics) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), metrics);
    }

    public static RatioCatalog parse(String csv, String source, MetricCatalog metrics) {
        CsvTable table = CsvTable.parse(csv, source, REQUIRED);
        List<Ratio> ratios = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.require("id");
            if (!ids.add(id)) throw row.error("duplicate ratio id '" + id + "'");
            String family = row.require("family").toLowerCase(Locale.ROOT);
            Formula formula = formula(row, "formula", metrics);
            Formula denominator = row.get("denominator").isEmpty() ? null : formula(row, "denominator", metrics);
            Metric.Unit unit;
            try {
                unit = Metric.Unit.parse(row.require("unit"));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            int decimals = row.get("decimals").isEmpty() ? 2 : (int) row.number("decimals");
            String better = row.get("better").toLowerCase(Locale.ROOT);
            if (!better.isEmpty() && !better.equals("higher") && !better.equals("lower")) throw row.error("better is '" + better + "', not higher or lower");
            String variant = row.get("variant").isEmpty() ? "year" : row.get("variant");
            ratios.add(new Ratio(id, family, row.require("name"), formula, denominator, unit, decimals, variant, !better.equals("lower"), row.get("description")));
        }
        if (ratios.isEmpty()) throw new CreditDataException(source, 0, "defines no ratio");
        return new RatioCatalog(source, ratios);
    }

    private static Formula formula(CsvTable.Row row, String column, MetricCatalog metrics) {
        Formula f;
        try {
            f = Formula.parse(row.require(column));
        } catch (FormulaException e) {
            throw row.error(column + " '" + row.get(column) + "' does not parse: " + e.getMessage());
        }
        for (String name : f.references()) {
            if (!metrics.isConcept(name) && metrics.byId(name).isEmpty()) {
                throw row.error("%s uses '%s', which is neither a concept of the taxonomy nor a metric of the catalog".formatted(column, name));
            }
        }
        return f;
    }

    public String source() {
        return source;
    }

    public List<Ratio> all() {
        return ratios;
    }

    public Optional<Ratio> byId(String id) {
        return ratios.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
