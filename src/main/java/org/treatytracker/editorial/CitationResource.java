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
import org.treatytracker.revision.MergePatch;
import org.treatytracker.revision.Revisions;
import org.treatytracker.web.Params;

/**
 * One citation. It belongs to its fact: reading it gives the fact's ETag, and changing it (with that
 * ETag in If-Match) makes a new version of the fact, which the answer shows.
 */
@Path("/api/v1/citations/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CitationResource {

    private final EditorialService editorial;
    private final CitationReader citations;
    private final SecurityIdentity identity;

    public CitationResource(EditorialService editorial, CitationReader citations, SecurityIdentity identity) {
        this.editorial = editorial;
        this.citations = citations;
        this.identity = identity;
    }

    @GET
    public Response get(@PathParam("id") String id) {
        CitationReader.Read read = citations.read(Params.id(id));
        return Response.ok(read.citation()).header("ETag", Revisions.etag(read.factVersion())).build();
    }

    /** A JSON Merge Patch of the citation (quote, prefix, suffix, locator, derivation, source). */
    @PATCH
    @RolesAllowed(Roles.EDITOR)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ObjectNode patch) {
        FactView fact = editorial.patchCitation(Params.id(id), ifMatch, MergePatch.required(patch), actor());
        return FactResource.withTag(Response.ok(), fact);
    }

    /** Retracts the citation (its fact keeps its others); answers with the fact. */
    @DELETE
    @RolesAllowed(Roles.EDITOR)
    public Response retract(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("reason") String reason) {
        FactView fact = editorial.retractCitation(Params.id(id), ifMatch, Params.reason(reason), actor());
        return FactResource.withTag(Response.ok(), fact);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
