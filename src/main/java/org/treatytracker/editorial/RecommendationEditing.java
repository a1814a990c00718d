package org.treatytracker.editorial;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treatytracker.audit.AuditEntry;
import org.treatytracker.audit.AuditEntry.Action;
import org.treatytracker.audit.AuditLog;
import org.treatytracker.claim.CitationBuilder;
import org.treatytracker.claim.Claim;
import org.treatytracker.claim.ClaimCitation;
import org.treatytracker.claim.Fields;
import org.treatytracker.claim.Problems;
import org.treatytracker.claim.UprRecommendationClaim;
import org.treatytracker.provenance.Citation;
import org.treatytracker.upr.RecommendationView;
import org.treatytracker.upr.UprRecommendation;
import org.treatytracker.web.ApiException;

/**
 * Editors' writes to individual UPR recommendations: checked by the same {@link org.treatytracker.claim.ClaimWriter} and
 * {@link CitationBuilder} as facts, guarded by the recommendation's own version (If-Match), and
 * recorded in the audit log with the recommendation as {@code GET /api/v1/recommendations/{id}}
 * showed it before and after. Imported recommendations are maintained by their dataset.
 */
@ApplicationScoped
public class RecommendationEditing {

    private static final String WHAT = "recommendation";

    private final ClaimChecks checks;
    private final RecommendationHistory history;
    private final AuditLog audit;
    private final ObjectMapper json;

    public RecommendationEditing(ClaimChecks checks, RecommendationHistory history, AuditLog audit, ObjectMapper json) {
        this.checks = checks;
        this.history = history;
        this.audit = audit;
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
        checks.writer().recommendation(claim, recommendation, fields);
        if (problems.any()) {
            throw ApiException.unprocessable(problems.list());
        }
        place(recommendation, cited.orElseThrow());
        recommendation.addedBy = actor;
        recommendation.addedAt = OffsetDateTime.now();
        recommendation.persist();
        flush(recommendation);
        RecommendationView after = history.current(recommendation.id);
        audit.other(actor, Action.create, AuditEntry.RECOMMENDATION, recommendation.id.toString(), null, null, after);
        return after;
    }

    /** A JSON Merge Patch of the recommendation's claim form (what {@link #form} gives). */
    @Transactional
    public RecommendationView patch(long id, String ifMatch, ObjectNode patch, String actor) {
        UprRecommendation recommendation = editable(id);
        Preconditions.requireCurrent(ifMatch, recommendation.version, WHAT, recommendation.href());
        for (String fixed : List.of("kind", "id")) {
            if (patch.has(fixed)) {
                throw ApiException.badRequest("'" + fixed + "' cannot be patched.");
            }
        }
        RecommendationView before = history.current(id);
        ClaimCitation currentCitation = citationOf(recommendation);
        ObjectNode merged = json.valueToTree(form(recommendation, currentCitation));
        MergePatch.apply(merged, patch);
        UprRecommendationClaim claim = (UprRecommendationClaim) checks.read(merged, Claim.class);
        Problems problems = new Problems();
        Fields fields = new Fields(problems, null);
        boolean samePlace = claim.citations() != null && claim.citations().size() == 1
                && claim.citations().get(0) != null && claim.citations().get(0).samePlaceAs(currentCitation);
        Optional<Citation> located = samePlace ? Optional.empty() : citation(claim.citations(), fields);
        checks.writer().recommendation(claim, recommendation, fields);
        if (problems.any()) {
            throw ApiException.unprocessable(problems.list());
        }
        if (samePlace) {
            recommendation.derivation = claim.citations().get(0).derivation();
        } else {
            place(recommendation, located.orElseThrow());
        }
        flush(recommendation);
        RecommendationView after = history.current(id);
        if (!after.equals(before)) {
            audit.other(actor, Action.update, AuditEntry.RECOMMENDATION, Long.toString(id), null, before, after);
        }
        return after;
    }

    /** Retracts the recommendation: it leaves every list and count; its audit entries stay. */
    @Transactional
    public void retract(long id, String ifMatch, String reason, String actor) {
        UprRecommendation recommendation = editable(id);
        Preconditions.requireCurrent(ifMatch, recommendation.version, WHAT, recommendation.href());
        RecommendationView before = history.current(id);
        audit.other(actor, Action.retract, AuditEntry.RECOMMENDATION, Long.toString(id), reason, before, null);
        recommendation.delete();
        flush(recommendation);
    }

    /** The recommendation written back as the claim that would create it: what a PATCH is merged into. */
    private static UprRecommendationClaim form(UprRecommendation r, ClaimCitation citation) {
        return new UprRecommendationClaim(null, r.review.id, r.body, r.language, r.unNumber, r.response, r.responseRaw,
                new ArrayList<>(r.recommendingStates), new ArrayList<>(r.themes), List.of(citation));
    }

    private static ClaimCitation citationOf(UprRecommendation r) {
        return new ClaimCitation(r.quote, r.start, null, null, r.locator, r.derivation, r.source.id);
    }

    /** A recommendation's evidence is one citation, held in its row. */
    private Optional<Citation> citation(List<ClaimCitation> records, Fields fields) {
        if (records != null && records.size() > 1) {
            fields.problem("a recommendation has exactly one citation (the passage or place that reports it); "
                    + "this one has " + records.size());
            return Optional.empty();
        }
        List<Citation> built = checks.citations().build(records, null, fields);
        return built.stream().findFirst();
    }

    private static void place(UprRecommendation recommendation, Citation citation) {
        recommendation.source = citation.source;
        recommendation.quote = citation.quote;
        recommendation.start = citation.start;
        recommendation.end = citation.end;
        recommendation.locator = citation.locator;
        recommendation.derivation = citation.derivation;
    }

    /** A recommendation editors may change: imported ones are maintained in their dataset. */
    private static UprRecommendation editable(long id) {
        UprRecommendation recommendation = UprRecommendation.<UprRecommendation>findByIdOptional(id)
                .orElseThrow(() -> RecommendationHistory.absent(id));
        if (!recommendation.addedByEditor()) {
            throw ApiException.conflict("Recommendation " + id + " was imported from source '" + recommendation.source.id
                    + "' (" + recommendation.locator + "); re-import a corrected file. The API changes editors' "
                    + "recommendations only.");
        }
        return recommendation;
    }

    private static void flush(UprRecommendation recommendation) {
        Preconditions.flush(WHAT, recommendation.href());
    }
}
