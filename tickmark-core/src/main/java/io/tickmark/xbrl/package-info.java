/**
 * XBRL: the tagged numbers of an SEC HTML filing ({@code ix:nonFraction}) and the facts of an XBRL instance
 * document, read with their contexts (periods, dimensions) and units, each ticked to where it stands.
 */
package io.tickmark.xbrl;
