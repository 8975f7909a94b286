/**
 * Chinese (CAS) annual reports: text folding (full-width forms, traditional characters), amounts, line-item keys,
 * statement titles with their scope (合并 consolidated, 母公司 parent company), the statement locator, the table
 * reader (项目 header, 附注 column, 期末/期初 and 本期/上期 periods, units 元 to 亿元, wrapped labels), the concept
 * mapper by Chinese labels, and the cover reader (full name, 简称, stock codes, fiscal year).
 * {@link io.tickmark.spread.CasSpreader} puts them together.
 */
package io.tickmark.cas;
