package org.treatytracker.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.treatytracker.audit.AuditEntry;
import org.treatytracker.web.CsvColumn;

/**
 * One write in a fact's public history: when, what was written (the fact or one of its citations),
 * the version it produced, and the fact's whole state right after it ({@code state}; null once
 * retracted). Who wrote it is in the editors' audit log.
 */
public record FactVersionView(
        @CsvColumn("The audit entry's id.") long entry,
        @CsvColumn("When the write was made.") OffsetDateTime at,
        @CsvColumn(value = "What was done.", vocabulary = AuditEntry.Action.class) String action,
        @CsvColumn(value = "What was written: the fact or one of its citations.", values = {AuditEntry.FACT, AuditEntry.CITATION})
        String targetKind,
        @CsvColumn("Its id.") String targetId,
        @CsvColumn(value = "The fact's version the write produced.", empty = "not recorded") Integer version,
        @CsvColumn(value = "The reason given.", empty = "none given") String reason,
        @CsvColumn(value = "The fact's whole state right after, as JSON.", empty = "retracted") JsonNode state) {
}
