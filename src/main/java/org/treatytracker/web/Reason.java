package org.treatytracker.web;

/** Why an editor retracts something, for the history and the audit log: a note, not a document. */
public record Reason(String text) {

    public static final int MAX = 1000;

    public Reason {
        if (text.length() > MAX) {
            throw ApiException.badRequest("'reason' is longer than " + MAX + " characters.");
        }
    }

    /** The reason given, or null when it is blank (as when none is given). */
    public static Reason of(String text) {
        Reason reason = new Reason(text); // a blank one is held to the length too
        return text.isBlank() ? null : reason;
    }

    /** The text, or null when no reason was given. */
    public static String textOf(Reason reason) {
        return reason == null ? null : reason.text();
    }
}
