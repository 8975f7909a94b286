/**
 * Tickmark: financial statements out of company reports, every number ticked to its source.
 * {@link io.tickmark.Tickmark} is the front door.
 */
package io.tickmark;
