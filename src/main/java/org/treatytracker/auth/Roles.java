package org.treatytracker.auth;

/** The roles tokens may carry (in their {@code groups} claim). Reads need none. */
public final class Roles {

    /** May add sources and claims, correct and retract editors' facts, read the audit log. */
    public static final String EDITOR = "editor";

    private Roles() {
    }
}
