package org.treatytracker.release;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The data version: a number that goes up with every committed transaction that wrote data (a seed
 * or dataset load, an import or its undo, an editor's write, a write from any other process), and
 * when that transaction committed, as the database keeps them (migration V10), so no writer can
 * forget it. {@code readAt} is the database's clock when the release was read.
 */
public record DataRelease(long version, Instant changedAt, Instant readAt) {

    /** How long after its commit a release's second can no longer be shared by a later release. */
    private static final long SETTLED_SECONDS = 2;

    /**
     * The release as a Last-Modified may say it, in whole seconds, such that a date a client holds
     * never matches a later release. Two releases can commit within one second, so in the first
     * seconds after a commit the date given is the second before (a client revalidating with it
     * gets the data again, never a wrong 304); once that second is past, no later release can fall
     * in it, and the date is the commit's second. Never later than {@code now}, which an origin
     * server's Last-Modified may not pass (RFC 9110 8.8.2.1).
     */
    public Instant lastModified(Instant now) {
        Instant second = changedAt.truncatedTo(ChronoUnit.SECONDS);
        Instant given = readAt.isBefore(second.plusSeconds(SETTLED_SECONDS)) ? second.minusSeconds(1) : second;
        Instant current = now.truncatedTo(ChronoUnit.SECONDS);
        return given.isAfter(current) ? current : given;
    }
}
