package org.treatytracker.audit;

import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.Set;
import org.treatytracker.web.ApiException;

/** The filters of the audit log, as a {@code @BeanParam}: checked as they arrive, a 400 naming the one that does not hold. */
public record AuditQuery(@QueryParam("actor") String actor, @QueryParam("target_kind") String targetKind,
                         @QueryParam("target_id") String targetId, @QueryParam("fact_id") String factId,
                         @QueryParam("since") OffsetDateTime since, @QueryParam("until") OffsetDateTime until) {

    private static final Set<String> TARGET_KINDS = Set.of(AuditEntry.SOURCE, AuditEntry.FACT, AuditEntry.CITATION,
            AuditEntry.IMPORT, AuditEntry.RECOMMENDATION);
    private static final int MAX_ACTOR = 256;
    private static final int MAX_TARGET_ID = 256;

    public AuditQuery {
        if (targetKind != null && !TARGET_KINDS.contains(targetKind)) {
            throw ApiException.badRequest("'target_kind' must be one of " + TARGET_KINDS.stream().sorted().toList() + ".");
        }
        if (actor != null && actor.length() > MAX_ACTOR) {
            throw ApiException.badRequest("'actor' is longer than " + MAX_ACTOR + " characters.");
        }
        if (targetId != null && (targetKind == null || targetId.length() > MAX_TARGET_ID)) {
            throw ApiException.badRequest("'target_id' needs 'target_kind' (ids are per kind) and at most "
                    + MAX_TARGET_ID + " characters.");
        }
        if (factId != null) {
            factId(factId);
        }
    }

    public AuditService.Filter filter() {
        return new AuditService.Filter(actor, targetKind, targetId, factId == null ? null : factId(factId), since, until);
    }

    private static long factId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'fact_id' must be a fact id (a whole number).");
        }
    }
}
