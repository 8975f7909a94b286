package io.tickmark.sample;

/** The unit a sample report's statements print money in, as stated under each title. */
public enum Scale {
    THOUSANDS(1_000L, "thousands"),
    MILLIONS(1_000_000L, "millions");

    private final long factor;
    private final String word;

    Scale(long factor, String word) {
        this.factor = factor;
        this.word = word;
    }

    /** How many whole currency units one printed unit stands for. */
    public long factor() {
        return factor;
    }

    /** The word printed in "(In millions, except per share amounts)". */
    public String word() {
        return word;
    }
}
