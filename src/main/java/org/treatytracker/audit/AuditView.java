package org.treatytracker.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.treatytracker.web.CsvColumn;

/** One audit entry as editors read it: who wrote what, when, and the state before and after. */
public record AuditView(
        @CsvColumn("The entry's id.") long id,
        @CsvColumn("When the write was made.") OffsetDateTime at,
        @CsvColumn("Who made it (the token's subject).") String actor,
        @CsvColumn(value = "What was done.", vocabulary = AuditEntry.Action.class) String action,
        @CsvColumn(value = "What was written.", values = {AuditEntry.SOURCE, AuditEntry.FACT, AuditEntry.CITATION, AuditEntry.IMPORT,
            AuditEntry.RECOMMENDATION}) String targetKind,
        @CsvColumn("Its id.") String targetId,
        @CsvColumn(value = "API path of what was written.", empty = "not addressable") String href,
        @CsvColumn(value = "The fact written, or whose citation was.", empty = "not a fact's write") Long factId,
        @CsvColumn(value = "The fact's version the write produced.", empty = "not a fact's write") Integer factVersion,
        @CsvColumn(value = "The reason given.", empty = "none given") String reason,
        @CsvColumn(value = "The state before, as JSON.", empty = "a creation") JsonNode before,
        @CsvColumn(value = "The state after, as JSON.", empty = "a retraction") JsonNode after) {
}
