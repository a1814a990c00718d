package org.treatytracker.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.treatytracker.catalog.PartyResolver;
import org.treatytracker.catalog.TreatyResolver;
import org.treatytracker.claim.CitationBuilder;
import org.treatytracker.claim.ClaimWriter;
import org.treatytracker.provenance.Source;
import org.treatytracker.upr.UprCycle;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.JsonProblems;

/**
 * The checks every editorial write goes through, bound to the database: the seed loader's
 * {@link ClaimWriter} and {@link CitationBuilder}, and the reading of a merged patch.
 */
@ApplicationScoped
class ClaimChecks {

    private final PartyResolver parties;
    private final TreatyResolver treaties;
    private final ObjectMapper json;

    ClaimChecks(PartyResolver parties, TreatyResolver treaties, ObjectMapper json) {
        this.parties = parties;
        this.treaties = treaties;
        this.json = json;
    }

    ClaimWriter writer() {
        return new ClaimWriter(parties, treaties, cycle -> UprCycle.findByNumber(cycle).isPresent());
    }

    CitationBuilder citations() {
        return new CitationBuilder(id -> Source.<Source>findById(id), source -> source.body);
    }

    /** A patched resource read back; what it cannot hold (a wrong type, an unknown field) is a 400. */
    <T> T read(ObjectNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("The request body is not acceptable: " + JsonProblems.describe(e));
        }
    }
}
