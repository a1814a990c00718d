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
import org.treatytracker.revision.Revised;
import org.treatytracker.revision.Revisions;

/** Facts as they are and as they were: the live fact, or its writes from the audit log. */
@ApplicationScoped
public class FactHistory {

    private final ObjectMapper json;
    private final Revisions revisions;
    private final AuditLog audit;

    public FactHistory(ObjectMapper json, Revisions revisions, AuditLog audit) {
        this.json = json;
        this.revisions = revisions;
        this.audit = audit;
    }

    /** The fact as it is; 410 when it was retracted, 404 when it never existed. */
    @Transactional
    public FactView current(long id) {
        Optional<Fact> fact = Fact.findByIdOptional(id);
        if (fact.isPresent()) {
            return FactView.of(fact.get(), json);
        }
        throw revisions.absent(Revised.FACT, id);
    }

    /**
     * The writes to a fact in order, up to {@code asOf} when given: the last one's state is the fact
     * as it stood then. Facts written before the audit log existed have no entries.
     */
    @Transactional
    public List<FactVersionView> writes(long id, OffsetDateTime asOf) {
        List<AuditEntry> entries = revisions.history(Revised.FACT, id, asOf, () -> Fact.findByIdOptional(id).isPresent());
        return entries.stream()
                .map(entry -> new FactVersionView(entry.id, entry.at, entry.action.name(), entry.targetKind,
                        entry.targetId, entry.factVersion, entry.reason, audit.read(entry.after)))
                .toList();
    }
}
