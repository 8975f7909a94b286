package io.tickmark.sample;

import io.tickmark.facts.Period;
import io.tickmark.facts.Unit;
import io.tickmark.statement.StatementType;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Prints a statement page (company, title, units, column headers, rows) and records the truth of each row. */
final class StatementPrinter {
    static final float TABLE_TOP = 690;

    private final PdfCanvas canvas;
    private final SampleCompany company;
    private final ReportStyle style;
    private float lastTableY;

    StatementPrinter(PdfCanvas canvas, SampleCompany company, ReportStyle style) {
        this.canvas = canvas;
        this.company = company;
        this.style = style;
    }

    /** Prints one page of a statement whose columns are {@code periods}, with figures {@code columns} in the same order. */
    List<TruthLine> page(int page, StatementType type, String title, String units, List<Line> lines,
                         List<Period> periods, List<Figures> columns) throws IOException {
        titles(title, units);
        TablePrinter table = new TablePrinter(canvas, periods.size(), periods.size() == 3 ? 80 : 95, TABLE_TOP);
        headers(table, periods);
        List<TruthLine> truth = new ArrayList<>();
        for (Line line : lines) {
            table.row(line.label(), line.level(), line.style(), line.dollar(), cells(line, columns));
            truth.add(truth(page, type, line, periods, columns));
        }
        lastTableY = table.y();
        return truth;
    }

    /** Where the last printed table ended, for footnotes under it. */
    float lastTableY() {
        return lastTableY;
    }

    private void titles(String title, String units) throws IOException {
        float center = PdfCanvas.WIDTH / 2;
        canvas.centerText(company.name().toUpperCase(), canvas.bold, 11, center, 742);
        canvas.centerText(title, canvas.bold, 11, center, 728);
        canvas.centerText(units, canvas.regular, 9, center, 715);
    }

    private void headers(TablePrinter table, List<Period> periods) throws IOException {
        boolean weeks = company.fiscalYearEnd().weekBased();
        if (periods.get(0).isInstant() && style.balanceDatesPerColumn()) {
            table.skip(TablePrinter.ROW);
            table.columnHeaders(perColumn(periods, p -> List.of(Amounts.longDate(p.end()))));
        } else if (periods.get(0).isInstant()) {
            table.spanHeader(weeks ? "As of" : Amounts.monthDay(periods.get(0).end()));
            table.columnHeaders(perColumn(periods, p -> weeks ? monthDayYear(p) : year(p)));
        } else {
            table.spanHeader(weeks ? "Fiscal " + style.yearsWord() : style.yearsWord() + " " + Amounts.monthDay(periods.get(0).end()));
            table.columnHeaders(perColumn(periods, p -> weeks ? monthDayYear(p) : year(p)));
        }
    }

    private static List<String> year(Period period) {
        return List.of(String.valueOf(period.end().getYear()));
    }

    private static List<String> monthDayYear(Period period) {
        return List.of(Amounts.monthDay(period.end()), String.valueOf(period.end().getYear()));
    }

    private static List<List<String>> perColumn(List<Period> periods, Function<Period, List<String>> header) {
        return periods.stream().map(header).toList();
    }

    private static List<String> cells(Line line, List<Figures> columns) {
        if (!line.hasValues()) return List.of();
        return columns.stream().map(f -> line.measure() == Line.Measure.PER_SHARE
                ? Amounts.cents(f.get(line.key())) : Amounts.whole(f.get(line.key()))).toList();
    }

    private TruthLine truth(int page, StatementType type, Line line, List<Period> periods, List<Figures> columns) {
        Map<Period, BigDecimal> values = new LinkedHashMap<>();
        if (line.hasValues()) {
            for (int i = 0; i < periods.size(); i++) values.put(periods.get(i), wholeUnits(line, columns.get(i)));
        }
        return new TruthLine(line.key(), line.label().replace("\n", " "), type, line.concept(), page, line.level(),
                unit(line), values);
    }

    private BigDecimal wholeUnits(Line line, Figures figures) {
        long printed = figures.get(line.key());
        return line.measure() == Line.Measure.PER_SHARE
                ? BigDecimal.valueOf(printed, 2)
                : BigDecimal.valueOf(printed).multiply(BigDecimal.valueOf(company.scale().factor()));
    }

    private Unit unit(Line line) {
        return switch (line.measure()) {
            case MONEY -> Unit.money(company.currency());
            case PER_SHARE -> Unit.perShare(company.currency());
            case SHARES -> Unit.SHARES;
        };
    }
}
