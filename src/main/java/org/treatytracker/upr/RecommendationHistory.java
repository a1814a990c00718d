package org.treatytracker.upr;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.treatytracker.audit.AuditEntry;
import org.treatytracker.audit.AuditLog;
import org.treatytracker.revision.Revised;
import org.treatytracker.revision.Revisions;

/** Recommendations as they are and as they were: the live one, or its writes from the audit log. */
@ApplicationScoped
public class RecommendationHistory {

    private final RecommendationService reads;
    private final Revisions revisions;
    private final AuditLog audit;

    public RecommendationHistory(RecommendationService reads, Revisions revisions, AuditLog audit) {
        this.reads = reads;
        this.revisions = revisions;
        this.audit = audit;
    }

    /** The recommendation as it is; 410 when it was retracted, 404 when it never existed. */
    @Transactional
    public RecommendationView current(long id) {
        return reads.one(id).orElseThrow(() -> revisions.absent(Revised.RECOMMENDATION, id));
    }

    /**
     * The writes to an editor's recommendation in order, up to {@code asOf} when given: the last
     * one's state is the recommendation as it stood then. Imported ones have no entries (their
     * changes are in their imports' change lists).
     */
    @Transactional
    public List<RecommendationVersionView> writes(long id, OffsetDateTime asOf) {
        List<AuditEntry> entries = revisions.history(Revised.RECOMMENDATION, id, asOf, () -> reads.one(id).isPresent());
        return entries.stream().map(this::version).toList();
    }

    private RecommendationVersionView version(AuditEntry entry) {
        JsonNode after = audit.read(entry.after);
        JsonNode shown = after != null ? after : audit.read(entry.before);
        return new RecommendationVersionView(entry.id, entry.at, entry.action.name(), shown.get("version").asInt(),
                entry.reason, after);
    }
}
