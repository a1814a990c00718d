package org.treatytracker.revision;

import org.treatytracker.audit.AuditEntry;

/**
 * The kinds of resource written through the versioned write path, and where each is read. A
 * citation is not one of them: it is part of its fact, shares its version and ETag, and a write to
 * it is a new version of the fact.
 */
public enum Revised {

    /** A fact's writes are those to it and to its citations: the audit log names the fact of each. */
    FACT("fact", AuditEntry.FACT, "/api/v1/facts/", "factId = ?1"),
    RECOMMENDATION("recommendation", AuditEntry.RECOMMENDATION, "/api/v1/recommendations/",
            "targetKind = '" + AuditEntry.RECOMMENDATION + "' and targetId = ?1");

    /** What it is called in messages. */
    final String noun;
    /** The audit log's target kind for a write to it. */
    final String auditKind;
    private final String path;
    /** Which audit entries are its writes (HQL on {@link AuditEntry}, the id as ?1). */
    final String writes;

    Revised(String noun, String auditKind, String path, String writes) {
        this.noun = noun;
        this.auditKind = auditKind;
        this.path = path;
        this.writes = writes;
    }

    /** The id as {@link #writes} compares it: the fact column, or the target id. */
    Object writesKey(long id) {
        return this == FACT ? (Object) id : Long.toString(id);
    }

    public String href(long id) {
        return path + id;
    }

    String historyHref(long id) {
        return href(id) + "/history";
    }

    String titled() {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
