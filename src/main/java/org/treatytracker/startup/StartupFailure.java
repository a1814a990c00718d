package org.treatytracker.startup;

import io.quarkus.runtime.QuarkusBindException;
import java.util.Optional;

/**
 * A start that cannot go on for a reason the operator can fix. Its message is one line, what
 * failed, where, and how to fix it; the service prints that line alone, without a stack trace, and
 * exits 1 (see {@link #in} and TrackerMain).
 */
public final class StartupFailure extends RuntimeException {

    public static final int EXIT_CODE = 1;

    private StartupFailure(String message) {
        super(message, null, false, false);
    }

    /** {@code what} failed (naming where); {@code fix} says what to do about it. */
    public static StartupFailure because(String what, String fix) {
        return new StartupFailure("Start-up failed: " + what + ". " + fix + ".");
    }

    /**
     * The line to print for a failed start, when it is one the operator can fix: a start-up failure
     * of ours, or the HTTP port in use (which Quarkus reports with its own exception).
     */
    public static Optional<String> explain(Throwable failure) {
        Optional<StartupFailure> ours = in(failure);
        if (ours.isPresent()) {
            return Optional.of(ours.get().getMessage());
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof QuarkusBindException bind) {
                return Optional.of(because("HTTP port " + bind.getPort() + " on " + bind.getHost()
                                + " is in use by another program (is the service already running?)",
                        "Stop that program, or set QUARKUS_HTTP_PORT to a free port").getMessage());
            }
        }
        return Optional.empty();
    }

    /** The start-up failure among {@code failure} and its causes (Quarkus wraps what an observer throws). */
    public static Optional<StartupFailure> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StartupFailure startup) {
                return Optional.of(startup);
            }
        }
        return Optional.empty();
    }
}
