package org.treatytracker.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.treatytracker.audit.AuditEntry.Action;

/**
 * Records writes in the audit log, in the writer's transaction: an entry exists exactly when its
 * write committed. For a fact or one of its citations, before and after are the whole fact (the
 * writers' snapshot), so the fact's state at any time is the {@code after} of its last entry. It knows
 * nothing of facts' kinds: every feature that writes may record here.
 */
@ApplicationScoped
public class AuditLog {

    private final ObjectMapper json;

    public AuditLog(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param factId      the fact written (for a retraction, the one retracted)
     * @param factVersion its version after the write; for a retraction, before it
     * @param before      the whole fact before the write, as its writers show it (a snapshot record), null for a creation
     * @param after       the whole fact after it, null for a retraction
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fact(String actor, Action action, String targetKind, String targetId, long factId, int factVersion,
                     String reason, Object before, Object after) {
        AuditEntry entry = entry(actor, action, targetKind, targetId, reason, before, after);
        entry.factId = factId;
        entry.factVersion = factVersion;
        entry.persist();
    }

    /** A write to something that is not a fact (a source, an import, a recommendation), with its states as shown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void other(String actor, Action action, String targetKind, String targetId, String reason, Object before,
                      Object after) {
        entry(actor, action, targetKind, targetId, reason, before, after).persist();
    }

    private AuditEntry entry(String actor, Action action, String targetKind, String targetId, String reason,
                             Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.actor = actor;
        entry.action = action;
        entry.targetKind = targetKind;
        entry.targetId = targetId;
        entry.reason = reason;
        entry.before = write(before);
        entry.after = write(after);
        return entry;
    }

    /** A state as the log keeps it, read back as JSON (null stays null). */
    public JsonNode read(String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_log holds invalid JSON: " + e.getMessage(), e);
        }
    }

    private String write(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state is not serialisable: " + e.getMessage(), e);
        }
    }
}
