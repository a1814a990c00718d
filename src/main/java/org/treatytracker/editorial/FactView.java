package org.treatytracker.editorial;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.treatytracker.provenance.Fact;
import org.treatytracker.provenance.ProvenanceView;

/**
 * A fact as the write API shows it: its fields in the claim shape ({@code claim}, what a PATCH is
 * merged into), its citations, who maintains it ({@code owner}) and its {@code version} (the ETag).
 */
public record FactView(long id, String kind, int version, String owner, String statement, String href,
                       ObjectNode claim, List<ProvenanceView> provenance, OffsetDateTime createdAt,
                       OffsetDateTime updatedAt) {

    static FactView of(Fact fact, ObjectMapper json) {
        return new FactView(fact.id, fact.kind(), fact.version, fact.owner().name(), fact.statement(), fact.href(),
                FactSnapshot.fields(fact, json),
                fact.citations.stream().map(c -> ProvenanceView.of(c, null)).toList(),
                fact.createdAt, fact.updatedAt);
    }
}
