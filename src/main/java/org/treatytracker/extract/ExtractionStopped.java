package org.treatytracker.extract;

import java.time.Duration;

/** An extraction given up part way: its time budget is spent, or nobody waits for it any more. */
public final class ExtractionStopped extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { OVER_BUDGET, ABANDONED }

    private final Reason reason;
    private final transient Duration elapsed;
    private final transient Duration limit;

    ExtractionStopped(Reason reason, Duration elapsed, Duration limit) {
        super(reason == Reason.OVER_BUDGET ? "the extraction's time budget (" + limit + ") is spent"
                : "the extraction was given up: nobody waits for it", null, false, false);
        this.reason = reason;
        this.elapsed = elapsed;
        this.limit = limit;
    }

    public Reason reason() {
        return reason;
    }

    public Duration elapsed() {
        return elapsed;
    }

    /** The budget it was given; null when it had none. */
    public Duration limit() {
        return limit;
    }
}
