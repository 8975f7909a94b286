package io.tickmark.grid;

/**
 * One question of a grid (a column) and how its cells are answered: {@code METRIC} a metric question the metric
 * engine reads whole ("What is the FY2019 capex in USD millions?"); {@code METRIC_NAME} a catalog metric alone
 * ("capex", "gross margin"), asked for each company's latest fiscal year; {@code YES_NO} a free-text question
 * answered yes / no / not found from the filings' passages; {@code TEXT} any other free-text question, answered
 * with the passage sentence that best matches it.
 *
 * @param text     the question as given
 * @param kind     how its cells are answered
 * @param metricId the catalog metric for METRIC_NAME (and METRIC when the question names one), else null
 * @param note     why it was read so (e.g. not read as a metric question: what the parser missed), or null
 */
public record GridQuestion(String text, Kind kind, String metricId, String note) {
    /** The longest question accepted, in characters: a grid column is a question, not a document. */
    public static final int MAX_LENGTH = 1000;

    public enum Kind { METRIC, METRIC_NAME, YES_NO, TEXT }

    public GridQuestion {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a grid question is empty");
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a grid question is " + text.length() + " characters long (at most " + MAX_LENGTH
                    + "): '" + text.substring(0, 60) + "…'");
        }
        if (kind == null) throw new IllegalArgumentException("grid question '" + text + "' has no kind");
        text = text.strip();
    }

    /** Whether its cells come from the metric engine. */
    public boolean metric() {
        return kind == Kind.METRIC || kind == Kind.METRIC_NAME;
    }
}
