package org.treatytracker.editorial;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.treatytracker.auth.Roles;
import org.treatytracker.upr.RecommendationView;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageRequest;
import org.treatytracker.web.Params;

/**
 * One UPR recommendation: read by anyone (imported or an editor's); corrected and retracted by
 * editors when editors added it, guarded by its own ETag.
 */
@Path("/api/v1/recommendations/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationItemResource {

    private final RecommendationEditing editing;
    private final RecommendationHistory history;
    private final SecurityIdentity identity;

    public RecommendationItemResource(RecommendationEditing editing, RecommendationHistory history,
                                      SecurityIdentity identity) {
        this.editing = editing;
        this.history = history;
        this.identity = identity;
    }

    @GET
    public Response get(@PathParam("id") String id) {
        return withTag(Response.ok(), history.current(Params.id(id)));
    }

    @GET
    @Path("/history")
    public ItemList<RecommendationVersionView> history(@PathParam("id") String id, @QueryParam("as_of") String asOf,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return ItemList.page(history.writes(Params.id(id), Params.instant("as_of", asOf)),
                PageRequest.of(page, perPage));
    }

    /** A JSON Merge Patch of the recommendation's claim fields (citations replaced whole). */
    @PATCH
    @RolesAllowed(Roles.EDITOR)
    @Consumes({FactResource.MERGE_PATCH, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ObjectNode patch) {
        RecommendationView changed = editing.patch(Params.id(id), ifMatch, FactResource.required(patch), actor());
        return withTag(Response.ok(), changed);
    }

    /** Retracts the recommendation: it leaves every list and count, its audit entries stay. */
    @DELETE
    @RolesAllowed(Roles.EDITOR)
    public Response retract(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("reason") String reason) {
        editing.retract(Params.id(id), ifMatch, Params.reason(reason), actor());
        return Response.noContent().build();
    }

    static Response withTag(Response.ResponseBuilder response, RecommendationView recommendation) {
        return response.header("ETag", Preconditions.etag(recommendation.version())).entity(recommendation).build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
