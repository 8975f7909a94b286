/**
 * Credit analysis from spreads: {@link io.tickmark.credit.PeriodAligner} lines one company's annual reports up by
 * fiscal year (interim reports, other currencies, moved year ends, gaps, scales and restatements handled and noted);
 * {@link io.tickmark.credit.RatioPack} computes the ratios of an editable {@code ratios.csv} through the metric
 * engine, so each figure has its formula and ticked inputs, and says "n/a because ..." instead of a zero;
 * {@link io.tickmark.credit.Scores} gives Altman Z and Z'', Piotroski F and Beneish M with their published
 * formulas and applicability; a replaceable {@link io.tickmark.credit.Scorecard} rates the latest year;
 * red flags come from the figures, the ratios, the accounting checks and the reports' wording
 * ({@link io.tickmark.credit.TextScan}). {@link io.tickmark.credit.CreditAnalyst} puts it together into a
 * {@link io.tickmark.credit.CreditAnalysis} record; the narrative comes from a
 * {@link io.tickmark.credit.NarrativeWriter} (templates by default; {@link io.tickmark.credit.ModelNarrative} has a
 * language model write it, kept only when {@link io.tickmark.credit.CreditAnalysis#checker()}, the same
 * {@link io.tickmark.llm.NumberChecker} that checks cited answers, finds every number among the figures).
 * A market value of equity the analyst supplies ({@link io.tickmark.credit.AnalystInput}) feeds Altman Z and is
 * shown apart, as user-supplied and dated, never as a ticked figure. Memos: {@code io.tickmark.credit.memo}.
 */
package io.tickmark.credit;
