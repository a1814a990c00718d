package org.treatytracker.upr;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.treatytracker.audit.AuditEntry;
import org.treatytracker.web.CsvColumn;

/**
 * One write in a recommendation's public history: when, what, the version it produced (before it,
 * for a retraction) and the recommendation as {@code GET} showed it right after ({@code state};
 * null once retracted). Who wrote it is in the editors' audit log.
 */
public record RecommendationVersionView(
        @CsvColumn("The audit entry's id.") long entry,
        @CsvColumn("When the write was made.") OffsetDateTime at,
        @CsvColumn(value = "What was done.", vocabulary = AuditEntry.Action.class) String action,
        @CsvColumn("The version the write produced (before it, for a retraction).") int version,
        @CsvColumn(value = "The reason given.", empty = "none given") String reason,
        @CsvColumn(value = "The recommendation as `GET` showed it right after, as JSON.", empty = "retracted") JsonNode state) {
}
