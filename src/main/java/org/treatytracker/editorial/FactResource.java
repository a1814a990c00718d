package org.treatytracker.editorial;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import org.treatytracker.auth.Roles;
import org.treatytracker.claim.ClaimCitation;
import org.treatytracker.revision.MergePatch;
import org.treatytracker.revision.Revisions;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Csv;
import org.treatytracker.web.ItemList;
import org.treatytracker.web.Paging;
import org.treatytracker.web.Reason;
import org.treatytracker.web.ResourceId;

/** One fact: read by anyone; corrected, retracted and given citations by editors, guarded by If-Match. */
@Path("/api/v1/facts/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class FactResource {

    private final EditorialService editorial;
    private final FactHistory history;
    private final SecurityIdentity identity;

    public FactResource(EditorialService editorial, FactHistory history, SecurityIdentity identity) {
        this.editorial = editorial;
        this.history = history;
        this.identity = identity;
    }

    @GET
    public Response get(@PathParam("id") ResourceId id) {
        return withTag(Response.ok(), history.current(id.value()));
    }

    @GET
    @Path("/history")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    public ItemList<FactVersionView> history(@PathParam("id") ResourceId id, @QueryParam("as_of") OffsetDateTime asOf,
            @BeanParam Paging paging) {
        return ItemList.page(history.writes(id.value(), asOf), paging.request());
    }

    /** A JSON Merge Patch of the fact's {@code claim} fields. */
    @PATCH
    @RolesAllowed(Roles.EDITOR)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("id") ResourceId id, @HeaderParam("If-Match") String ifMatch, ObjectNode patch) {
        FactView fact = editorial.patch(id.value(), ifMatch, MergePatch.required(patch), actor());
        return withTag(Response.ok(), fact);
    }

    /** Retracts the fact: it leaves every read, its history stays. */
    @DELETE
    @RolesAllowed(Roles.EDITOR)
    public Response retract(@PathParam("id") ResourceId id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("reason") Reason reason) {
        editorial.retract(id.value(), ifMatch, Reason.textOf(reason), actor());
        return Response.noContent().build();
    }

    @POST
    @Path("/citations")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cite(@PathParam("id") ResourceId id, @HeaderParam("If-Match") String ifMatch, ClaimCitation citation) {
        if (citation == null) {
            throw ApiException.badRequest("The body must be a citation (JSON object with 'source' and 'quote' or 'locator').");
        }
        FactView fact = editorial.addCitation(id.value(), ifMatch, citation, actor());
        long added = fact.provenance().get(fact.provenance().size() - 1).citationId();
        return withTag(Response.created(URI.create("/api/v1/citations/" + added)), fact);
    }

    static Response withTag(Response.ResponseBuilder response, FactView fact) {
        return response.header("ETag", Revisions.etag(fact.version())).entity(fact).build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
