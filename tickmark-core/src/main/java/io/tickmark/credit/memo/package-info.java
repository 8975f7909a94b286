/**
 * Credit memo writers over a {@link io.tickmark.credit.CreditAnalysis}: self-contained HTML with inline SVG charts
 * and every figure linked to its report page, a PDF drawn with PDFBox (tables and line charts, standard fonts),
 * an XLSX workbook (spread with common-size and YoY columns, ratios, scores, scorecard, red flags; a comment and a
 * link to its page on each figure) and JSON. Pick one by file extension with
 * {@link io.tickmark.credit.memo.MemoWriter.Format#of}.
 */
package io.tickmark.credit.memo;
