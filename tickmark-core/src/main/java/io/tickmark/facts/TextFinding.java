package io.tickmark.facts;

/** Wording found in a report's text that bears on credit: going concern, audit opinion, material weakness. */
public record TextFinding(String kind, String document, int page, String excerpt, boolean severe) {
}
