/**
 * The document model (pages of positioned lines and words) and one reader per file format.
 * Readers know nothing of accounting.
 */
package io.tickmark.document;
