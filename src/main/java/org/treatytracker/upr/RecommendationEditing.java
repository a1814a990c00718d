package org.treatytracker.upr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.treatytracker.audit.AuditEntry.Action;
import org.treatytracker.catalog.NameChecks;
import org.treatytracker.catalog.PartyResolver;
import org.treatytracker.catalog.TreatyResolver;
import org.treatytracker.claim.CitationBuilder;
import org.treatytracker.claim.Claim;
import org.treatytracker.claim.ClaimCitation;
import org.treatytracker.claim.Fields;
import org.treatytracker.claim.Problems;
import org.treatytracker.claim.UprRecommendationClaim;
import org.treatytracker.provenance.Citation;
import org.treatytracker.revision.MergePatch;
import org.treatytracker.revision.Revised;
import org.treatytracker.revision.Revisions;
import org.treatytracker.web.ApiException;

/**
 * Editors' writes to individual UPR recommendations, on the versioned write path facts take
 * ({@link Revisions}): checked by {@link RecommendationChecks} and the {@link CitationBuilder}
 * facts use, guarded by the recommendation's own version (If-Match), and recorded in the audit log
 * with the recommendation as {@code GET /api/v1/recommendations/{id}} showed it before and after.
 * Imported recommendations are maintained by their dataset.
 */
@ApplicationScoped
public class RecommendationEditing {

    private static final Revised KIND = Revised.RECOMMENDATION;

    private final RecommendationChecks checks;
    private final RecommendationHistory history;
    private final Revisions revisions;
    private final ObjectMapper json;

    public RecommendationEditing(PartyResolver parties, TreatyResolver treaties, RecommendationHistory history,
                                 Revisions revisions, ObjectMapper json) {
        this.checks = new RecommendationChecks(new NameChecks(parties, treaties));
        this.history = history;
        this.revisions = revisions;
        this.json = json;
    }

    @Transactional
    public RecommendationView create(UprRecommendationClaim claim, String actor) {
        if (claim.id() != null) {
            throw ApiException.badRequest("'id' is assigned by the server; leave it out.");
        }
        Problems problems = new Problems();
        Fields fields = new Fields(problems, null);
        Optional<Citation> cited = citation(claim.citations(), fields);
        UprRecommendation recommendation = new UprRecommendation();
        checks.fill(claim, recommendation, fields);
        if (problems.any()) {
            throw ApiException.unprocessable(problems.list());
        }
        recommendation.place = cited.orElseThrow().place;
        recommendation.addedBy = actor;
        recommendation.addedAt = OffsetDateTime.now();
        recommendation.persist();
        revisions.flush(KIND, recommendation.id);
        RecommendationView after = history.current(recommendation.id);
        revisions.record(actor, Action.create, KIND, recommendation.id, recommendation.version, null, null, after);
        return after;
    }

    /** A JSON Merge Patch of the recommendation's claim form (what {@link #form} gives). */
    @Transactional
    public RecommendationView patch(long id, String ifMatch, ObjectNode patch, String actor) {
        UprRecommendation recommendation = editable(id);
        revisions.requireCurrent(ifMatch, KIND, id, recommendation.version);
        for (String fixed : List.of("kind", "id")) {
            if (patch.has(fixed)) {
                throw ApiException.badRequest("'" + fixed + "' cannot be patched.");
            }
        }
        RecommendationView before = history.current(id);
        ClaimCitation currentCitation = ClaimCitation.of(recommendation.place);
        ObjectNode merged = json.valueToTree(form(recommendation, currentCitation));
        MergePatch.apply(merged, patch);
        UprRecommendationClaim claim = (UprRecommendationClaim) MergePatch.read(json, merged, Claim.class);
        Problems problems = new Problems();
        Fields fields = new Fields(problems, null);
        boolean samePlace = claim.citations() != null && claim.citations().size() == 1
                && claim.citations().get(0) != null && claim.citations().get(0).samePlaceAs(currentCitation);
        Optional<Citation> located = samePlace ? Optional.empty() : citation(claim.citations(), fields);
        checks.fill(claim, recommendation, fields);
        if (problems.any()) {
            throw ApiException.unprocessable(problems.list());
        }
        if (samePlace) {
            String derivation = claim.citations().get(0).derivation();
            // Written only when it changes: a write to an embedded value marks it changed, equal or not.
            if (!Objects.equals(recommendation.place.derivation, derivation)) {
                recommendation.place.derivation = derivation;
            }
        } else {
            recommendation.place = located.orElseThrow().place;
        }
        revisions.flush(KIND, id);
        RecommendationView after = history.current(id);
        if (!after.equals(before)) {
            revisions.record(actor, Action.update, KIND, id, recommendation.version, null, before, after);
        }
        return after;
    }

    /** Retracts the recommendation: it leaves every list and count; its audit entries stay. */
    @Transactional
    public void retract(long id, String ifMatch, String reason, String actor) {
        UprRecommendation recommendation = editable(id);
        revisions.requireCurrent(ifMatch, KIND, id, recommendation.version);
        RecommendationView before = history.current(id);
        revisions.record(actor, Action.retract, KIND, id, recommendation.version, reason, before, null);
        recommendation.delete();
        revisions.flush(KIND, id);
    }

    /** The recommendation written back as the claim that would create it: what a PATCH is merged into. */
    private static UprRecommendationClaim form(UprRecommendation r, ClaimCitation citation) {
        return new UprRecommendationClaim(null, r.review.id, r.body, r.language, r.unNumber, r.response, r.responseRaw,
                new ArrayList<>(r.recommendingStates), new ArrayList<>(r.themes), List.of(citation));
    }

    /** A recommendation's evidence is one citation, held in its row. */
    private static Optional<Citation> citation(List<ClaimCitation> records, Fields fields) {
        if (records != null && records.size() > 1) {
            fields.problem("a recommendation has exactly one citation (the passage or place that reports it); "
                    + "this one has " + records.size());
            return Optional.empty();
        }
        List<Citation> built = CitationBuilder.ofStoredSources().build(records, null, fields);
        return built.stream().findFirst();
    }

    /** A recommendation editors may change: imported ones are maintained in their dataset. */
    private UprRecommendation editable(long id) {
        UprRecommendation recommendation = UprRecommendation.<UprRecommendation>findByIdOptional(id)
                .orElseThrow(() -> revisions.absent(KIND, id));
        if (!recommendation.addedByEditor()) {
            throw ApiException.conflict("Recommendation " + id + " was imported from source '" + recommendation.place.source.id
                    + "' (" + recommendation.place.locator + "); re-import a corrected file. The API changes editors' "
                    + "recommendations only.");
        }
        return recommendation;
    }
}
