/**
 * Writers that turn a {@link io.tickmark.spread.Spread} into something an analyst reads or a
 * program loads: a terminal table, JSON, CSV and an Excel workbook, every number with its tick mark.
 * {@link io.tickmark.output.SpreadWriter#forFormat(String)} is the way in; {@link io.tickmark.output.SpreadJson}
 * reads the JSON back.
 */
package io.tickmark.output;
