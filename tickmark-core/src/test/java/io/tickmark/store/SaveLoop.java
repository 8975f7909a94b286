package io.tickmark.store;

import java.time.LocalDate;

/**
 * A process that saves spreads of an invented company back to back, printing "saved N" after each,
 * until it is killed; tests kill it mid-save and look at what is left.
 */
public final class SaveLoop {
    static final int FIRST = 100;

    private SaveLoop() {}

    /** The spread the loop saves as number {@code n}. */
    static io.tickmark.spread.Spread spread(int n) {
        return Spreads.annualReport(Spreads.sha(FIRST + n), "Loop Holdings", LocalDate.of(1990 + n, 12, 31));
    }

    public static void main(String[] args) {
        try (FactStore store = FactStore.open(args[0])) {
            for (int n = 0; n < 1000; n++) {
                store.save(spread(n));
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }
}
