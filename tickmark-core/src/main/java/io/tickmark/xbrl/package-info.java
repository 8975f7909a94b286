/**
 * Inline XBRL: the tagged numbers of an SEC HTML filing ({@code ix:nonFraction}) read as facts with their
 * contexts (periods, dimensions) and units, each ticked to the element that carries it.
 */
package io.tickmark.xbrl;
