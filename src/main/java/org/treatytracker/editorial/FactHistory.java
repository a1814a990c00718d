package org.treatytracker.editorial;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.treatytracker.audit.AuditEntry;
import org.treatytracker.audit.AuditLog;
import org.treatytracker.provenance.Fact;
import org.treatytracker.web.ApiException;

/** Facts as they are and as they were: the live fact, or its writes from the audit log. */
@ApplicationScoped
public class FactHistory {

    private final ObjectMapper json;
    private final AuditLog audit;

    public FactHistory(ObjectMapper json, AuditLog audit) {
        this.json = json;
        this.audit = audit;
    }

    /** The fact as it is; 410 when it was retracted, 404 when it never existed. */
    @Transactional
    public FactView current(long id) {
        Optional<Fact> fact = Fact.findByIdOptional(id);
        if (fact.isPresent()) {
            return FactView.of(fact.get(), json);
        }
        Optional<AuditEntry> retraction = AuditEntry.<AuditEntry>find(
                "factId = ?1 and targetKind = ?2 and action = ?3 order by id desc",
                id, AuditEntry.FACT, AuditEntry.Action.retract).firstResultOptional();
        throw retraction.map(entry -> new ApiException(410, "Gone", "Fact " + id + " was retracted at " + entry.at
                        + (entry.reason == null ? "" : " (" + entry.reason + ")")
                        + "; its history is at /api/v1/facts/" + id + "/history."))
                .orElseGet(() -> ApiException.notFound("No fact " + id + "."));
    }

    /**
     * The writes to a fact in order, up to {@code asOf} when given: the last one's state is the fact
     * as it stood then. Facts written before the audit log existed have no entries.
     */
    @Transactional
    public List<FactVersionView> writes(long id, OffsetDateTime asOf) {
        List<AuditEntry> entries = asOf == null
                ? AuditEntry.list("factId = ?1 order by id", id)
                : AuditEntry.list("factId = ?1 and at <= ?2 order by id", id, asOf);
        // Without entries up to as_of, the fact may still exist, or have entries after as_of.
        if (entries.isEmpty() && Fact.findByIdOptional(id).isEmpty()
                && (asOf == null || AuditEntry.count("factId", id) == 0)) {
            throw ApiException.notFound("No fact " + id + ".");
        }
        return entries.stream()
                .map(entry -> new FactVersionView(entry.id, entry.at, entry.action.name(), entry.targetKind,
                        entry.targetId, entry.factVersion, entry.reason, audit.read(entry.after)))
                .toList();
    }
}
