package org.treatytracker.extract;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How long an extraction may run, and whether anyone still waits for it. The extractor checks it
 * between sentences and every so many steps of its other long loops (cooperatively: nothing
 * interrupts the thread); once the time is up or {@code abandoned} says the client has gone, the
 * next check throws {@link ExtractionStopped} and the work stops there.
 */
public final class ExtractionBudget {

    /** For the command line and the tests: no deadline, and someone always waits. */
    public static final ExtractionBudget UNLIMITED = new ExtractionBudget(null, () -> false);

    /** Loops over every word or line check once in this many steps. */
    private static final int STEPS_PER_CHECK = 1024;

    private final Duration limit;
    private final long startedAt = System.nanoTime();
    private final BooleanSupplier abandoned;

    private ExtractionBudget(Duration limit, BooleanSupplier abandoned) {
        this.limit = limit;
        this.abandoned = abandoned;
    }

    /** A budget of {@code limit} from now, given up early when {@code abandoned} turns true. */
    public static ExtractionBudget of(Duration limit, BooleanSupplier abandoned) {
        return new ExtractionBudget(limit, abandoned);
    }

    /** @throws ExtractionStopped past the deadline, or when the client has gone */
    public void check() {
        if (abandoned.getAsBoolean()) {
            throw new ExtractionStopped(ExtractionStopped.Reason.ABANDONED, elapsed(), limit);
        }
        if (limit != null && System.nanoTime() - startedAt > limit.toNanos()) {
            throw new ExtractionStopped(ExtractionStopped.Reason.OVER_BUDGET, elapsed(), limit);
        }
    }

    /** {@link #check()} at every {@value #STEPS_PER_CHECK}th step of a loop over many small steps. */
    public void check(int step) {
        if (step % STEPS_PER_CHECK == 0) {
            check();
        }
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }
}
