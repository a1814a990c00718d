package org.treatytracker.editorial;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.treatytracker.auth.Roles;
import org.treatytracker.claim.Claim;
import org.treatytracker.claim.UprRecommendationClaim;
import org.treatytracker.upr.RecommendationEditing;
import org.treatytracker.upr.RecommendationResource;
import org.treatytracker.upr.RecommendationView;
import org.treatytracker.web.ApiException;

@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private final EditorialService editorial;
    private final RecommendationEditing recommendations;
    private final SecurityIdentity identity;

    public ClaimResource(EditorialService editorial, RecommendationEditing recommendations, SecurityIdentity identity) {
        this.editorial = editorial;
        this.recommendations = recommendations;
        this.identity = identity;
    }

    /**
     * Adds a fact with its citations, or a recommendation to a review; 201 with what was added, its
     * Location and its ETag.
     */
    @POST
    @RolesAllowed(Roles.EDITOR)
    public Response add(Claim claim) {
        if (claim == null) {
            throw ApiException.badRequest("The body must be a claim (JSON object with 'kind').");
        }
        String actor = identity.getPrincipal().getName();
        if (claim instanceof UprRecommendationClaim recommendation) {
            RecommendationView added = recommendations.create(recommendation, actor);
            return RecommendationResource.withTag(
                    Response.created(URI.create("/api/v1/recommendations/" + added.id())), added);
        }
        FactView fact = editorial.create(claim, actor);
        return FactResource.withTag(Response.created(URI.create("/api/v1/facts/" + fact.id())), fact);
    }
}
