package org.treatytracker.upr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import java.time.OffsetDateTime;
import org.treatytracker.auth.Roles;
import org.treatytracker.revision.MergePatch;
import org.treatytracker.revision.Revisions;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.PageOrWhole;
import org.treatytracker.web.Paging;
import org.treatytracker.web.Reason;
import org.treatytracker.web.ResourceId;
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
    public Response list(@BeanParam RecommendationQuery query, @BeanParam PageOrWhole asked,
                         @Context HttpHeaders headers) throws IOException {
        UprStatsService.Filters filters = stats.filters(query.filters());
        Long review = stats.review(query.reviewId());
        if (asked.csv()) {
            return SpooledBody.ok(recommendations.csv(filters, query.q(), review, asked.bom()), Csv.CONTENT_TYPE,
                    headers.getHeaderString(HttpHeaders.IF_NONE_MATCH));
        }
        return Response.ok(recommendations.page(filters, query.q(), review, asked.request()),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") ResourceId id) {
        return withTag(Response.ok(), history.current(id.value()));
    }

    @GET
    @Path("/{id}/history")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public ItemList<RecommendationVersionView> history(@PathParam("id") ResourceId id,
            @QueryParam("as_of") OffsetDateTime asOf, @BeanParam Paging paging) {
        return ItemList.page(history.writes(id.value(), asOf), paging.request());
    }

    /** A JSON Merge Patch of the recommendation's claim fields (citations replaced whole). */
    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    public Response patch(@PathParam("id") ResourceId id, @HeaderParam("If-Match") String ifMatch, ObjectNode patch) {
        RecommendationView changed = editing.patch(id.value(), ifMatch, MergePatch.required(patch), actor());
        return withTag(Response.ok(), changed);
    }

    /** Retracts the recommendation: it leaves every list and count, its audit entries stay. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    public Response retract(@PathParam("id") ResourceId id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("reason") Reason reason) {
        editing.retract(id.value(), ifMatch, Reason.textOf(reason), actor());
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
