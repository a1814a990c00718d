package org.treatytracker.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** One audit entry as editors read it: who wrote what, when, and the state before and after. */
public record AuditView(long id, OffsetDateTime at, String actor, String action, String targetKind, String targetId,
                        String href, Long factId, Integer factVersion, String reason, JsonNode before, JsonNode after) {
}
