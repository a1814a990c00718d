package org.treatytracker.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.treatytracker.audit.AuditEntry;
import org.treatytracker.audit.AuditLog;
import org.treatytracker.upr.RecommendationService;
import org.treatytracker.upr.RecommendationView;
import org.treatytracker.web.ApiException;

/** Recommendations as they are and as they were: the live one, or its writes from the audit log. */
@ApplicationScoped
public class RecommendationHistory {

    private final RecommendationService reads;
    private final AuditLog audit;

    public RecommendationHistory(RecommendationService reads, AuditLog audit) {
        this.reads = reads;
        this.audit = audit;
    }

    /** The recommendation as it is; 410 when it was retracted, 404 when it never existed. */
    @Transactional
    public RecommendationView current(long id) {
        return reads.one(id).orElseThrow(() -> absent(id));
    }

    /**
     * The writes to an editor's recommendation in order, up to {@code asOf} when given: the last
     * one's state is the recommendation as it stood then. Imported ones have no entries (their
     * changes are in their imports' change lists).
     */
    @Transactional
    public List<RecommendationVersionView> writes(long id, OffsetDateTime asOf) {
        String target = Long.toString(id);
        List<AuditEntry> entries = asOf == null
                ? AuditEntry.list("targetKind = ?1 and targetId = ?2 order by id", AuditEntry.RECOMMENDATION, target)
                : AuditEntry.list("targetKind = ?1 and targetId = ?2 and at <= ?3 order by id",
                        AuditEntry.RECOMMENDATION, target, asOf);
        if (entries.isEmpty() && reads.one(id).isEmpty() && (asOf == null
                || AuditEntry.count("targetKind = ?1 and targetId = ?2", AuditEntry.RECOMMENDATION, target) == 0)) {
            throw ApiException.notFound("No recommendation " + id + ".");
        }
        return entries.stream().map(this::version).toList();
    }

    private RecommendationVersionView version(AuditEntry entry) {
        JsonNode after = audit.read(entry.after);
        JsonNode shown = after != null ? after : audit.read(entry.before);
        return new RecommendationVersionView(entry.id, entry.at, entry.action.name(), shown.get("version").asInt(),
                entry.reason, after);
    }

    static ApiException absent(long id) {
        return AuditEntry.<AuditEntry>find("targetKind = ?1 and targetId = ?2 and action = ?3 order by id desc",
                        AuditEntry.RECOMMENDATION, Long.toString(id), AuditEntry.Action.retract)
                .firstResultOptional()
                .map(entry -> new ApiException(410, "Gone", "Recommendation " + id + " was retracted at " + entry.at
                        + (entry.reason == null ? "" : " (" + entry.reason + ")") + "; its history is at "
                        + "/api/v1/recommendations/" + id + "/history."))
                .orElseGet(() -> ApiException.notFound("No recommendation " + id + "."));
    }
}
