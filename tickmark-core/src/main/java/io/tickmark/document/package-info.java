/**
 * The document model (pages of positioned lines and words) and one reader per file format: PDF, HTML,
 * and XLSX and CSV statements laid out as HTML tables are. Readers know nothing of accounting.
 */
package io.tickmark.document;
