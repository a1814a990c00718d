package org.treatytracker.revision;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.hibernate.StaleStateException;
import org.treatytracker.audit.AuditEntry.Action;
import org.treatytracker.audit.AuditEntry;
import org.treatytracker.audit.AuditLog;
import org.treatytracker.web.ApiException;

/**
 * The versioned write path that facts (with their citations) and recommendations share. A
 * resource's ETag names its version; a write must send back the ETag it read (If-Match): 428
 * without one, 412 when it names another version, or when a concurrent write committed first.
 * Every write is recorded in the audit log with the resource as its readers saw it before and
 * after, and that log is the resource's public history; a retracted resource answers 410 with the
 * retraction, one that never existed 404.
 */
@ApplicationScoped
public class Revisions {

    private final AuditLog audit;

    public Revisions(AuditLog audit) {
        this.audit = audit;
    }

    public static String etag(int version) {
        return "\"v" + version + "\"";
    }

    /** Refuses the write unless {@code ifMatch} names the resource's current version. */
    public void requireCurrent(String ifMatch, Revised kind, long id, int version) {
        String current = etag(version);
        String readAt = kind.href(id);
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw new ApiException(428, "Precondition Required", "This write needs an If-Match header with the ETag "
                    + "you read (GET " + readAt + "); the " + kind.noun + " is now at " + current + ".");
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(current::equals);
        if (!matches) {
            throw new ApiException(412, "Precondition Failed", "The " + kind.noun + " changed since you read it; it is now at "
                    + current + ". Read it again (GET " + readAt + ") and reapply your change.");
        }
    }

    /**
     * Writes the transaction's changes now, so that a concurrent write that committed first (its
     * version check failing) is a 412 here rather than an error at commit.
     */
    public void flush(Revised kind, long id) {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ApiException(412, "Precondition Failed", "Another write to the " + kind.noun + " committed first. "
                    + "Read it again (GET " + kind.href(id) + ") and reapply your change.");
        }
    }

    /**
     * Records a write. {@code target} and {@code targetId} name what was written (the fact itself or
     * one of its citations); {@code version} is the resource's after the write, before it for a
     * retraction; {@code before} and {@code after} are the whole resource as its readers see it.
     */
    public void record(String actor, Action action, Revised kind, long id, int version, String target, long targetId,
                       String reason, Object before, Object after) {
        if (kind == Revised.FACT) {
            audit.fact(actor, action, target, Long.toString(targetId), id, version, reason, before, after);
        } else {
            audit.other(actor, action, target, Long.toString(targetId), reason, before, after);
        }
    }

    /** Records a write to the resource itself. */
    public void record(String actor, Action action, Revised kind, long id, int version, String reason, Object before,
                       Object after) {
        record(actor, action, kind, id, version, kind.auditKind, id, reason, before, after);
    }

    /** Why a resource cannot be read: 410 with its retraction, or 404 when it never existed. */
    public ApiException absent(Revised kind, long id) {
        return AuditEntry.<AuditEntry>find("targetKind = ?1 and targetId = ?2 and action = ?3 order by id desc",
                        kind.auditKind, Long.toString(id), Action.retract)
                .firstResultOptional()
                .map(entry -> new ApiException(410, "Gone", kind.titled() + " " + id + " was retracted at " + entry.at
                        + (entry.reason == null ? "" : " (" + entry.reason + ")") + "; its history is at "
                        + kind.historyHref(id) + "."))
                .orElseGet(() -> notFound(kind, id));
    }

    public static ApiException notFound(Revised kind, long id) {
        return ApiException.notFound("No " + kind.noun + " " + id + ".");
    }

    /**
     * The writes to a resource in order, up to {@code asOf} when given: the last one's state is the
     * resource as it stood then. A fact's include those to its citations. Resources written before
     * the audit log existed, or by an import, have none; 404 only when there is no such resource
     * and never was.
     */
    public List<AuditEntry> history(Revised kind, long id, OffsetDateTime asOf, BooleanSupplier exists) {
        String writes = kind.writes;
        Object key = kind.writesKey(id);
        List<AuditEntry> entries = asOf == null
                ? AuditEntry.list(writes + " order by id", key)
                : AuditEntry.list(writes + " and at <= ?2 order by id", key, asOf);
        // Without entries up to as_of, the resource may still exist, or have entries after as_of.
        if (entries.isEmpty() && !exists.getAsBoolean() && (asOf == null || AuditEntry.count(writes, key) == 0)) {
            throw notFound(kind, id);
        }
        return entries;
    }
}
