package org.treatytracker.upr;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One write in a recommendation's public history: when, what, the version it produced (before it,
 * for a retraction) and the recommendation as {@code GET} showed it right after ({@code state};
 * null once retracted). Who wrote it is in the editors' audit log.
 */
public record RecommendationVersionView(long entry, OffsetDateTime at, String action, int version, String reason,
                                        JsonNode state) {
}
