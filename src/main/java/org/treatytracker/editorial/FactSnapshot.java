package org.treatytracker.editorial;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.treatytracker.provenance.Citation;
import org.treatytracker.provenance.CitedPlace;
import org.treatytracker.provenance.Fact;

/**
 * A fact's content at one moment, as the audit log keeps it: its kind, its fields in the claim
 * shape, and its citations. Versions, timestamps and ids are bookkeeping, not content.
 */
public record FactSnapshot(String kind, ObjectNode claim, List<CitationSnapshot> citations) {

    public record CitationSnapshot(Long id, String source, String quote, Integer start, Integer end, String locator,
                                   String derivation) {

        static CitationSnapshot of(Citation citation) {
            CitedPlace place = citation.place;
            return new CitationSnapshot(citation.id, place.source.id, place.quote, place.start, place.end, place.locator,
                    place.derivation);
        }

        CitationSnapshot withoutId() {
            return new CitationSnapshot(null, source, quote, start, end, locator, derivation);
        }
    }

    public static FactSnapshot of(Fact fact, ObjectMapper json) {
        return new FactSnapshot(fact.kind(), fields(fact, json),
                fact.citations.stream().map(CitationSnapshot::of).toList());
    }

    /**
     * The claim's fields as JSON (no kind, id or citations); catalog facts, which have no claim form,
     * show their statement.
     */
    public static ObjectNode fields(Fact fact, ObjectMapper json) {
        return ClaimForms.of(fact)
                .map(claim -> {
                    ObjectNode node = json.valueToTree(claim);
                    node.remove(List.of("kind", "id", "citations"));
                    return node;
                })
                .orElseGet(() -> json.createObjectNode().put("statement", fact.statement()));
    }

    /** Whether two snapshots say the same thing, whatever ids their citations had. */
    public boolean sameContent(FactSnapshot other) {
        return other != null && kind.equals(other.kind) && claim.equals(other.claim)
                && citations.stream().map(CitationSnapshot::withoutId).toList()
                        .equals(other.citations.stream().map(CitationSnapshot::withoutId).toList());
    }
}
