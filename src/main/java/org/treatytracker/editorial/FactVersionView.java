package org.treatytracker.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One write in a fact's public history: when, what was written (the fact or one of its citations),
 * the version it produced, and the fact's whole state right after it ({@code state}; null once
 * retracted). Who wrote it is in the editors' audit log.
 */
public record FactVersionView(long entry, OffsetDateTime at, String action, String targetKind, String targetId,
                              Integer version, String reason, JsonNode state) {
}
