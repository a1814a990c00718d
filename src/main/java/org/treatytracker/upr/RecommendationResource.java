package org.treatytracker.upr;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.treatytracker.auth.Roles;
import org.treatytracker.revision.MergePatch;
import org.treatytracker.revision.Revisions;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageRequest;
import org.treatytracker.web.Params;
import org.treatytracker.web.SpooledBody;

/**
 * UPR recommendations: listed and read by anyone (imported or an editor's); one an editor added is
 * corrected and retracted here, guarded by its own ETag (editors add them through
 * {@code POST /api/v1/claims}).
 */
@Path("/api/v1/recommendations")
public class RecommendationResource {

    private final RecommendationService recommendations;
    private final UprStatsService stats;
    private final RecommendationEditing editing;
    private final RecommendationHistory history;
    private final SecurityIdentity identity;

    public RecommendationResource(RecommendationService recommendations, UprStatsService stats,
                                  RecommendationEditing editing, RecommendationHistory history,
                                  SecurityIdentity identity) {
        this.recommendations = recommendations;
        this.stats = stats;
        this.editing = editing;
        this.history = history;
        this.identity = identity;
    }

    /** JSON: one page. CSV: every matching recommendation, spooled to a file so that it has an ETag (page and per_page do not apply). */
    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public Response list(@QueryParam("state") String state, @QueryParam("cycle") String cycle,
                         @QueryParam("recommending_state") String recommendingState,
                         @QueryParam("theme") String theme, @QueryParam("response") String response,
                         @QueryParam("q") String q, @QueryParam("review") String review, @QueryParam("page") String page,
                         @QueryParam("per_page") String perPage, @QueryParam("format") String format,
                         @Context HttpHeaders headers) throws IOException {
        boolean csv = Csv.wanted(format, headers);
        UprStatsService.Filters filters = stats.filters(state, cycle, recommendingState, theme, response);
        Long reviewId = Params.idFilter("review", review);
        if (csv) {
            return SpooledBody.ok(recommendations.csv(filters, q, reviewId), Csv.CONTENT_TYPE,
                    headers.getHeaderString(HttpHeaders.IF_NONE_MATCH));
        }
        return Response.ok(recommendations.page(filters, q, reviewId, PageRequest.of(page, perPage)),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id) {
        return withTag(Response.ok(), history.current(Params.id(id)));
    }

    @GET
    @Path("/{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    public ItemList<RecommendationVersionView> history(@PathParam("id") String id, @QueryParam("as_of") String asOf,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return ItemList.page(history.writes(Params.id(id), Params.instant("as_of", asOf)),
                PageRequest.of(page, perPage));
    }

    /** A JSON Merge Patch of the recommendation's claim fields (citations replaced whole). */
    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ObjectNode patch) {
        RecommendationView changed = editing.patch(Params.id(id), ifMatch, MergePatch.required(patch), actor());
        return withTag(Response.ok(), changed);
    }

    /** Retracts the recommendation: it leaves every list and count, its audit entries stay. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    public Response retract(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("reason") String reason) {
        editing.retract(Params.id(id), ifMatch, Params.reason(reason), actor());
        return Response.noContent().build();
    }

    /** The answer with the recommendation and its version as ETag. */
    public static Response withTag(Response.ResponseBuilder response, RecommendationView recommendation) {
        return response.header("ETag", Revisions.etag(recommendation.version())).entity(recommendation).build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
