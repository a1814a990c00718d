package org.treatytracker.startup;

import jakarta.interceptor.Interceptor;

/**
 * The order of the start-up observers (lower runs first): checks that need nothing, then the embedded
 * database, then the start-up sequence (create, migrate, load seeds), which observes at the default
 * priority.
 */
public final class StartupOrder {

    public static final int PREFLIGHT = Interceptor.Priority.APPLICATION;
    public static final int EMBEDDED_DATABASE = Interceptor.Priority.APPLICATION + 100;
    /** After the start-up sequence (which observes at APPLICATION + 500): the database exists and is migrated. */
    public static final int FOLLOW_DATA_RELEASE = Interceptor.Priority.APPLICATION + 1000;

    private StartupOrder() {
    }
}
