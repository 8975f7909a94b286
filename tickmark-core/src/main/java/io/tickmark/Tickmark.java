package io.tickmark;

/** Front door of the library. */
public final class Tickmark {
    private Tickmark() {}
}
